"use client";

import { useActionState } from "react";
import { signalerStage } from "@/lib/stages/actions";
import { MOTIF_MAX, SIGNALEMENT_MOTIFS } from "@/lib/stages/constants";
import { Field, valueOf } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

const MOTIFS = Object.entries(SIGNALEMENT_MOTIFS).map(([value, label]) => ({ value, label }));

export function SignalementForm({ offreId }: { offreId: string }) {
  const [state, action] = useActionState(signalerStage, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  // The message region stays mounted, so the thank-you replacing the form is announced.
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      {state?.ok ? null : (
        <form
          key={formKey}
          action={action}
          noValidate
          className="space-y-4"
          aria-label="Signaler cette offre"
        >
          <input type="hidden" name="offreId" value={offreId} />
          <SelectField
            label="Motif du signalement"
            name="motif"
            required
            options={MOTIFS}
            defaultValue={valueOf(failure?.values, "motif")}
            errors={failure?.fieldErrors?.motif}
          />
          <Field
            label="Commentaire"
            name="commentaire"
            hint={`Ce qui vous semble poser problème (${MOTIF_MAX} caractères au maximum). Seule l'équipe de l'institut le lira.`}
            errors={failure?.fieldErrors?.commentaire}
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                maxLength={MOTIF_MAX}
                defaultValue={valueOf(failure?.values, "commentaire")}
                className="input"
              />
            )}
          </Field>
          <SubmitButton variant="secondary" pendingLabel="Envoi du signalement…">
            Envoyer le signalement
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
