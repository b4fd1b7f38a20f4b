"use client";

import { useState } from "react";
import { enregistrerFormation } from "@/lib/formations/actions";
import {
  DUREE_HEURES_MAX,
  FORMATION_COURT_MAX,
  FORMATION_TEXTE_MAX,
  FORMATION_TITRE_MAX,
  MODALITE_LABELS,
  PUBLICS_VISES_MAX,
  URL_MAX,
} from "@/lib/formations/constants";
import type { FormValues } from "@/lib/actions/result";
import { valueOf } from "@/components/forms/Field";
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
import { FormationSessions } from "@/components/formations/FormationSessions";

export type FormationFormSite = { id: string; nom: string; commune: string; organisationId: string };
export type FormationFormDiplome = { id: string; intitule: string; niveau: number; rncp: string | null };
export type FormationFormOrganisation = OfferOrganisation;

type Props = {
  /** Accessible name of the form. */
  label: string;
  organisations: FormationFormOrganisation[];
  sites: FormationFormSite[];
  diplomes: FormationFormDiplome[];
  /** Values shown before any submission (a new offer's defaults, or the stored offer). */
  initial: FormValues;
  offreId?: string;
  /** The offer is published: saving it again sends it back to moderation. */
  live?: boolean;
};

/** Creates or edits a training offer with its sessions; posts to enregistrerFormation as a draft or for moderation. */
export function FormationForm(props: Props) {
  const form = useActionForm(enregistrerFormation, props.initial);
  return (
    <form key={form.key} action={form.action} noValidate aria-label={props.label} className="space-y-8">
      <FormMessage state={form.state} />
      {props.offreId ? <input type="hidden" name="offreId" value={props.offreId} /> : null}
      <FormationFormFields {...props} values={form.values} errors={form.errors} />
    </form>
  );
}

