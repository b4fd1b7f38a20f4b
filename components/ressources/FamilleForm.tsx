"use client";

import { useActionState } from "react";
import { declarerFamille } from "@/lib/ressources/actions";
import { PRESENTATION_MAX, TELEPHONE_MAX } from "@/lib/ressources/constants";
import { CountedText } from "@/components/forms/CountedText";
import { valueOf } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

type Option = { value: string; label: string };

/** A person declares themselves a host family; staff verify the declaration. */
export function FamilleForm({
  communes,
  initial,
}: {
  communes: Option[];
  initial: { communeCode?: string; presentation?: string; telephone?: string };
}) {
  const [state, action] = useActionState(declarerFamille, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  const errors = failure?.fieldErrors;
  const values = failure?.values;
  return (
    <form
      key={formKey}
      action={action}
      noValidate
      aria-label="Devenir famille d'accueil"
      className="space-y-5"
    >
      <FormMessage state={state} />
      <SelectField
        label="Commune"
        name="communeCode"
        required
        options={communes}
        placeholder="— Choisir une commune des Landes —"
        defaultValue={valueOf(values, "communeCode") ?? initial.communeCode ?? ""}
        errors={errors?.communeCode}
      />
      <CountedText
        label="Présentation"
        name="presentation"
        max={PRESENTATION_MAX}
        multiline
        rows={4}
        defaultValue={valueOf(values, "presentation") ?? initial.presentation ?? ""}
        errors={errors?.presentation}
        example="Qui vous êtes, ce que vous pouvez offrir à un·e stagiaire (chambre, repas, transport…)."
      />
      <TextField
        label="Téléphone"
        name="telephone"
        type="tel"
        autoComplete="tel"
        maxLength={TELEPHONE_MAX}
        hint="Donné à l'apprenant·e seulement après qu'il ou elle a accepté votre proposition."
        defaultValue={valueOf(values, "telephone") ?? initial.telephone}
        errors={errors?.telephone}
      />
      <SubmitButton pendingLabel="Envoi…">Envoyer ma déclaration</SubmitButton>
    </form>
  );
}
