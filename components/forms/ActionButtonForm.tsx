"use client";

import type { ReactNode } from "react";
import type { FormAction } from "@/lib/actions/define-action";
import { FormMessage } from "@/components/forms/FormMessage";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useActionForm } from "@/components/forms/useActionForm";

/**
 * One button posting a record's id to an action, its outcome announced above it. Once the action
 * has succeeded, or when `available` is false, only the outcome stays: the button cannot be
 * pressed twice, and the message survives the page refresh that follows. For an action that
 * cannot be undone, use ConfirmForm.
 */
export function ActionButtonForm<T>({
  action,
  hidden,
  children,
  pendingLabel = "Envoi…",
  variant = "primary",
  available = true,
}: {
  action: FormAction<T>;
  /** the inputs naming the record, e.g. `{ candidatureId: id }` */
  hidden: Record<string, string>;
  children: ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  available?: boolean;
}) {
  const form = useActionForm(action);
  return (
    <form action={form.action} className="space-y-2">
      <FormMessage state={form.state} />
      <HiddenFields values={hidden} />
      {available && !form.state?.ok ? (
        <SubmitButton variant={variant} pendingLabel={pendingLabel}>
          {children}
        </SubmitButton>
      ) : null}
    </form>
  );
}
