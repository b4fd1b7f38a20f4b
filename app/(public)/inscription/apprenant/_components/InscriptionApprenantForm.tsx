"use client";

import { inscrireApprenant } from "@/lib/comptes/actions";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { PersonFields } from "@/components/comptes/PersonFields";
import { useActionForm } from "@/components/forms/useActionForm";

export function InscriptionApprenantForm() {
  const form = useActionForm(inscrireApprenant);
  return (
    <form
      key={form.key}
      action={form.action}
      noValidate
      className="card space-y-5"
      aria-label="Création du compte apprenant"
    >
      <FormMessage state={form.state} />
      <PersonFields state={form.failure} />
      <SubmitButton pendingLabel="Création du compte…">Créer mon compte</SubmitButton>
    </form>
  );
}
