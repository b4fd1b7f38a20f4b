"use client";

import { supprimerMonCompte } from "@/lib/comptes/actions";
import { PASSWORD_MAX } from "@/lib/comptes/schemas";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { useActionForm } from "@/components/forms/useActionForm";

/** Deletes the account: the password and an explicit tick are required. */
export function SuppressionCompteForm() {
  const form = useActionForm(supprimerMonCompte);
  const errors = form.errors;
  return (
    <form
      key={form.key}
      action={form.action}
      noValidate
      className="space-y-4 rounded-md border border-red-700 p-4"
    >
      <FormMessage state={form.state} />
      <TextField
        label="Votre mot de passe, pour confirmer"
        name="password"
        type="password"
        required
        autoComplete="current-password"
        maxLength={PASSWORD_MAX}
        errors={errors?.password}
      />
      <div className="space-y-1">
        <div className="flex items-start gap-3">
          <input
            id="confirmation"
            name="confirmation"
            type="checkbox"
            defaultChecked={form.value("confirmation") === "on"}
            aria-invalid={errors?.confirmation ? true : undefined}
            aria-describedby={errors?.confirmation ? "confirmation-erreur" : undefined}
            className="mt-1 size-5 shrink-0 accent-pin-700"
          />
          <label htmlFor="confirmation">
            Je comprends que la suppression est définitive : mon compte, mes candidatures, mes favoris et mes
            notifications seront effacés, et mes demandes d&apos;aide anonymisées.
          </label>
        </div>
        {errors?.confirmation ? (
          <p id="confirmation-erreur" className="text-sm font-semibold text-red-800">
            <span aria-hidden="true">⚠ </span>
            {errors.confirmation.join(" ")}
          </p>
        ) : null}
      </div>
      <SubmitButton variant="danger" pendingLabel="Suppression…">
        Supprimer définitivement mon compte
      </SubmitButton>
    </form>
  );
}
