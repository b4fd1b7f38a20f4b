"use client";

import { useActionState } from "react";
import { enregistrerNumeroActivite } from "@/lib/organisations/actions";
import { valueOf } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

/** The training body's declaration number (NDA): needed for the LHÉO feed of its training offers. */
export function NumeroActiviteForm({
  organisationId,
  numeroActivite,
}: {
  organisationId: string;
  numeroActivite: string | null;
}) {
  const [state, action] = useActionState(enregistrerNumeroActivite, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  return (
    <form key={formKey} action={action} noValidate className="card max-w-2xl space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        label="Numéro de déclaration d'activité"
        name="numeroActivite"
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        hint="11 chiffres, donnés par le préfet de région lors de la déclaration de l'organisme (par exemple 75 40 01234 40). Il figure dans le flux LHÉO de vos formations."
        defaultValue={
          failure?.values ? (valueOf(failure.values, "numeroActivite") ?? "") : (numeroActivite ?? "")
        }
        errors={failure?.fieldErrors?.numeroActivite}
      />
      <SubmitButton>Enregistrer le numéro</SubmitButton>
    </form>
  );
}
