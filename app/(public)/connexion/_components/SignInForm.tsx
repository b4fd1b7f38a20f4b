"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { TextField } from "@/components/forms/TextField";
import { FormMessage } from "@/components/forms/FormMessage";
import type { ActionResult } from "@/lib/actions/result";

// next-auth reports failures as codes; the user sees these French messages, never the code.
const MESSAGES: Record<string, string> = {
  CredentialsSignin: "Adresse e-mail ou mot de passe incorrect.",
  TROP_DE_TENTATIVES:
    "Trop de tentatives de connexion. Patientez 15 minutes avant de réessayer, ou réinitialisez votre mot de passe.",
  SessionRequired: "Connectez-vous pour accéder à cette page.",
};
const DEFAULT_MESSAGE = "La connexion n'a pas abouti. Réessayez dans quelques instants.";

export function SignInForm({ returnTo, initialError }: { returnTo: string; initialError?: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [email, setEmail] = useState("");
  const [state, setState] = useState<ActionResult | undefined>(
    initialError ? { ok: false, formError: MESSAGES[initialError] ?? DEFAULT_MESSAGE } : undefined,
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    }).catch(() => undefined);
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(returnTo);
      router.refresh();
      return;
    }
    setState({ ok: false, formError: MESSAGES[result?.error ?? ""] ?? DEFAULT_MESSAGE });
  }

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="card space-y-5" aria-label="Connexion">
      <FormMessage state={state} />
      <TextField
        label="Adresse e-mail"
        name="email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <TextField
        label="Mot de passe"
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending}>
        {pending ? "Connexion…" : "Se connecter"}
      </button>
    </form>
  );
}
