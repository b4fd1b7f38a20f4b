"use client";

import Link from "next/link";
import { reinitialiserMotDePasse } from "@/lib/comptes/actions";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/comptes/schemas";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { useActionForm } from "@/components/forms/useActionForm";

export function NouveauMotDePasseForm({ token }: { token: string }) {
  const form = useActionForm(reinitialiserMotDePasse);
  const tokenRejected = form.failure?.formError && !form.errors?.password && !form.errors?.passwordConfirm;
  return (
    <form
      key={form.key}
      action={form.action}
      noValidate
      className="card space-y-5"
      aria-label="Choix du nouveau mot de passe"
    >
      <FormMessage state={form.state} />
      {form.errors?.token ? (
        <p className="font-semibold text-red-800">{form.errors.token.join(" ")}</p>
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
        errors={form.errors?.password}
      />
      <TextField
        label="Confirmation du mot de passe"
        name="passwordConfirm"
        type="password"
        required
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        errors={form.errors?.passwordConfirm}
      />
      <SubmitButton>Enregistrer le mot de passe</SubmitButton>
    </form>
  );
}
