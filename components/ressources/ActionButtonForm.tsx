"use client";

import { useActionState, type ReactNode } from "react";
import type { FormAction } from "@/lib/actions/define-action";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";

/** One button posting one record id to an action, with its outcome announced above it. */
export function ActionButtonForm({
  action,
  record,
  children,
  pendingLabel,
  variant = "primary",
}: {
  action: FormAction;
  record: { name: string; value: string };
  children: ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name={record.name} value={record.value} />
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {children}
      </SubmitButton>
    </form>
  );
}
