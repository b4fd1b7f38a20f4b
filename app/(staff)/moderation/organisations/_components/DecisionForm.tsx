"use client";

import { useActionState, useId } from "react";
import { deciderOrganisation } from "@/lib/organisations/actions";
import { MOTIF_MAX } from "@/lib/organisations/schemas";
import { FormMessage } from "@/components/forms/FormMessage";
import { Field, valueOf } from "@/components/forms/Field";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

export function DecisionForm({
  organisationId,
  organisationNom,
}: {
  organisationId: string;
  organisationNom: string;
}) {
  const [state, action, pending] = useActionState(deciderOrganisation, undefined);
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
        Décision pour {organisationNom}
      </h3>
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <Field
        label="Motif en cas de refus"
        name="motif"
        hint="Obligatoire pour refuser ; il sera transmis à l'organisation."
        errors={failure?.fieldErrors?.motif}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={MOTIF_MAX}
            defaultValue={valueOf(failure?.values, "motif")}
            className="input"
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="decision" value="verifier" className="btn-primary" disabled={pending}>
          Valider<span className="sr-only"> {organisationNom}</span>
        </button>
        <button type="submit" name="decision" value="refuser" className="btn-danger" disabled={pending}>
          Refuser<span className="sr-only"> {organisationNom}</span>
        </button>
      </div>
    </form>
  );
}
