"use client";

import { enregistrerAnnuaire } from "@/lib/annuaire/actions";
import { LIEN_LIBELLE_MAX, LIEN_URL_MAX, LIENS_MAX, PRESENTATION_MAX } from "@/lib/annuaire/constants";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { CountedText } from "@/components/forms/CountedText";
import { valuesOf } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { RepeatedRows, RowField } from "@/components/forms/RepeatedRows";
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
        <CountedText
          label="Présentation"
          name="presentation"
          required={false}
          max={PRESENTATION_MAX}
          multiline
          rows={6}
          defaultValue={form.value("presentation") ?? ""}
          errors={form.errors?.presentation}
          example="Vos missions, les publics accompagnés, ce que vous proposez aux stagiaires."
        />
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
      renderRow={(row, ids) => (
        <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:items-end">
          <RowField ids={ids} field="libelle" label="Libellé" invalid={!!ids.errorId}>
            {(control) => (
              <input
                {...control}
                name="lienLibelle"
                maxLength={LIEN_LIBELLE_MAX}
                defaultValue={row.values.libelle}
              />
            )}
          </RowField>
          <RowField ids={ids} field="url" label="Adresse" invalid={!!ids.errorId}>
            {(control) => (
              <input
                {...control}
                name="lienUrl"
                type="url"
                inputMode="url"
                maxLength={LIEN_URL_MAX}
                defaultValue={row.values.url}
              />
            )}
          </RowField>
        </div>
      )}
    />
  );
}
