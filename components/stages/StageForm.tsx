"use client";

import { useActionState, useId, useState } from "react";
import { enregistrerStage } from "@/lib/stages/actions";
import {
  DESCRIPTION_MAX,
  DUREE_MAX_SEMAINES,
  NIVEAUX,
  PERIODES_MAX,
  PLACES_MAX,
  PLACES_MIN,
  TEXTE_COURT_MAX,
  TITRE_MAX,
  TUTEUR_MAX,
} from "@/lib/stages/constants";
import type { FormValues } from "@/lib/actions/result";
import { valueOf, valuesOf } from "@/components/forms/Field";
import { CountedText } from "@/components/forms/CountedText";
import { IntentButtons } from "@/components/forms/IntentButtons";
import { splitRowErrors, useHydrated, useRepeatedRows } from "@/components/forms/useRepeatedRows";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField } from "@/components/forms/SelectField";
import { TextField } from "@/components/forms/TextField";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { FieldsetErrors } from "@/components/forms/FieldsetErrors";

type Option = { value: string; label: string };
type FieldErrors = Record<string, string[] | undefined> | undefined;

export type StageFormSite = {
  id: string;
  nom: string;
  commune: string;
  organisationId: string;
  publicId: string | null;
  categorieId: string | null;
};
export type StageFormDiplome = { id: string; intitule: string; metier: string; niveau: number };
export type StageFormOrganisation = { id: string; nom: string; verifiee: boolean };

type Props = {
  /** Accessible name of the form. */
  label: string;
  organisations: StageFormOrganisation[];
  sites: StageFormSite[];
  diplomes: StageFormDiplome[];
  publics: Option[];
  categories: Option[];
  /** Values shown before any submission (a new offer's defaults, or the stored offer). */
  initial: FormValues;
  offreId?: string;
  /** The offer is published or filled: only a change of places keeps it published. */
  live?: boolean;
};

