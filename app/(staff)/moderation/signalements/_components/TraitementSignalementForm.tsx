"use client";

import { useActionState, useId } from "react";
import { traiterSignalement } from "@/lib/stages/actions";
import { MOTIF_MAX } from "@/lib/stages/constants";
import { Field, valueOf } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

export function TraitementSignalementForm({
  signalementId,
  titre,
}: {
  signalementId: string;
  titre: string;
}) {
  const [state, action, pending] = useActionState(traiterSignalement, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  const headingId = useId();
  return (
    <form
      key={formKey}
      action={action}
      noValidate
      className="space-y-4 border-t border-gray-300 pt-4"
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="sr-only">
        Traitement du signalement sur {titre}
      </h3>
      <FormMessage state={state} />
      <input type="hidden" name="signalementId" value={signalementId} />
      <Field
        label="Motif de votre décision"
        name="motif"
        hint="Obligatoire pour retirer l'offre : il sera transmis à l'employeur. Pour écarter le signalement, il reste dans l'historique de l'offre."
        errors={failure?.fieldErrors?.motif}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={MOTIF_MAX}
            defaultValue={valueOf(failure?.values, "motif")}
            className="input"
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="action" value="rejeter" className="btn-secondary" disabled={pending}>
          Écarter le signalement<span className="sr-only"> sur {titre}</span>
        </button>
        <button type="submit" name="action" value="depublier" className="btn-danger" disabled={pending}>
          Retirer l&apos;offre<span className="sr-only"> {titre}</span>
        </button>
      </div>
    </form>
  );
}
