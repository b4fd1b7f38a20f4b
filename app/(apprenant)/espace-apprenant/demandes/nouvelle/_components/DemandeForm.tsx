"use client";

import { useId, useState } from "react";
import { deposerDemande } from "@/lib/freins/actions";
import {
  BESOIN_LABELS,
  BESOINS,
  CANAL_LABELS,
  CANAUX,
  DESCRIPTION_MAX,
  TELEPHONE_MAX,
  URGENCE_LABELS,
  URGENCES,
} from "@/lib/freins/constants";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { CountedText } from "@/components/forms/CountedText";
import { Field, valuesOf } from "@/components/forms/Field";
import { FieldsetErrors } from "@/components/forms/FieldsetErrors";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { useActionForm } from "@/components/forms/useActionForm";

type Props = {
  suggestions: { communeCode: string; label: string }[];
  communes: { code: string; label: string }[];
  /** commune code → territory name, to name the cell in the consent text */
  territoires: Record<string, string>;
  retentionMois: number;
  initial: { communeCode?: string; besoin?: string };
  today: string;
};

export function DemandeForm({ suggestions, communes, territoires, retentionMois, initial, today }: Props) {
  const form = useActionForm(deposerDemande);
  const besoinsErrorId = useId();
  const canalErrorId = useId();
  const urgenceErrorId = useId();
  const consentTextId = useId();
  const consentErrorId = useId();
  const defaultCommune = form.value("communeCode") ?? initial.communeCode ?? "";
  const [commune, setCommune] = useState(defaultCommune);
  const [canal, setCanal] = useState(form.value("canalContact") ?? "messagerie");
  const besoins = form.failure ? valuesOf(form.values, "besoins") : initial.besoin ? [initial.besoin] : [];
  const urgence = form.value("urgence") ?? "normale";
  const territoire = territoires[commune];
  const errors = form.errors;

  return (
    <form key={form.key} action={form.action} noValidate className="max-w-2xl space-y-6">
      <FormMessage state={form.state} />

      <fieldset className="space-y-3" aria-describedby={errors?.besoins ? besoinsErrorId : undefined}>
        <legend className="font-semibold">De quoi avez-vous besoin ?</legend>
        <p className="text-sm text-gray-700">Cochez un ou plusieurs besoins.</p>
        {BESOINS.map((b) => (
          <CheckboxField
            key={b}
            name="besoins"
            value={b}
            label={BESOIN_LABELS[b]}
            defaultChecked={besoins.includes(b)}
            invalid={!!errors?.besoins}
          />
        ))}
        <FieldsetErrors id={besoinsErrorId} errors={errors?.besoins} />
      </fieldset>

      <Field
        label="Commune où se pose le besoin"
        name="communeCode"
        required
        hint="Le lieu de votre stage ou de votre formation. Vos candidatures et favoris sont proposés en premier."
        errors={errors?.communeCode}
      >
        {(control) => (
          <select
            {...control}
            required
            defaultValue={defaultCommune}
            onChange={(e) => setCommune(e.target.value)}
            className="input"
          >
            <option value="">— Choisir une commune —</option>
            {suggestions.length > 0 ? (
              <optgroup label="D'après vos candidatures et favoris">
                {suggestions.map((s) => (
                  <option key={`${s.communeCode}-${s.label}`} value={s.communeCode}>
                    {s.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label="Toutes les communes des Landes">
              {communes.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>

      <fieldset className="space-y-3">
        <legend className="font-semibold">Période concernée</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="Du"
            name="debut"
            type="date"
            required
            min={today}
            defaultValue={form.value("debut")}
            errors={errors?.debut}
          />
          <TextField
            label="Au"
            name="fin"
            type="date"
            required
            min={today}
            defaultValue={form.value("fin")}
            errors={errors?.fin}
          />
        </div>
      </fieldset>

      <fieldset className="space-y-2" aria-describedby={errors?.urgence ? urgenceErrorId : undefined}>
        <legend className="font-semibold">Urgence</legend>
        {URGENCES.map((u) => (
          <label key={u} className="flex items-start gap-3">
            <input
              type="radio"
              name="urgence"
              value={u}
              defaultChecked={urgence === u}
              className="mt-1 size-5 shrink-0 accent-pin-700"
            />
            <span>{URGENCE_LABELS[u]}</span>
          </label>
        ))}
        <FieldsetErrors id={urgenceErrorId} errors={errors?.urgence} />
      </fieldset>

      <CountedText
        label="Décrivez votre situation"
        name="description"
        max={DESCRIPTION_MAX}
        multiline
        rows={6}
        defaultValue={form.value("description") ?? ""}
        errors={errors?.description}
        example="Par exemple : « Mon stage commence à 40 km de chez moi, je n'ai pas de voiture et le premier bus arrive trop tard. » N'indiquez que ce qui aide la cellule à vous répondre."
      />

      <fieldset className="space-y-2" aria-describedby={errors?.canalContact ? canalErrorId : undefined}>
        <legend className="font-semibold">Comment préférez-vous être contacté·e ?</legend>
        {CANAUX.map((c) => (
          <label key={c} className="flex items-start gap-3">
            <input
              type="radio"
              name="canalContact"
              value={c}
              defaultChecked={canal === c}
              onChange={() => setCanal(c)}
              className="mt-1 size-5 shrink-0 accent-pin-700"
            />
            <span>{CANAL_LABELS[c]}</span>
          </label>
        ))}
        <FieldsetErrors id={canalErrorId} errors={errors?.canalContact} />
      </fieldset>

      {canal === "telephone" ? (
        <TextField
          label="Numéro de téléphone"
          name="telephone"
          type="tel"
          required
          autoComplete="tel"
          maxLength={TELEPHONE_MAX}
          hint="Par exemple 06 12 34 56 78."
          defaultValue={form.value("telephone")}
          errors={errors?.telephone}
        />
      ) : null}

      <section
        aria-labelledby={`${consentTextId}-titre`}
        className="space-y-3 rounded-md border-2 border-pin-700 bg-pin-50 p-4"
      >
        <h2 id={`${consentTextId}-titre`} className="text-lg">
          Vos données et votre accord
        </h2>
        <div id={consentTextId} className="space-y-2">
          <p>
            <strong>Ce qui est transmis :</strong> vos besoins, la commune, la période, votre description,
            votre nom, votre adresse e-mail et, si vous le donnez, votre numéro de téléphone.
          </p>
          <p aria-live="polite">
            <strong>À qui :</strong>{" "}
            {territoire
              ? `aux agents de la cellule locale du territoire ${territoire}`
              : "aux agents de la cellule du territoire de la commune choisie"}{" "}
            et à l&apos;équipe de l&apos;institut. Personne d&apos;autre : ni les employeurs, ni les
            organismes de formation, ni les autres cellules.
          </p>
          <p>
            <strong>Combien de temps :</strong> jusqu&apos;à la clôture de la demande, puis {retentionMois}{" "}
            mois ; elle est ensuite anonymisée (seuls les besoins, la commune et les dates restent, pour les
            statistiques).
          </p>
          <p>
            <strong>Vos droits :</strong> vous pouvez retirer votre demande ou la supprimer définitivement à
            tout moment depuis votre espace.
          </p>
        </div>
        <div className="flex items-start gap-3">
          <input
            id={`${consentTextId}-case`}
            type="checkbox"
            name="consentement"
            defaultChecked={form.value("consentement") === "on"}
            aria-invalid={errors?.consentement ? true : undefined}
            aria-describedby={[consentTextId, errors?.consentement ? consentErrorId : ""].join(" ").trim()}
            className="mt-1 size-5 shrink-0 accent-pin-700"
          />
          <label htmlFor={`${consentTextId}-case`} className="cursor-pointer font-semibold">
            J&apos;accepte que ces informations soient transmises à la cellule locale pour traiter ma demande.
          </label>
        </div>
        <FieldsetErrors id={consentErrorId} errors={errors?.consentement} />
      </section>

      <SubmitButton pendingLabel="Envoi de la demande…">Envoyer ma demande</SubmitButton>
    </form>
  );
}
