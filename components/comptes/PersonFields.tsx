"use client";

import Link from "next/link";
import { TextField } from "@/components/forms/TextField";
import { valueOf } from "@/components/forms/Field";
import { EMAIL_MAX, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/comptes/schemas";
import type { ActionResult } from "@/lib/actions/result";

type Failure = Extract<ActionResult, { ok: false }>;

/** Identity, e-mail, password and consent fields shared by both sign-up forms. */
export function PersonFields({ state }: { state: Failure | undefined }) {
  const errors = state?.fieldErrors;
  const values = state?.values;
  return (
    <>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="Prénom"
          name="prenom"
          required
          autoComplete="given-name"
          maxLength={NAME_MAX}
          defaultValue={valueOf(values, "prenom")}
          errors={errors?.prenom}
        />
        <TextField
          label="Nom"
          name="nom"
          required
          autoComplete="family-name"
          maxLength={NAME_MAX}
          defaultValue={valueOf(values, "nom")}
          errors={errors?.nom}
        />
      </div>
      <TextField
        label="Adresse e-mail"
        name="email"
        type="email"
        required
        autoComplete="email"
        maxLength={EMAIL_MAX}
        hint="Format attendu : nom@exemple.fr"
        defaultValue={valueOf(values, "email")}
        errors={errors?.email}
      />
      <TextField
        label="Mot de passe"
        name="password"
        type="password"
        required
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={`Au moins ${PASSWORD_MIN} caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.`}
        errors={errors?.password}
      />
      <TextField
        label="Confirmation du mot de passe"
        name="passwordConfirm"
        type="password"
        required
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        errors={errors?.passwordConfirm}
      />
      <div className="space-y-1">
        <div className="flex items-start gap-3">
          <input
            id="conditions"
            name="conditions"
            type="checkbox"
            required
            defaultChecked={valueOf(values, "conditions") === "on"}
            aria-invalid={errors?.conditions ? true : undefined}
            aria-describedby={errors?.conditions ? "conditions-erreur" : undefined}
            className="mt-1 size-5 accent-pin-700"
          />
          <label htmlFor="conditions">
            J&apos;accepte les <Link href="/mentions-legales#conditions">conditions d&apos;utilisation</Link>{" "}
            et j&apos;ai lu la page <Link href="/donnees-personnelles">données personnelles</Link>.
          </label>
        </div>
        {errors?.conditions ? (
          <p id="conditions-erreur" className="text-sm font-semibold text-red-800">
            <span aria-hidden="true">⚠ </span>
            {errors.conditions.join(" ")}
          </p>
        ) : null}
      </div>
    </>
  );
}
