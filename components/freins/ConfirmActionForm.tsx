"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import type { FormAction } from "@/lib/actions/define-action";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";

type Props = {
  action: FormAction;
  demandeId: string;
  openLabel: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  variant?: "danger" | "secondary" | "primary";
};

/** A button that asks for an explicit confirmation in the page (no window.confirm) before acting. */
export function ConfirmActionForm({
  action,
  demandeId,
  openLabel,
  question,
  confirmLabel,
  cancelLabel,
  variant = "danger",
}: Props) {
  const [state, formAction] = useActionState(action, undefined);
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

  if (state?.ok) return <FormMessage state={state} />;
  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      {confirming ? (
        <form
          action={formAction}
          className="space-y-3 rounded-md border-2 border-red-700 bg-red-50 p-4"
          aria-label={openLabel}
        >
          <input type="hidden" name="demandeId" value={demandeId} />
          <p ref={questionRef} tabIndex={-1} className="font-semibold text-red-900">
            {question}
          </p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton variant={variant}>{confirmLabel}</SubmitButton>
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
