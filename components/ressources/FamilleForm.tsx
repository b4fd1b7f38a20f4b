"use client";

import { declarerFamille } from "@/lib/ressources/actions";
import { PRESENTATION_MAX, TELEPHONE_MAX } from "@/lib/ressources/constants";
import { CountedText } from "@/components/forms/CountedText";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { useActionForm } from "@/components/forms/useActionForm";

type Option = { value: string; label: string };

/** A person declares themselves a host family; staff verify the declaration. */
export function FamilleForm({
  communes,
  initial,
}: {
  communes: Option[];
  initial: { communeCode?: string; presentation?: string; telephone?: string };
}) {
  const form = useActionForm(declarerFamille);
  const errors = form.errors;
  return (
    <form
      key={form.key}
      action={form.action}
      noValidate
      aria-label="Devenir famille d'accueil"
      className="space-y-5"
    >
      <FormMessage state={form.state} />
      <SelectField
        label="Commune"
        name="communeCode"
        required
        options={communes}
        placeholder="— Choisir une commune des Landes —"
        defaultValue={form.value("communeCode") ?? initial.communeCode ?? ""}
        errors={errors?.communeCode}
      />
      <CountedText
        label="Présentation"
        name="presentation"
        max={PRESENTATION_MAX}
        multiline
        rows={4}
        defaultValue={form.value("presentation") ?? initial.presentation ?? ""}
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
        defaultValue={form.value("telephone") ?? initial.telephone}
        errors={errors?.telephone}
      />
      <SubmitButton pendingLabel="Envoi…">Envoyer ma déclaration</SubmitButton>
    </form>
  );
}
