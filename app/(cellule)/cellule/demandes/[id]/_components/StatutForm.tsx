"use client";

import { useState } from "react";
import { changerStatutDemande } from "@/lib/freins/actions";
import { DEMANDE_STATUT_LABELS, MOTIF_MAX, STATUTS_AGENT, type DemandeStatut } from "@/lib/freins/constants";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useActionForm } from "@/components/forms/useActionForm";
import { TextAreaField } from "@/components/forms/TextAreaField";

/** The agent moves the request on: solution proposed, resolved, without solution (reason), or back. */
export function StatutForm({ demandeId, statut }: { demandeId: string; statut: DemandeStatut }) {
  const form = useActionForm(changerStatutDemande);
  const [choice, setChoice] = useState(form.value("statut") ?? "");
  const options = STATUTS_AGENT.filter((s) => s !== statut).map((s) => ({
    value: s,
    label: s === "prise_en_charge" ? "Revenir à « Prise en charge »" : DEMANDE_STATUT_LABELS[s],
  }));
  return (
    <form key={form.key} action={form.action} noValidate className="space-y-4">
      <FormMessage state={form.state} />
      <input type="hidden" name="demandeId" value={demandeId} />
      <SelectField
        label="Nouveau statut"
        name="statut"
        required
        options={options}
        defaultValue={choice}
        onChange={(e) => setChoice(e.target.value)}
        errors={form.errors?.statut}
      />
      <TextAreaField
        label="Motif"
        name="motif"
        required={choice === "sans_solution"}
        hint="Obligatoire pour « Sans solution » : il est transmis à l'apprenant·e."
        errors={form.errors?.motif}
        rows={3}
        maxLength={MOTIF_MAX}
        defaultValue={form.value("motif")}
      />
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer le statut</SubmitButton>
    </form>
  );
}
