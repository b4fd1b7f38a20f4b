"use client";

import { useActionState } from "react";
import { demanderReinitialisation } from "@/lib/comptes/actions";
import { EMAIL_MAX } from "@/lib/comptes/schemas";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { valueOf } from "@/components/forms/Field";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

export function DemandeReinitialisationForm() {
  const [state, action] = useActionState(demanderReinitialisation, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  return (
    <form
      key={formKey}
      action={action}
      noValidate
      className="card space-y-5"
      aria-label="Demande de réinitialisation"
    >
      <FormMessage state={state} />
      <TextField
        label="Adresse e-mail"
        name="email"
        type="email"
        required
        autoComplete="email"
        maxLength={EMAIL_MAX}
        defaultValue={valueOf(failure?.values, "email")}
        errors={failure?.fieldErrors?.email}
      />
      <SubmitButton>Recevoir un lien</SubmitButton>
    </form>
  );
}
