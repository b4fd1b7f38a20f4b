"use client";

import { useActionState } from "react";
import Link from "next/link";
import { reinitialiserMotDePasse } from "@/lib/comptes/actions";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/comptes/schemas";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

export function NouveauMotDePasseForm({ token }: { token: string }) {
  const [state, action] = useActionState(reinitialiserMotDePasse, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  const tokenRejected =
    failure?.formError && !failure.fieldErrors?.password && !failure.fieldErrors?.passwordConfirm;
  return (
    <form
      key={formKey}
      action={action}
      noValidate
      className="card space-y-5"
      aria-label="Choix du nouveau mot de passe"
    >
      <FormMessage state={state} />
      {failure?.fieldErrors?.token ? (
        <p className="font-semibold text-red-800">{failure.fieldErrors.token.join(" ")}</p>
      ) : null}
      {tokenRejected ? (
        <p>
          <Link href="/mot-de-passe/oublie">Demander un nouveau lien</Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <TextField
        label="Nouveau mot de passe"
        name="password"
        type="password"
        required
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={`Au moins ${PASSWORD_MIN} caractères.`}
        errors={failure?.fieldErrors?.password}
      />
      <TextField
        label="Confirmation du mot de passe"
        name="passwordConfirm"
        type="password"
        required
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        errors={failure?.fieldErrors?.passwordConfirm}
      />
      <SubmitButton>Enregistrer le mot de passe</SubmitButton>
    </form>
  );
}
