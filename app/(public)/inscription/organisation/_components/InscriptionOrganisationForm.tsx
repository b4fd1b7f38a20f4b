"use client";

import { inscrireOrganisation } from "@/lib/comptes/actions";
import { ADDRESS_MAX, ORGANISATION_NAME_MAX, ORGANISATION_TYPES } from "@/lib/comptes/schemas";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { SelectField } from "@/components/forms/SelectField";
import { PersonFields } from "@/components/comptes/PersonFields";
import { useActionForm } from "@/components/forms/useActionForm";

type Props = { communes: { value: string; label: string }[]; defaultType?: keyof typeof ORGANISATION_TYPES };

export function InscriptionOrganisationForm({ communes, defaultType }: Props) {
  const form = useActionForm(inscrireOrganisation);
  const errors = form.errors;
  const type = form.value("type") ?? defaultType;
  return (
    <form
      key={form.key}
      action={form.action}
      noValidate
      className="card space-y-8"
      aria-label="Inscription d'une organisation"
    >
      <FormMessage state={form.state} />
      <fieldset className="space-y-5">
        <legend className="mb-3 text-xl font-bold">L&apos;organisation</legend>
        <fieldset aria-describedby={errors?.type ? "type-erreur" : undefined}>
          <legend className="font-semibold">Type d&apos;organisation</legend>
          <div className="mt-2 space-y-2">
            {Object.entries(ORGANISATION_TYPES).map(([value, label]) => (
              <div key={value} className="flex items-center gap-3">
                <input
                  id={`type-${value}`}
                  type="radio"
                  name="type"
                  value={value}
                  defaultChecked={type === value}
                  required
                  className="size-5 accent-pin-700"
                />
                <label htmlFor={`type-${value}`}>{label}</label>
              </div>
            ))}
          </div>
          {errors?.type ? (
            <p id="type-erreur" className="mt-1 text-sm font-semibold text-red-800">
              <span aria-hidden="true">⚠ </span>
              {errors.type.join(" ")}
            </p>
          ) : null}
        </fieldset>
        <TextField
          label="Nom de l'organisation"
          name="organisationNom"
          required
          maxLength={ORGANISATION_NAME_MAX}
          autoComplete="organization"
          defaultValue={form.value("organisationNom")}
          errors={errors?.organisationNom}
        />
        <TextField
          label="Numéro SIRET"
          name="siret"
          required
          inputMode="numeric"
          hint="14 chiffres, les espaces sont acceptés (ex. 732 829 320 00074)."
          defaultValue={form.value("siret")}
          errors={errors?.siret}
        />
        <TextField
          label="Numéro FINESS"
          name="finess"
          hint="Pour les établissements sociaux et médico-sociaux : 9 caractères (ex. 400000123)."
          defaultValue={form.value("finess")}
          errors={errors?.finess}
        />
        <TextField
          label="Adresse"
          name="adresse"
          required
          maxLength={ADDRESS_MAX}
          autoComplete="street-address"
          hint="Numéro et voie"
          defaultValue={form.value("adresse")}
          errors={errors?.adresse}
        />
        <SelectField
          label="Commune"
          name="communeCode"
          required
          options={communes}
          placeholder="— Choisir une commune des Landes —"
          defaultValue={form.value("communeCode")}
          errors={errors?.communeCode}
        />
      </fieldset>
      <fieldset className="space-y-5">
        <legend className="mb-3 text-xl font-bold">Vous, personne référente</legend>
        <PersonFields state={form.failure} />
      </fieldset>
      <SubmitButton pendingLabel="Inscription en cours…">Inscrire mon organisation</SubmitButton>
    </form>
  );
}
