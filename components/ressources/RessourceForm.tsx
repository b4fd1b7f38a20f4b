"use client";

import { useId, useState } from "react";
import { enregistrerRessource } from "@/lib/ressources/actions";
import {
  ADRESSE_MAX,
  CAPACITE_MAX,
  CONDITIONS_MAX,
  DESCRIPTION_MAX,
  EQUIPEMENTS_MAX,
  MOBILITE_TYPE_LABELS,
  MOBILITE_TYPES,
  PRIX_MAX,
  RESSOURCE_TYPE_LABELS,
  RESSOURCE_TYPES,
  TITRE_MAX,
} from "@/lib/ressources/constants";
import type { FormValues } from "@/lib/actions/result";
import { CountedText } from "@/components/forms/CountedText";
import { valueOf } from "@/components/forms/Field";
import { FieldsetErrors } from "@/components/forms/FieldsetErrors";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { useActionForm, type FieldErrors } from "@/components/forms/useActionForm";
import { TextAreaField } from "@/components/forms/TextAreaField";

type Option = { value: string; label: string };

type Props = {
  /** Accessible name of the form. */
  label: string;
  communes: Option[];
  /** the verified organisations the person may offer for; empty for a host family */
  organisations: Option[];
  /** Values shown before any submission (defaults, or the stored resource). */
  initial: FormValues;
  ressourceId?: string;
  /** published: a change other than the dates sends it back to moderation */
  live?: boolean;
};

/** Creates or edits a pooled resource; posts it to moderation. */
export function RessourceForm(props: Props) {
  const form = useActionForm(enregistrerRessource, props.initial);
  return (
    <form key={form.key} action={form.action} noValidate aria-label={props.label} className="card space-y-6">
      <FormMessage state={form.state} />
      {props.ressourceId ? <input type="hidden" name="ressourceId" value={props.ressourceId} /> : null}
      <Fields {...props} values={form.values} errors={form.errors} />
      {props.live ? (
        <p className="text-sm text-gray-700">
          Cette ressource est publiée : modifier autre chose que ses dates de disponibilité la renvoie en
          modération.
        </p>
      ) : null}
      <SubmitButton pendingLabel="Enregistrement…">Soumettre à la modération</SubmitButton>
    </form>
  );
}

// Remounted with the form after each submission, so its state starts again from the echoed values.
function Fields({
  communes,
  organisations,
  ressourceId,
  values,
  errors,
}: Props & { values: FormValues; errors: FieldErrors }) {
  const [type, setType] = useState(valueOf(values, "type") ?? "");
  const [tarif, setTarif] = useState(valueOf(values, "tarif") ?? "gratuit");
  const tarifId = useId();
  return (
    <>
      {organisations.length > 0 && !ressourceId ? (
        <SelectField
          label="Proposée au nom de"
          name="organisationId"
          required
          options={organisations}
          defaultValue={
            valueOf(values, "organisationId") ?? (organisations.length === 1 ? organisations[0]!.value : "")
          }
          errors={errors?.organisationId}
        />
      ) : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          label="Type de ressource"
          name="type"
          required
          options={RESSOURCE_TYPES.map((t) => ({ value: t, label: RESSOURCE_TYPE_LABELS[t] }))}
          value={type}
          onChange={(e) => setType(e.target.value)}
          errors={errors?.type}
        />
        {type === "mobilite" ? (
          <SelectField
            label="Type de mobilité"
            name="mobiliteType"
            required
            options={MOBILITE_TYPES.map((t) => ({ value: t, label: MOBILITE_TYPE_LABELS[t] }))}
            defaultValue={valueOf(values, "mobiliteType") ?? ""}
            errors={errors?.mobiliteType}
          />
        ) : null}
      </div>
      <TextField
        label="Titre"
        name="titre"
        required
        maxLength={TITRE_MAX}
        hint="Par exemple : Chambre meublée près du bourg, Vélo à assistance électrique"
        defaultValue={valueOf(values, "titre")}
        errors={errors?.titre}
      />
      <CountedText
        label="Description"
        name="description"
        max={DESCRIPTION_MAX}
        multiline
        rows={5}
        defaultValue={valueOf(values, "description") ?? ""}
        errors={errors?.description}
        example="Ce qui est proposé, l'accès, ce que la personne doit prévoir."
      />
      <SelectField
        label="Commune"
        name="communeCode"
        required
        options={communes}
        placeholder="— Choisir une commune des Landes —"
        hint="Les apprenant·es voient seulement la commune."
        defaultValue={valueOf(values, "communeCode") ?? ""}
        errors={errors?.communeCode}
      />
      <TextField
        label="Adresse exacte"
        name="adresse"
        maxLength={ADRESSE_MAX}
        autoComplete="street-address"
        hint="Confidentielle : seules l'équipe de l'institut et la cellule locale la voient ; l'apprenant·e la reçoit après avoir accepté la proposition."
        defaultValue={valueOf(values, "adresse")}
        errors={errors?.adresse}
      />
      <TextField
        label="Capacité"
        name="capacite"
        type="number"
        inputMode="numeric"
        min={1}
        max={CAPACITE_MAX}
        required
        hint="Nombre de personnes (ou de places) : au moins 1."
        defaultValue={valueOf(values, "capacite") ?? "1"}
        errors={errors?.capacite}
        className="max-w-32"
      />
      <fieldset className="space-y-3">
        <legend className="font-semibold">
          Disponibilité (facultatif : sans date, elle est sans limite)
        </legend>
        <div className="grid grid-cols-2 gap-3">
          <TextField
            label="À partir du"
            name="disponibleDebut"
            type="date"
            defaultValue={valueOf(values, "disponibleDebut")}
            errors={errors?.disponibleDebut}
          />
          <TextField
            label="Jusqu'au"
            name="disponibleFin"
            type="date"
            defaultValue={valueOf(values, "disponibleFin")}
            errors={errors?.disponibleFin}
          />
        </div>
      </fieldset>
      <fieldset className="space-y-3" aria-describedby={errors?.tarif ? `${tarifId}-erreur` : undefined}>
        <legend className="font-semibold">Tarif</legend>
        <div className="flex flex-wrap gap-6">
          {(["gratuit", "payant"] as const).map((t) => (
            <label key={t} className="flex items-center gap-2">
              <input
                type="radio"
                name="tarif"
                value={t}
                checked={tarif === t}
                onChange={() => setTarif(t)}
                className="size-5 accent-pin-700"
              />
              {t === "gratuit" ? "Gratuit" : "Payant"}
            </label>
          ))}
        </div>
        <FieldsetErrors id={`${tarifId}-erreur`} errors={errors?.tarif} />
        {tarif === "payant" ? (
          <TextField
            label="Prix"
            name="prix"
            required
            maxLength={PRIX_MAX}
            hint="Par exemple : 150 € par mois, charges comprises"
            defaultValue={valueOf(values, "prix")}
            errors={errors?.prix}
          />
        ) : null}
      </fieldset>
      <TextAreaField
        label="Conditions"
        name="conditions"
        hint="Non-fumeur, animaux, horaires…"
        errors={errors?.conditions}
        rows={3}
        maxLength={CONDITIONS_MAX}
        defaultValue={valueOf(values, "conditions")}
      />
      {type === "salle_formation" ? (
        <TextAreaField
          label="Équipements"
          name="equipements"
          hint="Vidéoprojecteur, postes informatiques, accès PMR…"
          errors={errors?.equipements}
          rows={3}
          maxLength={EQUIPEMENTS_MAX}
          defaultValue={valueOf(values, "equipements")}
        />
      ) : null}
    </>
  );
}
