"use client";

import { useState } from "react";
import { enregistrerAnnuaire } from "@/lib/annuaire/actions";
import { LIEN_LIBELLE_MAX, LIEN_URL_MAX, LIENS_MAX, PRESENTATION_MAX } from "@/lib/annuaire/constants";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { Field, valuesOf } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { RepeatedRows } from "@/components/forms/RepeatedRows";
import { useActionForm } from "@/components/forms/useActionForm";

type Lien = { libelle: string; url: string };

type Props = {
  organisationId: string;
  profil: { annuaireVisible: boolean; presentation: string; siteWeb: string; liens: Lien[] };
};

/** The directory profile of an organisation: listed or not, presentation, website and labelled links. */
export function AnnuaireProfilForm({ organisationId, profil }: Props) {
  const form = useActionForm(enregistrerAnnuaire, {
    annuaireVisible: profil.annuaireVisible ? "on" : "",
    presentation: profil.presentation,
    siteWeb: profil.siteWeb,
    lienLibelle: profil.liens.map((l) => l.libelle),
    lienUrl: profil.liens.map((l) => l.url),
  });
  const presentation = form.value("presentation") ?? "";
  const [length, setLength] = useState(presentation.length);
  const urls = valuesOf(form.values, "lienUrl");
  const liens = valuesOf(form.values, "lienLibelle").map((libelle, i) => ({ libelle, url: urls[i] ?? "" }));
  return (
    <form key={form.key} action={form.action} noValidate className="space-y-6">
      <FormMessage state={form.state} />
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
          defaultChecked={form.value("annuaireVisible") === "on"}
        />
        <Field
          label="Présentation"
          name="presentation"
          hint={`Vos missions, les publics accompagnés, ce que vous proposez aux stagiaires. ${PRESENTATION_MAX} caractères au maximum (${length} / ${PRESENTATION_MAX}).`}
          errors={form.errors?.presentation}
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
          defaultValue={form.value("siteWeb") ?? ""}
          errors={form.errors?.siteWeb}
        />
      </div>
      <LiensFieldset liens={liens} errors={form.errors?.liens} />
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer la fiche</SubmitButton>
    </form>
  );
}

/** The labelled links, as repeated rows (lienLibelle / lienUrl pairs, in order). */
function LiensFieldset({ liens, errors }: { liens: Lien[]; errors?: string[] }) {
  return (
    <RepeatedRows<Lien>
      rowLabel="Lien"
      legend="Outils numériques et liens"
      card
      help={
        <>
          Plateforme de recrutement, livret d&apos;accueil en ligne, réseaux sociaux… {LIENS_MAX} liens au
          maximum, chacun avec un libellé et une adresse commençant par https://. Une ligne vide est ignorée.
        </>
      }
      errors={errors}
      initial={liens}
      blank={{ libelle: "", url: "" }}
      isBlank={(l) => !l.libelle && !l.url}
      max={LIENS_MAX}
      addLabel="Ajouter un lien"
      removeLabel={(number) => (
        <>
          Retirer ce lien<span className="sr-only"> {number}</span>
        </>
      )}
      firstField="libelle"
      renderRow={(row, { id, errorId }) => (
        <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:items-end">
          <div className="space-y-1">
            <label htmlFor={id("libelle")} className="block font-semibold">
              Libellé
            </label>
            <input
              id={id("libelle")}
              name="lienLibelle"
              maxLength={LIEN_LIBELLE_MAX}
              defaultValue={row.values.libelle}
              aria-invalid={errorId ? true : undefined}
              aria-describedby={errorId}
              className="input"
            />
          </div>
          <div className="space-y-1">
            <label htmlFor={id("url")} className="block font-semibold">
              Adresse
            </label>
            <input
              id={id("url")}
              name="lienUrl"
              type="url"
              inputMode="url"
              maxLength={LIEN_URL_MAX}
              defaultValue={row.values.url}
              aria-invalid={errorId ? true : undefined}
              aria-describedby={errorId}
              className="input"
            />
          </div>
        </div>
      )}
    />
  );
}
