"use client";

import { useActionState, useId } from "react";
import { candidater } from "@/lib/stages/actions";
import { MESSAGE_MAX } from "@/lib/stages/constants";
import { Field, valueOf } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";
import { ORGANISME_FORMATION_MAX } from "@/lib/stages/constants";

type Props = {
  offreId: string;
  diplomes: { value: string; label: string }[];
  /** Bounds of the date inputs ("YYYY-MM-DD") and the periods in words, from the offer. */
  dates: { min: string; max?: string; hint: string };
  labelledBy: string;
};

export function CandidatureForm({ offreId, diplomes, dates, labelledBy }: Props) {
  const [state, action] = useActionState(candidater, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  const values = failure?.values;
  const periodeHintId = useId();
  const defaultDiplome =
    valueOf(values, "diplomeId") ?? (diplomes.length === 1 ? diplomes[0]?.value : undefined);
  return (
    <form
      key={formKey}
      action={action}
      noValidate
      className="max-w-2xl space-y-5"
      aria-labelledby={labelledBy}
    >
      <FormMessage state={state} />
      <input type="hidden" name="offreId" value={offreId} />
      <Field
        label="Votre message à l'employeur"
        name="message"
        required
        hint={`Présentez-vous et dites ce qui vous intéresse dans ce stage (${MESSAGE_MAX} caractères au maximum).`}
        errors={failure?.fieldErrors?.message}
      >
        {(control) => (
          <textarea
            {...control}
            required
            rows={6}
            maxLength={MESSAGE_MAX}
            defaultValue={valueOf(values, "message")}
            className="input"
          />
        )}
      </Field>
      <TextField
        label="Organisme de formation"
        name="organismeFormation"
        required
        maxLength={ORGANISME_FORMATION_MAX}
        autoComplete="organization"
        hint="L'école ou l'institut où vous préparez votre diplôme."
        defaultValue={valueOf(values, "organismeFormation")}
        errors={failure?.fieldErrors?.organismeFormation}
      />
      <SelectField
        label="Diplôme préparé"
        name="diplomeId"
        required
        options={diplomes}
        defaultValue={defaultDiplome}
        errors={failure?.fieldErrors?.diplomeId}
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
            defaultValue={valueOf(values, "periodeDebut")}
            errors={failure?.fieldErrors?.periodeDebut}
          />
          <TextField
            label="Fin souhaitée"
            name="periodeFin"
            type="date"
            required
            min={dates.min}
            max={dates.max}
            defaultValue={valueOf(values, "periodeFin")}
            errors={failure?.fieldErrors?.periodeFin}
          />
        </div>
      </fieldset>
      <SubmitButton pendingLabel="Envoi de la candidature…">Envoyer ma candidature</SubmitButton>
    </form>
  );
}
