"use client";

import { useActionState, useState } from "react";
import { changerStatutDemande } from "@/lib/freins/actions";
import { DEMANDE_STATUT_LABELS, MOTIF_MAX, STATUTS_AGENT, type DemandeStatut } from "@/lib/freins/constants";
import { Field, valueOf } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

/** The agent moves the request on: solution proposed, resolved, without solution (reason), or back. */
export function StatutForm({ demandeId, statut }: { demandeId: string; statut: DemandeStatut }) {
  const [state, action] = useActionState(changerStatutDemande, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  const [choice, setChoice] = useState(valueOf(failure?.values, "statut") ?? "");
  const options = STATUTS_AGENT.filter((s) => s !== statut).map((s) => ({
    value: s,
    label: s === "prise_en_charge" ? "Revenir à « Prise en charge »" : DEMANDE_STATUT_LABELS[s],
  }));
  return (
    <form key={formKey} action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="demandeId" value={demandeId} />
      <SelectField
        label="Nouveau statut"
        name="statut"
        required
        options={options}
        defaultValue={choice}
        onChange={(e) => setChoice(e.target.value)}
        errors={failure?.fieldErrors?.statut}
      />
      <Field
        label="Motif"
        name="motif"
        required={choice === "sans_solution"}
        hint="Obligatoire pour « Sans solution » : il est transmis à l'apprenant·e."
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
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer le statut</SubmitButton>
    </form>
  );
}