/** Creates or edits a stage offer; posts to enregistrerStage as a draft or for moderation. */
export function StageForm(props: Props) {
  const [state, action] = useActionState(enregistrerStage, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  const values = failure?.values ?? props.initial;
  return (
    <form key={formKey} action={action} noValidate aria-label={props.label} className="space-y-8">
      <FormMessage state={state} />
      {props.offreId ? <input type="hidden" name="offreId" value={props.offreId} /> : null}
      <StageFormFields {...props} values={values} errors={failure?.fieldErrors} />
    </form>
  );
}

// Holds the interactive state; remounted with the form after each submission, so it starts again
// from the echoed values.
function StageFormFields({
  organisations,
  sites,
  diplomes,
  publics,
  categories,
  live,
  values,
  errors,
}: Props & { values: FormValues; errors: FieldErrors }) {
  const text = (name: string) => valueOf(values, name) ?? "";
  const checked = (name: string) => valueOf(values, name) === "on";
  const onlyOrganisation = organisations.length === 1 ? organisations[0] : undefined;
  const [organisationId, setOrganisationId] = useState(text("organisationId") || onlyOrganisation?.id || "");
  const [siteId, setSiteId] = useState(text("siteId"));
  const [publicId, setPublicId] = useState(text("publicId"));
  const [categorieId, setCategorieId] = useState(text("categorieId"));
  const choosableSites = sites.filter((s) => !organisationId || s.organisationId === organisationId);
  const selectedOrganisation = organisations.find((o) => o.id === organisationId);
  const pending = organisations.every((o) => !o.verifiee) || selectedOrganisation?.verifiee === false;

  function onOrganisationChange(id: string) {
    setOrganisationId(id);
    if (!sites.some((s) => s.id === siteId && s.organisationId === id)) setSiteId("");
  }

  // A site brings its own public and category: preselect them (they stay editable).
  function onSiteChange(id: string) {
    setSiteId(id);
    const site = sites.find((s) => s.id === id);
    if (!site) return;
    setOrganisationId(site.organisationId);
    setPublicId(site.publicId ?? "");
    setCategorieId(site.categorieId ?? "");
  }

  const chosenDiplomes = new Set(valuesOf(values, "diplomeIds"));
  return (
    <>
      <section aria-labelledby="stage-titre-offre" className="card space-y-5">
        <h2 id="stage-titre-offre" className="text-2xl">
          L&apos;offre
        </h2>
        {onlyOrganisation ? (
          <input type="hidden" name="organisationId" value={onlyOrganisation.id} />
        ) : (
          <SelectField
            label="Organisation"
            name="organisationId"
            required
            options={organisations.map((o) => ({ value: o.id, label: o.nom }))}
            value={organisationId}
            onChange={(e) => onOrganisationChange(e.target.value)}
            errors={errors?.organisationId}
          />
        )}
        <SelectField
          label="Site du stage"
          name="siteId"
          required
          hint="Le stage apparaîtra sur la carte à l'emplacement de ce site."
          options={choosableSites.map((s) => ({ value: s.id, label: `${s.nom} (${s.commune})` }))}
          placeholder="— Choisir un site —"
          value={siteId}
          onChange={(e) => onSiteChange(e.target.value)}
          errors={errors?.siteId}
        />
        <CountedText
          label="Titre de l'offre"
          name="titre"
          max={TITRE_MAX}
          defaultValue={text("titre")}
          errors={errors?.titre}
          example="Par exemple : Stage d'aide-soignant·e en unité de vie protégée"
        />
        <CountedText
          label="Description"
          name="description"
          max={DESCRIPTION_MAX}
          multiline
          defaultValue={text("description")}
          errors={errors?.description}
          example="Les missions, l'équipe, le public accompagné, ce que le ou la stagiaire apprendra."
        />
        <SelectField
          label="Année ou niveau visé"
          name="niveau"
          required
          options={NIVEAUX.map((n) => ({ value: n, label: n }))}
          defaultValue={text("niveau")}
          errors={errors?.niveau}
        />
        <fieldset
          className="space-y-3"
          aria-describedby={`stage-diplomes-aide${errors?.diplomeIds?.length ? " stage-diplomes-erreur" : ""}`}
        >
          <legend className="font-semibold">Diplômes ou métiers visés</legend>
          <p id="stage-diplomes-aide" className="text-sm text-gray-700">
            Cochez un ou plusieurs diplômes préparés par les stagiaires que vous pouvez accueillir.
          </p>
          <FieldsetErrors id="stage-diplomes-erreur" errors={errors?.diplomeIds} />
          <ul className="grid gap-3 md:grid-cols-2">
            {diplomes.map((d) => (
              <li key={d.id}>
                <CheckboxField
                  name="diplomeIds"
                  value={d.id}
                  defaultChecked={chosenDiplomes.has(d.id)}
                  invalid={!!errors?.diplomeIds?.length}
                  label={
                    <>
                      <span className="font-semibold">{d.intitule}</span>
                      <span className="block text-sm text-gray-700">
                        {d.metier}, niveau {d.niveau}
                      </span>
                    </>
                  }
                />
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            label="Public accompagné"
            name="publicId"
            hint="Celui du site par défaut."
            options={publics}
            value={publicId}
            onChange={(e) => setPublicId(e.target.value)}
            errors={errors?.publicId}
          />
          <SelectField
            label="Catégorie d'établissement"
            name="categorieId"
            hint="Celle du site par défaut."
            options={categories}
            value={categorieId}
            onChange={(e) => setCategorieId(e.target.value)}
            errors={errors?.categorieId}
          />
        </div>
      </section>

      <section aria-labelledby="stage-titre-quand" className="card space-y-5">
        <h2 id="stage-titre-quand" className="text-2xl">
          Périodes et durée
        </h2>
        <Periodes values={values} errors={errors?.periodes} />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="Durée minimale (semaines)"
            name="dureeMinSemaines"
            type="number"
            inputMode="numeric"
            min={1}
            max={DUREE_MAX_SEMAINES}
            required
            defaultValue={text("dureeMinSemaines")}
            errors={errors?.dureeMinSemaines}
          />
          <TextField
            label="Durée maximale (semaines)"
            name="dureeMaxSemaines"
            type="number"
            inputMode="numeric"
            min={1}
            max={DUREE_MAX_SEMAINES}
            required
            defaultValue={text("dureeMaxSemaines")}
            errors={errors?.dureeMaxSemaines}
          />
        </div>
      </section>

      <section aria-labelledby="stage-titre-accueil" className="card space-y-5">
        <h2 id="stage-titre-accueil" className="text-2xl">
          Accueil et tutorat
        </h2>
        <TextField
          label="Nombre de places"
          name="places"
          type="number"
          inputMode="numeric"
          min={PLACES_MIN}
          max={PLACES_MAX}
          required
          className="sm:max-w-40"
          hint={`De ${PLACES_MIN} à ${PLACES_MAX} stagiaires sur l'ensemble des périodes.`}
          defaultValue={text("places")}
          errors={errors?.places}
        />
        <fieldset className="space-y-4" aria-describedby="stage-tuteur-aide">
          <legend className="font-semibold">Tuteur ou tutrice de stage</legend>
          <p id="stage-tuteur-aide" className="text-sm text-gray-700">
            Ces informations sont visibles des apprenant·es connecté·es.
          </p>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              label="Nom du tuteur ou de la tutrice"
              name="tuteurNom"
              required
              hint="Prénom et nom"
              maxLength={TUTEUR_MAX}
              autoComplete="off"
              defaultValue={text("tuteurNom")}
              errors={errors?.tuteurNom}
            />
            <TextField
              label="Fonction"
              name="tuteurFonction"
              required
              maxLength={TUTEUR_MAX}
              hint="Par exemple : infirmière coordinatrice"
              defaultValue={text("tuteurFonction")}
              errors={errors?.tuteurFonction}
            />
          </div>
          <TextField
            label="Contact (téléphone ou e-mail)"
            name="tuteurContact"
            required
            maxLength={TUTEUR_MAX}
            autoComplete="off"
            defaultValue={text("tuteurContact")}
            errors={errors?.tuteurContact}
          />
        </fieldset>
      </section>

      <fieldset className="card space-y-4">
        <legend className="float-left mb-2 w-full">
          <h2 className="text-2xl">Conditions du stage</h2>
        </legend>
        <p className="clear-left text-sm text-gray-700">Cochez ce qui s&apos;applique à ce stage.</p>
        <div className="space-y-3">
          <CheckboxField
            name="gratification"
            label="Stage gratifié"
            defaultChecked={checked("gratification")}
          />
          <div className="pl-8">
            <TextField
              label="Précisions sur la gratification"
              name="gratificationDetail"
              maxLength={TEXTE_COURT_MAX}
              hint="Si le stage est gratifié : montant, conditions."
              defaultValue={text("gratificationDetail")}
              errors={errors?.gratificationDetail}
            />
          </div>
        </div>
        <CheckboxField
          name="logement"
          label="Logement possible sur place ou à proximité"
          defaultChecked={checked("logement")}
        />
        <div className="space-y-3">
          <CheckboxField
            name="sansVoiture"
            label="Accessible sans voiture (bus, train)"
            defaultChecked={checked("sansVoiture")}
          />
          <div className="space-y-5 pl-8">
            <TextField
              label="Ligne de bus ou de train"
              name="transportDetail"
              maxLength={TEXTE_COURT_MAX}
              hint="Par exemple : ligne XL’R 5, arrêt Mairie"
              defaultValue={text("transportDetail")}
              errors={errors?.transportDetail}
            />
            <TextField
              label="Distance de la gare ou de l'arrêt (km)"
              name="distanceGareKm"
              type="number"
              inputMode="decimal"
              step="0.1"
              min={0}
              max={200}
              className="sm:max-w-40"
              defaultValue={text("distanceGareKm")}
              errors={errors?.distanceGareKm}
            />
          </div>
        </div>
        <CheckboxField
          name="permisRequis"
          label="Permis de conduire exigé"
          defaultChecked={checked("permisRequis")}
        />
        <CheckboxField
          name="horairesNuit"
          label="Horaires de nuit"
          defaultChecked={checked("horairesNuit")}
        />
        <CheckboxField
          name="horairesWeekend"
          label="Horaires de week-end"
          defaultChecked={checked("horairesWeekend")}
        />
      </fieldset>

      <div className="card space-y-4">
        {live ? (
          <p className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
            Cette offre est publiée. Si vous ne changez que le nombre de places, elle reste publiée ; toute
            autre modification la renvoie à la modération, et elle n&apos;est plus visible jusqu&apos;à sa
            nouvelle validation.
          </p>
        ) : (
          <p>
            Un brouillon n&apos;est visible que par votre organisation. Une offre soumise est relue par
            l&apos;équipe de l&apos;institut avant d&apos;apparaître sur la carte.
          </p>
        )}
        {pending ? (
          <p className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
            Votre organisation n&apos;est pas encore vérifiée par l&apos;institut : vous pouvez enregistrer un
            brouillon dès maintenant, la soumission à la modération sera possible après la vérification.
          </p>
        ) : null}
        <IntentButtons
          submitLabel={live ? "Enregistrer les modifications" : "Soumettre à la modération"}
          draftLabel={live ? "Retirer de la carte et garder en brouillon" : "Enregistrer le brouillon"}
        />
      </div>
    </>
  );
}

type Row = { key: number; debut: string; fin: string; errors: string[] };

/**
 * Period rows (periodeDebut / periodeFin pairs, in order). Without JavaScript the rows rendered on the
 * server are the existing ones plus an empty one; with it, rows can be added and removed.
 */
function Periodes({ values, errors }: { values: FormValues; errors?: string[] }) {
  const baseId = useId();
  const hydrated = useHydrated();
  const [touteLAnnee, setTouteLAnnee] = useState(valueOf(values, "touteLAnnee") === "on");
  const rowErrors = splitRowErrors(errors, "Période");
  const general = rowErrors.general;
  const { rows, add, remove, addButton } = useRepeatedRows<Row>(
    () => {
      const debuts = valuesOf(values, "periodeDebut");
      const fins = valuesOf(values, "periodeFin");
      const count = Math.max(debuts.length, fins.length);
      const initial: Row[] = Array.from({ length: count }, (_, i) => ({
        key: i,
        debut: debuts[i] ?? "",
        fin: fins[i] ?? "",
        errors: rowErrors.forRow(i),
      }));
      const last = initial.at(-1);
      if (!last || last.debut || last.fin) initial.push({ key: count, debut: "", fin: "", errors: [] });
      return initial;
    },
    (key) => ({ key, debut: "", fin: "", errors: [] }),
    (key) => `${baseId}-debut-${key}`,
  );

  const errorId = `${baseId}-erreurs`;
  const disabled = hydrated && touteLAnnee;
  return (
    <fieldset className="space-y-4" aria-describedby={`${baseId}-aide${general.length ? ` ${errorId}` : ""}`}>
      <legend className="font-semibold">Périodes d&apos;accueil</legend>
      <p id={`${baseId}-aide`} className="text-sm text-gray-700">
        Indiquez les périodes pendant lesquelles vous pouvez accueillir un ou une stagiaire, ou cochez « toute
        l&apos;année ». Une ligne laissée vide est ignorée.
      </p>
      <FieldsetErrors id={errorId} errors={general} />
      <CheckboxField
        name="touteLAnnee"
        label="Toute l'année (pas de période précise)"
        defaultChecked={touteLAnnee}
        onChange={(e) => setTouteLAnnee(e.target.checked)}
      />
      <ol className="space-y-4">
        {rows.map((row, index) => {
          const rowErrorId = row.errors.length ? `${baseId}-erreur-${row.key}` : undefined;
          return (
            <li key={row.key}>
              <fieldset
                disabled={disabled}
                className={`rounded-md border p-4 ${row.errors.length ? "border-2 border-red-700" : "border-gray-300"} ${disabled ? "bg-gray-50" : ""}`}
              >
                <legend className="px-1 font-semibold">Période {index + 1}</legend>
                {rowErrorId ? (
                  <p id={rowErrorId} className="mb-3 flex gap-1 text-sm font-semibold text-red-800">
                    <span aria-hidden="true">⚠</span>
                    {row.errors.join(" ")}
                  </p>
                ) : null}
                <div className="flex flex-col gap-4 sm:flex-row sm:items-end">
                  <div className="space-y-1 sm:flex-1">
                    <label htmlFor={`${baseId}-debut-${row.key}`} className="block font-semibold">
                      Date de début
                    </label>
                    <input
                      id={`${baseId}-debut-${row.key}`}
                      type="date"
                      name="periodeDebut"
                      defaultValue={row.debut}
                      aria-invalid={rowErrorId ? true : undefined}
                      aria-describedby={rowErrorId}
                      className="input"
                    />
                  </div>
                  <div className="space-y-1 sm:flex-1">
                    <label htmlFor={`${baseId}-fin-${row.key}`} className="block font-semibold">
                      Date de fin
                    </label>
                    <input
                      id={`${baseId}-fin-${row.key}`}
                      type="date"
                      name="periodeFin"
                      defaultValue={row.fin}
                      aria-invalid={rowErrorId ? true : undefined}
                      aria-describedby={rowErrorId}
                      className="input"
                    />
                  </div>
                  {hydrated ? (
                    <button type="button" className="btn-secondary" onClick={() => remove(row.key)}>
                      Retirer cette période
                    </button>
                  ) : null}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {hydrated && rows.length < PERIODES_MAX ? (
        <button ref={addButton} type="button" className="btn-secondary" onClick={add} disabled={disabled}>
          <span aria-hidden="true">+</span> Ajouter une période
        </button>
      ) : null}
    </fieldset>
  );
}