// Holds the interactive state; remounted with the form after each submission, so it starts again
// from the echoed values.
function FormationFormFields({
  organisations,
  sites,
  diplomes,
  live,
  values,
  errors,
}: Props & { values: FormValues; errors: FieldErrors }) {
  const text = (name: string) => valueOf(values, name) ?? "";
  const checked = (name: string) => valueOf(values, name) === "on";
  const [organisationId, setOrganisationId] = useState(
    initialOrganisationId(organisations, text("organisationId")),
  );
  const choosableSites = sites.filter((s) => !organisationId || s.organisationId === organisationId);

  return (
    <>
      <section aria-labelledby="formation-titre-offre" className="card space-y-5">
        <h2 id="formation-titre-offre" className="text-2xl">
          La formation
        </h2>
        <OrganisationChoice
          organisations={organisations}
          label="Organisme de formation"
          value={organisationId}
          onChange={setOrganisationId}
          errors={errors?.organisationId}
        />
        <SelectField
          label="Diplôme préparé"
          name="diplomeId"
          required
          hint="Le diplôme ou titre auquel la formation prépare (niveau de qualification et fiche RNCP quand elle est connue)."
          placeholder="— Choisir un diplôme —"
          options={diplomes.map((d) => ({
            value: d.id,
            label: `${d.intitule} (niveau ${d.niveau}${d.rncp ? `, ${d.rncp}` : ""})`,
          }))}
          defaultValue={text("diplomeId")}
          errors={errors?.diplomeId}
        />
        <CountedText
          label="Intitulé de la formation"
          name="titre"
          max={FORMATION_TITRE_MAX}
          defaultValue={text("titre")}
          errors={errors?.titre}
          example="Par exemple : DEAES en apprentissage, session de Dax"
        />
        <SelectField
          label="Modalité"
          name="modalite"
          required
          options={Object.entries(MODALITE_LABELS).map(([value, label]) => ({ value, label }))}
          defaultValue={text("modalite")}
          errors={errors?.modalite}
        />
        <CountedText
          label="Présentation"
          name="description"
          max={FORMATION_TEXTE_MAX}
          multiline
          defaultValue={text("description")}
          errors={errors?.description}
          example="Les objectifs, le contenu, les débouchés : ce qu'une future apprenante ou un futur apprenant doit savoir."
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="Durée totale (heures)"
            name="dureeHeures"
            type="number"
            inputMode="numeric"
            min={1}
            max={DUREE_HEURES_MAX}
            required
            hint="Heures en centre et en stage."
            defaultValue={text("dureeHeures")}
            errors={errors?.dureeHeures}
          />
          <TextField
            label="Heures de stage"
            name="heuresStage"
            type="number"
            inputMode="numeric"
            min={0}
            max={DUREE_HEURES_MAX}
            required
            hint="Part de la durée totale passée en stage pratique, en structure (0 s'il n'y en a pas)."
            defaultValue={text("heuresStage")}
            errors={errors?.heuresStage}
          />
        </div>
      </section>

      <FormationSessions values={values} errors={errors?.sessions} sites={choosableSites} />

      <section aria-labelledby="formation-titre-admission" className="card space-y-5">
        <h2 id="formation-titre-admission" className="text-2xl">
          Admission et financement
        </h2>
        <CountedText
          label="Prérequis"
          name="prerequis"
          max={FORMATION_TEXTE_MAX}
          multiline
          rows={4}
          defaultValue={text("prerequis")}
          errors={errors?.prerequis}
          example="Diplômes, expérience ou conditions demandés ; « Aucun » s'il n'y en a pas."
        />
        <CountedText
          label="Modalités de sélection"
          name="selection"
          max={FORMATION_TEXTE_MAX}
          multiline
          rows={4}
          defaultValue={text("selection")}
          errors={errors?.selection}
          example="Par exemple : dossier, épreuve écrite, entretien de motivation."
        />
        <CountedText
          label="Coût et financements"
          name="couts"
          max={FORMATION_TEXTE_MAX}
          multiline
          rows={4}
          defaultValue={text("couts")}
          errors={errors?.couts}
          example="Le coût de la formation et qui peut le prendre en charge."
        />
        <TextField
          label="Public visé (codes FORMACODE)"
          name="codesPublicVise"
          required
          inputMode="numeric"
          autoComplete="off"
          maxLength={200}
          hint={`De 1 à ${PUBLICS_VISES_MAX} codes de 5 chiffres de la liste « Publics » du Formacode (Centre Inffo), séparés par des espaces, tels que vous les déclarez au Carif-Oref. Ils figurent dans le flux LHÉO.`}
          defaultValue={text("codesPublicVise")}
          errors={errors?.codesPublicVise}
        />
        <fieldset className="space-y-3">
          <legend className="font-semibold">Dispositifs de financement</legend>
          <p className="text-sm text-gray-700">Cochez ce qui s&apos;applique à cette formation.</p>
          <CheckboxField
            name="financeRegion"
            label="Financement Région"
            defaultChecked={checked("financeRegion")}
          />
          <CheckboxField name="cpf" label="Éligible CPF" defaultChecked={checked("cpf")} />
          <CheckboxField
            name="apprentissage"
            label="Possible en apprentissage"
            defaultChecked={checked("apprentissage")}
          />
        </fieldset>
      </section>

      <section aria-labelledby="formation-titre-contacts" className="card space-y-5">
        <h2 id="formation-titre-contacts" className="text-2xl">
          Contacts
        </h2>
        <TextField
          label="Contact pour les candidatures"
          name="contact"
          required
          maxLength={FORMATION_COURT_MAX}
          hint="Téléphone, e-mail ou nom d'une personne ; visible dans le catalogue."
          defaultValue={text("contact")}
          errors={errors?.contact}
        />
        <TextField
          label="Référent handicap"
          name="accessibiliteContact"
          required
          maxLength={FORMATION_COURT_MAX}
          hint="Nom et coordonnées de la personne qui étudie l'adaptation de la formation à un handicap."
          defaultValue={text("accessibiliteContact")}
          errors={errors?.accessibiliteContact}
        />
        <TextField
          label="Lien vers la page de la formation sur votre site"
          name="lienOrganisme"
          type="url"
          inputMode="url"
          maxLength={URL_MAX}
          hint="Adresse complète, par exemple : https://www.mon-organisme.fr/deaes"
          defaultValue={text("lienOrganisme")}
          errors={errors?.lienOrganisme}
        />
      </section>

      <ModerationSubmit
        live={!!live}
        liveNotice={
          <>
            Cette formation est publiée. Les modifications soumises sont relues par l&apos;équipe de
            l&apos;institut : la formation quitte le catalogue jusqu&apos;à leur validation.
          </>
        }
        draftNotice={
          <>
            Un brouillon n&apos;est visible que par votre organisme. Une formation soumise est relue par
            l&apos;équipe de l&apos;institut avant d&apos;apparaître dans le catalogue.
          </>
        }
        unverifiedNotice={
          awaitingVerification(organisations, organisationId) ? (
            <>
              Votre organisme n&apos;est pas encore vérifié par l&apos;institut : vous pouvez enregistrer un
              brouillon dès maintenant, la soumission à la modération sera possible après la vérification.
            </>
          ) : null
        }
        submitLabel={live ? "Soumettre les modifications à la modération" : "Soumettre à la modération"}
        draftLabel={live ? "Retirer du catalogue et garder en brouillon" : "Enregistrer le brouillon"}
      />
    </>
  );
}
