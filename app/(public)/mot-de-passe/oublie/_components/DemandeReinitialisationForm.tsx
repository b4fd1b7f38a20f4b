"use client";

import { demanderReinitialisation } from "@/lib/comptes/actions";
import { EMAIL_MAX } from "@/lib/comptes/schemas";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { useActionForm } from "@/components/forms/useActionForm";

export function DemandeReinitialisationForm() {
  const form = useActionForm(demanderReinitialisation);
  return (
    <form
      key={form.key}
      action={form.action}
      noValidate
      className="card space-y-5"
      aria-label="Demande de réinitialisation"
    >
      <FormMessage state={form.state} />
      <TextField
        label="Adresse e-mail"
        name="email"
        type="email"
        required
        autoComplete="email"
        maxLength={EMAIL_MAX}
        defaultValue={form.value("email")}
        errors={form.errors?.email}
      />
      <SubmitButton>Recevoir un lien</SubmitButton>
    </form>
  );
}
