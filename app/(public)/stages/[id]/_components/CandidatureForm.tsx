"use client";

import { useId } from "react";
import { candidater } from "@/lib/stages/actions";
import { MESSAGE_MAX } from "@/lib/stages/constants";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { useActionForm } from "@/components/forms/useActionForm";
import { TextAreaField } from "@/components/forms/TextAreaField";
import { ORGANISME_FORMATION_MAX } from "@/lib/stages/constants";

type Props = {
  offreId: string;
  diplomes: { value: string; label: string }[];
  /** Bounds of the date inputs ("YYYY-MM-DD") and the periods in words, from the offer. */
  dates: { min: string; max?: string; hint: string };
  labelledBy: string;
};

export function CandidatureForm({ offreId, diplomes, dates, labelledBy }: Props) {
  const form = useActionForm(candidater);
  const periodeHintId = useId();
  const defaultDiplome = form.value("diplomeId") ?? (diplomes.length === 1 ? diplomes[0]?.value : undefined);
  return (
    <form
      key={form.key}
      action={form.action}
      noValidate
      className="max-w-2xl space-y-5"
      aria-labelledby={labelledBy}
    >
      <FormMessage state={form.state} />
      <input type="hidden" name="offreId" value={offreId} />
      <TextAreaField
        label="Votre message à l'employeur"
        name="message"
        required
        hint={`Présentez-vous et dites ce qui vous intéresse dans ce stage (${MESSAGE_MAX} caractères au maximum).`}
        errors={form.errors?.message}
        rows={6}
        maxLength={MESSAGE_MAX}
        defaultValue={form.value("message")}
      />
      <TextField
        label="Organisme de formation"
        name="organismeFormation"
        required
        maxLength={ORGANISME_FORMATION_MAX}
        autoComplete="organization"
        hint="L'école ou l'institut où vous préparez votre diplôme."
        defaultValue={form.value("organismeFormation")}
        errors={form.errors?.organismeFormation}
      />
      <SelectField
        label="Diplôme préparé"
        name="diplomeId"
        required
        options={diplomes}
        defaultValue={defaultDiplome}
        errors={form.errors?.diplomeId}
      />
      <fieldset className="space-y-3" aria-describedby={periodeHintId}>
        <legend className="font-semibold">Période souhaitée</legend>
        <p id={periodeHintId} className="text-sm text-gray-700">
          {dates.hint}
        </p>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="Début souhaité"
            name="periodeDebut"
            type="date"
            required
            min={dates.min}
            max={dates.max}
            defaultValue={form.value("periodeDebut")}
            errors={form.errors?.periodeDebut}
          />
          <TextField
            label="Fin souhaitée"
            name="periodeFin"
            type="date"
            required
            min={dates.min}
            max={dates.max}
            defaultValue={form.value("periodeFin")}
            errors={form.errors?.periodeFin}
          />
        </div>
      </fieldset>
      <SubmitButton pendingLabel="Envoi de la candidature…">Envoyer ma candidature</SubmitButton>
    </form>
  );
}
