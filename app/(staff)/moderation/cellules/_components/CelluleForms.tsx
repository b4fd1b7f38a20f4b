"use client";

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
import { ActionButtonForm } from "@/components/forms/ActionButtonForm";
import { useActionForm } from "@/components/forms/useActionForm";

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
  const form = useActionForm(enregistrerCellule);
  const { failure, values } = form;
  return (
    <form
      key={form.key}
      action={form.action}
      noValidate
      className="space-y-4"
      aria-label={`Coordonnées de la cellule ${territoireNom}`}
    >
      <FormMessage state={form.state} />
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
  const form = useActionForm(ajouterAgentCellule);
  const { failure } = form;
  return (
    <form
      key={form.key}
      action={form.action}
      noValidate
      className="space-y-3"
      aria-label={`Ajouter un agent à ${celluleNom}`}
    >
      <FormMessage state={form.state} />
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
  return (
    <ActionButtonForm
      action={retirerAgentCellule}
      hidden={{ celluleId, userId }}
      variant="danger"
      pendingLabel="Retrait…"
    >
      Retirer<span className="sr-only"> {nom} de la cellule</span>
    </ActionButtonForm>
  );
}
