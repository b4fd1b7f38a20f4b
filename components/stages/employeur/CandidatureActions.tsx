"use client";

import { accepterCandidature, refuserCandidature } from "@/lib/stages/actions";
import { MOTIF_MAX } from "@/lib/stages/constants";
import { ActionButtonForm } from "@/components/forms/ActionButtonForm";
import { ConfirmForm } from "@/components/forms/ConfirmForm";
import { TextAreaField } from "@/components/forms/TextAreaField";

/**
 * Accept or refuse (with a reason) an application awaiting an answer. Stays mounted after the
 * answer, so its message survives the page refresh that hides the buttons.
 */
export function CandidatureActions({
  candidatureId,
  apprenant,
  enAttente,
}: {
  candidatureId: string;
  apprenant: string;
  enAttente: boolean;
}) {
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
      <ActionButtonForm
        action={accepterCandidature}
        hidden={{ candidatureId }}
        available={enAttente}
        pendingLabel="Acceptation…"
      >
        Accepter<span className="sr-only"> la candidature de {apprenant}</span>
      </ActionButtonForm>
      <div className="sm:flex-1">
        <ConfirmForm
          action={refuserCandidature}
          hidden={{ candidatureId }}
          available={enAttente}
          openLabel={
            <>
              Refuser<span className="sr-only"> la candidature de {apprenant}</span>
            </>
          }
          label={`Refuser la candidature de ${apprenant}`}
          question={`Refuser la candidature de ${apprenant} ?`}
          fields={(form) => (
            <TextAreaField
              label="Motif du refus"
              name="motif"
              required
              hint="Il sera transmis à l'apprenant·e : restez bref et bienveillant."
              errors={form.errors?.motif}
              rows={3}
              maxLength={MOTIF_MAX}
              defaultValue={form.value("motif")}
            />
          )}
          confirmLabel={
            <>
              Confirmer le refus<span className="sr-only"> de la candidature de {apprenant}</span>
            </>
          }
          pendingLabel="Envoi…"
        />
      </div>
    </div>
  );
}
