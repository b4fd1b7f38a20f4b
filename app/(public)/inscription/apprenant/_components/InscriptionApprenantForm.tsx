"use client";

import { useActionState } from "react";
import { inscrireApprenant } from "@/lib/comptes/actions";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { PersonFields } from "@/components/comptes/PersonFields";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

export function InscriptionApprenantForm() {
  const [state, action] = useActionState(inscrireApprenant, undefined);
  const formKey = useSubmissionKey(state);
  return (
    <form
      key={formKey}
      action={action}
      noValidate
      className="card space-y-5"
      aria-label="Création du compte apprenant"
    >
      <FormMessage state={state} />
      <PersonFields state={state && !state.ok ? state : undefined} />
      <SubmitButton pendingLabel="Création du compte…">Créer mon compte</SubmitButton>
    </form>
  );
}
