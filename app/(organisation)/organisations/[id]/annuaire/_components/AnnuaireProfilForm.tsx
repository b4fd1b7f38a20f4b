"use client";

import { useActionState, useId, useState } from "react";
import { enregistrerAnnuaire } from "@/lib/annuaire/actions";
import { LIEN_LIBELLE_MAX, LIEN_URL_MAX, LIENS_MAX, PRESENTATION_MAX } from "@/lib/annuaire/constants";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { Field, valueOf, valuesOf } from "@/components/forms/Field";
import { FieldsetErrors } from "@/components/forms/FieldsetErrors";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { splitRowErrors, useHydrated, useRepeatedRows } from "@/components/forms/useRepeatedRows";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

type Lien = { libelle: string; url: string };

type Props = {
  organisationId: string;
  profil: { annuaireVisible: boolean; presentation: string; siteWeb: string; liens: Lien[] };
};

/** The directory profile of an organisation: listed or not, presentation, website and labelled links. */
export function AnnuaireProfilForm({ organisationId, profil }: Props) {
  const [state, action] = useActionState(enregistrerAnnuaire, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  const values = failure?.values;
  const presentation = values ? (valueOf(values, "presentation") ?? "") : profil.presentation;
  const [length, setLength] = useState(presentation.length);
  const liens: Lien[] = values
    ? valuesOf(values, "lienLibelle").map((libelle, i) => ({
        libelle,
        url: valuesOf(values, "lienUrl")[i] ?? "",
      }))
    : profil.liens;
  return (
    <form key={formKey} action={action} noValidate className="space-y-6">
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <div className="card space-y-5">
        <CheckboxField
          name="annuaireVisible"
          label={
            <>
              <strong>Apparaître dans l&apos;annuaire des partenaires</strong>
              <span className="block text-sm text-gray-700">
                Le nom, le type, le collège, les communes et catégories de vos sites, la présentation et les
                liens ci-dessous deviennent publics.
              </span>
            </>
          }
          defaultChecked={values ? valueOf(values, "annuaireVisible") === "on" : profil.annuaireVisible}
        />
        <Field
          label="Présentation"
          name="presentation"
          hint={`Vos missions, les publics accompagnés, ce que vous proposez aux stagiaires. ${PRESENTATION_MAX} caractères au maximum (${length} / ${PRESENTATION_MAX}).`}
          errors={failure?.fieldErrors?.presentation}
        >
          {(control) => (
            <textarea
              {...control}
              rows={6}
              maxLength={PRESENTATION_MAX}
              defaultValue={presentation}
              onChange={(e) => setLength(e.target.value.length)}
              className="input"
            />
          )}
        </Field>
        <TextField
          label="Site web"
          name="siteWeb"
          type="url"
          inputMode="url"
          maxLength={LIEN_URL_MAX}
          hint="Adresse complète, par exemple https://www.exemple.fr"
          defaultValue={values ? (valueOf(values, "siteWeb") ?? "") : profil.siteWeb}
          errors={failure?.fieldErrors?.siteWeb}
        />
      </div>
      <LiensFieldset liens={liens} errors={failure?.fieldErrors?.liens} />
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer la fiche</SubmitButton>
    </form>
  );
}

type Row = { key: number; initial: Lien; errors: string[] };

function LiensFieldset({ liens, errors }: { liens: Lien[]; errors?: string[] }) {
  const baseId = useId();
  const hydrated = useHydrated();
  const rowErrors = splitRowErrors(errors, "Lien");
  const blank = (key: number): Row => ({ key, initial: { libelle: "", url: "" }, errors: [] });
  const { rows, add, remove, addButton } = useRepeatedRows<Row>(
    () => {
      const initial = liens.map((l, i) => ({ key: i, initial: l, errors: rowErrors.forRow(i) }));
      const last = initial.at(-1);
      if (!last || last.initial.libelle || last.initial.url) initial.push(blank(initial.length));
      return initial;
    },
    blank,
    (key) => `${baseId}-libelle-${key}`,
  );
  const errorId = `${baseId}-erreurs`;
  return (
    <fieldset
      className="card space-y-4"
      aria-describedby={`${baseId}-aide${rowErrors.general.length ? ` ${errorId}` : ""}`}
    >
      <legend className="float-left mb-2 w-full">
        <h2 className="text-2xl">Outils numériques et liens</h2>
      </legend>
      <p id={`${baseId}-aide`} className="clear-left text-sm text-gray-700">
        Plateforme de recrutement, livret d&apos;accueil en ligne, réseaux sociaux… {LIENS_MAX} liens au
        maximum, chacun avec un libellé et une adresse commençant par https://. Une ligne vide est ignorée.
      </p>
      <FieldsetErrors id={errorId} errors={rowErrors.general} />
      <ol className="space-y-4">
        {rows.map((row, index) => {
          const rowErrorId = row.errors.length ? `${baseId}-erreur-${row.key}` : undefined;
          const invalid = row.errors.length ? (true as const) : undefined;
          return (
            <li key={row.key}>
              <fieldset
                className={`rounded-md border p-3 sm:p-4 ${row.errors.length ? "border-2 border-red-700" : "border-gray-300"}`}
              >
                <legend className="px-1 font-semibold">Lien {index + 1}</legend>
                {rowErrorId ? (
                  <div id={rowErrorId} className="mb-2 space-y-1 text-sm font-semibold text-red-800">
                    {row.errors.map((m) => (
                      <p key={m} className="flex gap-1">
                        <span aria-hidden="true">⚠</span>
                        {m}
                      </p>
                    ))}
                  </div>
                ) : null}
                <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:items-end">
                  <div className="space-y-1">
                    <label htmlFor={`${baseId}-libelle-${row.key}`} className="block font-semibold">
                      Libellé
                    </label>
                    <input
                      id={`${baseId}-libelle-${row.key}`}
                      name="lienLibelle"
                      maxLength={LIEN_LIBELLE_MAX}
                      defaultValue={row.initial.libelle}
                      aria-invalid={invalid}
                      aria-describedby={rowErrorId}
                      className="input"
                    />
                  </div>
                  <div className="space-y-1">
                    <label htmlFor={`${baseId}-url-${row.key}`} className="block font-semibold">
                      Adresse
                    </label>
                    <input
                      id={`${baseId}-url-${row.key}`}
                      name="lienUrl"
                      type="url"
                      inputMode="url"
                      maxLength={LIEN_URL_MAX}
                      defaultValue={row.initial.url}
                      aria-invalid={invalid}
                      aria-describedby={rowErrorId}
                      className="input"
                    />
                  </div>
                </div>
                {hydrated ? (
                  <button type="button" className="btn-secondary mt-3" onClick={() => remove(row.key)}>
                    Retirer ce lien<span className="sr-only"> {index + 1}</span>
                  </button>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {hydrated && rows.length < LIENS_MAX ? (
        <button ref={addButton} type="button" className="btn-secondary" onClick={add}>
          <span aria-hidden="true">+</span> Ajouter un lien
        </button>
      ) : null}
    </fieldset>
  );
}
