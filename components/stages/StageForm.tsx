"use client";

import { useState } from "react";
import { enregistrerStage } from "@/lib/stages/actions";
import {
  DESCRIPTION_MAX,
  DUREE_MAX_SEMAINES,
  NIVEAUX,
  PLACES_MAX,
  PLACES_MIN,
  TEXTE_COURT_MAX,
  TITRE_MAX,
  TUTEUR_MAX,
} from "@/lib/stages/constants";
import type { FormValues } from "@/lib/actions/result";
import { valueOf, valuesOf } from "@/components/forms/Field";
import { CountedText } from "@/components/forms/CountedText";
import { FormMessage } from "@/components/forms/FormMessage";
import {
  awaitingVerification,
  initialOrganisationId,
  ModerationSubmit,
  OrganisationChoice,
  type OfferOrganisation,
} from "@/components/forms/ModeratedOffer";
import { SelectField } from "@/components/forms/SelectField";
import { TextField } from "@/components/forms/TextField";
import { useActionForm, type FieldErrors } from "@/components/forms/useActionForm";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { FieldsetErrors } from "@/components/forms/FieldsetErrors";
import { StagePeriodes } from "@/components/stages/StagePeriodes";

type Option = { value: string; label: string };

export type StageFormSite = {
  id: string;
  nom: string;
  commune: string;
  organisationId: string;
  publicId: string | null;
  categorieId: string | null;
};
export type StageFormDiplome = { id: string; intitule: string; metier: string; niveau: number };
export type StageFormOrganisation = OfferOrganisation;

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
  const form = useActionForm(enregistrerStage, props.initial);
  return (
    <form key={form.key} action={form.action} noValidate aria-label={props.label} className="space-y-8">
      <FormMessage state={form.state} />
      {props.offreId ? <input type="hidden" name="offreId" value={props.offreId} /> : null}
      <StageFormFields {...props} values={form.values} errors={form.errors} />
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
  const [organisationId, setOrganisationId] = useState(
    initialOrganisationId(organisations, text("organisationId")),
  );
  const [siteId, setSiteId] = useState(text("siteId"));
  const [publicId, setPublicId] = useState(text("publicId"));
  const [categorieId, setCategorieId] = useState(text("categorieId"));
  const choosableSites = sites.filter((s) => !organisationId || s.organisationId === organisationId);

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
        <OrganisationChoice
          organisations={organisations}
          label="Organisation"
          value={organisationId}
          onChange={onOrganisationChange}
          errors={errors?.organisationId}
        />
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
        <StagePeriodes values={values} errors={errors?.periodes} />
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

      <ModerationSubmit
        live={!!live}
        liveNotice={
          <>
            Cette offre est publiée. Si vous ne changez que le nombre de places, elle reste publiée ; toute
            autre modification la renvoie à la modération, et elle n&apos;est plus visible jusqu&apos;à sa
            nouvelle validation.
          </>
        }
        draftNotice={
          <>
            Un brouillon n&apos;est visible que par votre organisation. Une offre soumise est relue par
            l&apos;équipe de l&apos;institut avant d&apos;apparaître sur la carte.
          </>
        }
        unverifiedNotice={
          awaitingVerification(organisations, organisationId) ? (
            <>
              Votre organisation n&apos;est pas encore vérifiée par l&apos;institut : vous pouvez enregistrer
              un brouillon dès maintenant, la soumission à la modération sera possible après la vérification.
            </>
          ) : null
        }
        submitLabel={live ? "Enregistrer les modifications" : "Soumettre à la modération"}
        draftLabel={live ? "Retirer de la carte et garder en brouillon" : "Enregistrer le brouillon"}
      />
    </>
  );
}
