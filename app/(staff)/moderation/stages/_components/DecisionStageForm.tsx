"use client";

import { useActionState, useId } from "react";
import { deciderStage } from "@/lib/stages/actions";
import { MOTIF_MAX } from "@/lib/stages/constants";
import { Field, valueOf } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

export function DecisionStageForm({ offreId, titre }: { offreId: string; titre: string }) {
  const [state, action, pending] = useActionState(deciderStage, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  const headingId = useId();
  return (
    <form key={formKey} action={action} noValidate className="space-y-4" aria-labelledby={headingId}>
      <h3 id={headingId} className="text-lg">
        Décision<span className="sr-only"> pour {titre}</span>
      </h3>
      <FormMessage state={state} />
      <input type="hidden" name="offreId" value={offreId} />
      <Field
        label="Motif en cas de refus"
        name="motif"
        hint="Obligatoire pour refuser ; il sera transmis à l'employeur, qui pourra corriger l'offre."
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
        <button type="submit" name="decision" value="approuver" className="btn-primary" disabled={pending}>
          Publier<span className="sr-only"> {titre}</span>
        </button>
        <button type="submit" name="decision" value="refuser" className="btn-danger" disabled={pending}>
          Refuser<span className="sr-only"> {titre}</span>
        </button>
      </div>
    </form>
  );
}
