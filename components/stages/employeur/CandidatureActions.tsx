"use client";

import { useActionState } from "react";
import { accepterCandidature, refuserCandidature } from "@/lib/stages/actions";
import { MOTIF_MAX } from "@/lib/stages/constants";
import { Field, valueOf } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

/**
 * Accept or refuse (with a reason) an application awaiting an answer. Stays mounted after the
 * answer, so its message survives the page refresh that hides the forms.
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
  const [accepted, accept] = useActionState(accepterCandidature, undefined);
  const [refused, refuse] = useActionState(refuserCandidature, undefined);
  const acceptKey = useSubmissionKey(accepted);
  const refuseKey = useSubmissionKey(refused);
  const refusal = refused && !refused.ok ? refused : undefined;
  return (
    <div className="space-y-3">
      {enAttente ? (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <form key={acceptKey} action={accept}>
            <input type="hidden" name="candidatureId" value={candidatureId} />
            <SubmitButton pendingLabel="Acceptation…">
              Accepter<span className="sr-only"> la candidature de {apprenant}</span>
            </SubmitButton>
          </form>
          <details key={refuseKey} open={!!refusal} className="sm:flex-1">
            <summary className="btn-danger cursor-pointer list-none [&::-webkit-details-marker]:hidden">
              Refuser<span className="sr-only"> la candidature de {apprenant}</span>
            </summary>
            <form action={refuse} noValidate className="mt-3 space-y-3 rounded-md border border-red-700 p-4">
              <input type="hidden" name="candidatureId" value={candidatureId} />
              <Field
                label="Motif du refus"
                name="motif"
                required
                hint="Il sera transmis à l'apprenant·e : restez bref et bienveillant."
                errors={refusal?.fieldErrors?.motif}
              >
                {(control) => (
                  <textarea
                    {...control}
                    required
                    rows={3}
                    maxLength={MOTIF_MAX}
                    defaultValue={valueOf(refusal?.values, "motif")}
                    className="input"
                  />
                )}
              </Field>
              <SubmitButton variant="danger" pendingLabel="Envoi…">
                Confirmer le refus<span className="sr-only"> de la candidature de {apprenant}</span>
              </SubmitButton>
            </form>
          </details>
        </div>
      ) : null}
      <FormMessage state={accepted} />
      <FormMessage state={refused} />
    </div>
  );
}
