"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { retirerCandidature } from "@/lib/stages/actions";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

type Props = { candidatureId: string; titre: string; retirable: boolean; acceptee: boolean };

/**
 * "Retirer ma candidature", then an explicit confirmation in the page (no window.confirm).
 * Rendered for every application, so the success message survives the list's refresh.
 */
export function RetirerCandidatureForm({ candidatureId, titre, retirable, acceptee }: Props) {
  const [state, action] = useActionState(retirerCandidature, undefined);
  const formKey = useSubmissionKey(state);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) {
      confirmRef.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      openRef.current?.focus();
    }
  }, [confirming]);

  const showControls = retirable && !state?.ok;
  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      {!showControls ? null : confirming ? (
        <form
          key={formKey}
          action={action}
          className="space-y-3 rounded-md border-2 border-red-700 bg-red-50 p-4"
          aria-label={`Confirmer le retrait de la candidature à ${titre}`}
        >
          <input type="hidden" name="candidatureId" value={candidatureId} />
          <p ref={confirmRef} tabIndex={-1} className="font-semibold text-red-900">
            Retirer votre candidature à « {titre} » ?{" "}
            {acceptee ? "Votre place sera rendue à d'autres candidat·es. " : null}
            L&apos;employeur en sera prévenu et vous ne pourrez pas revenir en arrière.
          </p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton variant="danger" pendingLabel="Retrait en cours…">
              Oui, retirer ma candidature
            </SubmitButton>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => {
                returnFocus.current = true;
                setConfirming(false);
              }}
            >
              Non, la garder
            </button>
          </div>
        </form>
      ) : (
        <button ref={openRef} type="button" className="btn-danger" onClick={() => setConfirming(true)}>
          Retirer ma candidature<span className="sr-only"> à {titre}</span>
        </button>
      )}
    </div>
  );
}
