"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import type { FormAction } from "@/lib/actions/define-action";
import { FormMessage } from "@/components/forms/FormMessage";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useActionForm, type ActionForm } from "@/components/forms/useActionForm";

type Props<T> = {
  action: FormAction<T>;
  /** the inputs naming the record, e.g. `{ offreId: id }` */
  hidden: Record<string, string>;
  /** the button that opens the confirmation step */
  openLabel: ReactNode;
  /** the accessible name of the confirmation step */
  label: string;
  /** what will happen, in words; it takes the focus when the step opens */
  question: ReactNode;
  /** inputs asked for in the confirmation step (a reason), given the form's state */
  fields?: (form: ActionForm<T>) => ReactNode;
  confirmLabel: ReactNode;
  pendingLabel?: string;
  cancelLabel?: string;
  variant?: "danger" | "secondary" | "primary";
  /** false once the record can no longer be acted on: only the outcome stays */
  available?: boolean;
};

/**
 * An action behind an explicit confirmation in the page (no window.confirm): a button opens a step
 * with the question, optional inputs, "confirm" and "cancel". Focus goes to the question, and back
 * to the button on cancel. Once the action has succeeded, or when `available` is false, only the
 * outcome stays, so its message survives the page refresh that follows.
 */
export function ConfirmForm<T>({
  action,
  hidden,
  openLabel,
  label,
  question,
  fields,
  confirmLabel,
  pendingLabel,
  cancelLabel = "Annuler",
  variant = "danger",
  available = true,
}: Props<T>) {
  const form = useActionForm(action);
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      openRef.current?.focus();
    }
  }, [confirming]);

  const showControls = available && !form.state?.ok;
  return (
    <div className="space-y-3">
      <FormMessage state={form.state} />
      {!showControls ? null : confirming ? (
        <form
          key={form.key}
          action={form.action}
          noValidate
          className="space-y-3 rounded-md border-2 border-red-700 bg-red-50 p-4"
          aria-label={label}
        >
          <HiddenFields values={hidden} />
          <p ref={questionRef} tabIndex={-1} className="font-semibold text-red-900">
            {question}
          </p>
          {fields?.(form)}
          <div className="flex flex-wrap gap-3">
            <SubmitButton variant={variant} pendingLabel={pendingLabel}>
              {confirmLabel}
            </SubmitButton>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => {
                returnFocus.current = true;
                setConfirming(false);
              }}
            >
              {cancelLabel}
            </button>
          </div>
        </form>
      ) : (
        <button ref={openRef} type="button" className={`btn-${variant}`} onClick={() => setConfirming(true)}>
          {openLabel}
        </button>
      )}
    </div>
  );
}
