"use client";

import { useActionState } from "react";
import {
  ajouterAgentCellule,
  enregistrerCellule,
  retirerAgentCellule,
} from "@/lib/territoires/cellules-actions";
import { CELLULE_NOM_MAX } from "@/lib/territoires/cellules-schemas";
import { valueOf } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

type Cellule = { nom: string; email: string | null; telephone: string | null } | null;

/** Name and contact of a territory's cell (creates the cell when the territory has none). */
export function CelluleForm({
  territoireId,
  territoireNom,
  cellule,
}: {
  territoireId: string;
  territoireNom: string;
  cellule: Cellule;
}) {
  const [state, action] = useActionState(enregistrerCellule, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  const values = failure?.values;
  return (
    <form
      key={formKey}
      action={action}
      noValidate
      className="space-y-4"
      aria-label={`Coordonnées de la cellule ${territoireNom}`}
    >
      <FormMessage state={state} />
      <input type="hidden" name="territoireId" value={territoireId} />
      <TextField
        label="Nom de la cellule"
        name="nom"
        required
        maxLength={CELLULE_NOM_MAX}
        defaultValue={valueOf(values, "nom") ?? cellule?.nom ?? `Cellule locale ${territoireNom}`}
        errors={failure?.fieldErrors?.nom}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="E-mail de contact"
          name="email"
          type="email"
          autoComplete="off"
          defaultValue={valueOf(values, "email") ?? cellule?.email ?? ""}
          errors={failure?.fieldErrors?.email}
        />
        <TextField
          label="Téléphone de contact"
          name="telephone"
          type="tel"
          autoComplete="off"
          defaultValue={valueOf(values, "telephone") ?? cellule?.telephone ?? ""}
          errors={failure?.fieldErrors?.telephone}
        />
      </div>
      <SubmitButton variant="secondary">
        {cellule ? "Enregistrer les coordonnées" : "Créer la cellule"}
      </SubmitButton>
    </form>
  );
}

/** Adds an existing account as agent of the cell, by its e-mail. */
export function AjoutAgentForm({ celluleId, celluleNom }: { celluleId: string; celluleNom: string }) {
  const [state, action] = useActionState(ajouterAgentCellule, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  return (
    <form
      key={formKey}
      action={action}
      noValidate
      className="space-y-3"
      aria-label={`Ajouter un agent à ${celluleNom}`}
    >
      <FormMessage state={state} />
      <input type="hidden" name="celluleId" value={celluleId} />
      <TextField
        label="E-mail du compte à ajouter comme agent"
        name="email"
        type="email"
        required
        autoComplete="off"
        hint="La personne doit déjà avoir un compte sur le guichet ; elle reçoit le rôle « Cellule locale »."
        defaultValue={valueOf(failure?.values, "email")}
        errors={failure?.fieldErrors?.email}
      />
      <SubmitButton>Ajouter l&apos;agent</SubmitButton>
    </form>
  );
}

/** Removes one agent from the cell. */
export function RetraitAgentForm({
  celluleId,
  userId,
  nom,
}: {
  celluleId: string;
  userId: string;
  nom: string;
}) {
  const [state, action] = useActionState(retirerAgentCellule, undefined);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="celluleId" value={celluleId} />
      <input type="hidden" name="userId" value={userId} />
      {state?.ok ? null : (
        <SubmitButton variant="danger" pendingLabel="Retrait…">
          Retirer<span className="sr-only"> {nom} de la cellule</span>
        </SubmitButton>
      )}
    </form>
  );
}
