"use client";

import { useActionState, useId, useState } from "react";
import { enregistrerFormation } from "@/lib/formations/actions";
import {
  DUREE_HEURES_MAX,
  FORMATION_COURT_MAX,
  FORMATION_TEXTE_MAX,
  FORMATION_TITRE_MAX,
  MODALITE_LABELS,
  PUBLICS_VISES_MAX,
  RYTHME_DETAIL_MAX,
  RYTHME_LABELS,
  SESSION_PLACES_MAX,
  SESSIONS_MAX,
  URL_MAX,
} from "@/lib/formations/constants";
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

type FieldErrors = Record<string, string[] | undefined> | undefined;

export type FormationFormSite = { id: string; nom: string; commune: string; organisationId: string };
export type FormationFormDiplome = { id: string; intitule: string; niveau: number; rncp: string | null };
export type FormationFormOrganisation = { id: string; nom: string; verifiee: boolean };

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
  const [state, action] = useActionState(enregistrerFormation, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  const values = failure?.values ?? props.initial;
  return (
    <form key={formKey} action={action} noValidate aria-label={props.label} className="space-y-8">
      <FormMessage state={state} />
      {props.offreId ? <input type="hidden" name="offreId" value={props.offreId} /> : null}
      <FormationFormFields {...props} values={values} errors={failure?.fieldErrors} />
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
  const onlyOrganisation = organisations.length === 1 ? organisations[0] : undefined;
  const [organisationId, setOrganisationId] = useState(text("organisationId") || onlyOrganisation?.id || "");
  const choosableSites = sites.filter((s) => !organisationId || s.organisationId === organisationId);
  const selectedOrganisation = organisations.find((o) => o.id === organisationId);
  const pending = organisations.every((o) => !o.verifiee) || selectedOrganisation?.verifiee === false;

  return (
    <>
      <section aria-labelledby="formation-titre-offre" className="card space-y-5">
        <h2 id="formation-titre-offre" className="text-2xl">
          La formation
        </h2>
        {onlyOrganisation ? (
          <input type="hidden" name="organisationId" value={onlyOrganisation.id} />
        ) : (
          <SelectField
            label="Organisme de formation"
            name="organisationId"
            required
            options={organisations.map((o) => ({ value: o.id, label: o.nom }))}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
            errors={errors?.organisationId}
          />
        )}
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

      <Sessions values={values} errors={errors?.sessions} sites={choosableSites} />

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

      <div className="card space-y-4">
        {live ? (
          <p className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
            Cette formation est publiée. Les modifications soumises sont relues par l&apos;équipe de
            l&apos;institut : la formation quitte le catalogue jusqu&apos;à leur validation.
          </p>
        ) : (
          <p>
            Un brouillon n&apos;est visible que par votre organisme. Une formation soumise est relue par
            l&apos;équipe de l&apos;institut avant d&apos;apparaître dans le catalogue.
          </p>
        )}
        {pending ? (
          <p className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
            Votre organisme n&apos;est pas encore vérifié par l&apos;institut : vous pouvez enregistrer un
            brouillon dès maintenant, la soumission à la modération sera possible après la vérification.
          </p>
        ) : null}
        <IntentButtons
          submitLabel={live ? "Soumettre les modifications à la modération" : "Soumettre à la modération"}
          draftLabel={live ? "Retirer du catalogue et garder en brouillon" : "Enregistrer le brouillon"}
        />
      </div>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Sessions: repeated rows posted as parallel lists (sessionDebut, sessionFin…), read by readSessions.

const ROW_FIELDS = {
  siteId: "sessionSiteId",
  debut: "sessionDebut",
  fin: "sessionFin",
  limite: "sessionLimite",
  places: "sessionPlaces",
  rythme: "sessionRythme",
  rythmeDetail: "sessionRythmeDetail",
} as const;
type RowField = keyof typeof ROW_FIELDS;
type RowValues = Record<RowField, string>;
type Row = { key: number; initial: RowValues; errors: string[]; invalid: Set<RowField> };

// Which inputs a row's problem (as readSessions words it) is about; unknown wording flags the whole row.
const PROBLEM_FIELDS: [RegExp, RowField[]][] = [
  [/\bsite\b/i, ["siteId"]],
  [/date de début et une date de fin/i, ["debut", "fin"]],
  [/date de fin/i, ["debut", "fin"]],
  [/date limite/i, ["limite"]],
  [/places?\b/i, ["places"]],
  [/précisions sur le rythme/i, ["rythmeDetail"]],
  [/rythme/i, ["rythme"]],
];

function invalidFields(messages: string[]): Set<RowField> {
  const fields = new Set<RowField>();
  for (const message of messages) {
    const match = PROBLEM_FIELDS.find(([pattern]) => pattern.test(message));
    for (const f of match ? match[1] : (Object.keys(ROW_FIELDS) as RowField[])) fields.add(f);
  }
  return fields;
}

/** The same test as readSessions: a row without dates nor places is ignored. */
const isBlank = (v: RowValues) => !v.debut && !v.fin && !v.limite && !v.places;

/**
 * Session rows. Without JavaScript the rows rendered on the server are the existing ones plus an
 * empty one; with it, rows can be added and removed. Every row posts all of its inputs, so the
 * lists stay aligned.
 */
function Sessions({
  values,
  errors,
  sites,
}: {
  values: FormValues;
  errors?: string[];
  sites: FormationFormSite[];
}) {
  const baseId = useId();
  const hydrated = useHydrated();
  const defaultSite = sites.length === 1 ? (sites[0]?.id ?? "") : "";
  const blankRow = (key: number): Row => ({
    key,
    initial: {
      siteId: defaultSite,
      debut: "",
      fin: "",
      limite: "",
      places: "",
      rythme: "",
      rythmeDetail: "",
    },
    errors: [],
    invalid: new Set(),
  });
  const rowErrors = splitRowErrors(errors, "Session");
  const general = rowErrors.general;
  const { rows, add, remove, addButton } = useRepeatedRows<Row>(
    () => {
      const columns = Object.fromEntries(
        Object.entries(ROW_FIELDS).map(([field, name]) => [field, valuesOf(values, name)]),
      ) as Record<RowField, string[]>;
      const count = Math.max(...Object.values(columns).map((c) => c.length), 0);
      const initial: Row[] = Array.from({ length: count }, (_, i) => {
        const messages = rowErrors.forRow(i);
        return {
          key: i,
          initial: Object.fromEntries(
            (Object.keys(ROW_FIELDS) as RowField[]).map((f) => [f, columns[f][i] ?? ""]),
          ) as RowValues,
          errors: messages,
          invalid: invalidFields(messages),
        };
      });
      const last = initial.at(-1);
      if (!last || !isBlank(last.initial)) initial.push(blankRow(count));
      return initial;
    },
    blankRow,
    (key) => `${baseId}-siteId-${key}`,
  );

  const errorId = `${baseId}-erreurs`;
  return (
    <fieldset
      className="card space-y-4"
      aria-describedby={`${baseId}-aide${general.length ? ` ${errorId}` : ""}`}
    >
      <legend className="float-left mb-2 w-full">
        <h2 className="text-2xl">Sessions</h2>
      </legend>
      <p id={`${baseId}-aide`} className="clear-left text-sm text-gray-700">
        Une session par groupe d&apos;apprenant·es : où et quand elle a lieu, combien de places, à quel
        rythme. Une ligne sans dates ni places est ignorée.
      </p>
      <FieldsetErrors id={errorId} errors={general} />
      <ol className="space-y-4">
        {rows.map((row, index) => (
          <li key={row.key}>
            <SessionRow
              row={row}
              number={index + 1}
              idPrefix={baseId}
              sites={sites}
              onRemove={hydrated ? () => remove(row.key) : undefined}
            />
          </li>
        ))}
      </ol>
      {hydrated && rows.length < SESSIONS_MAX ? (
        <button ref={addButton} type="button" className="btn-secondary" onClick={add}>
          <span aria-hidden="true">+</span> Ajouter une session
        </button>
      ) : null}
    </fieldset>
  );
}

function SessionRow({
  row,
  number,
  idPrefix,
  sites,
  onRemove,
}: {
  row: Row;
  number: number;
  idPrefix: string;
  sites: FormationFormSite[];
  onRemove?: () => void;
}) {
  const id = (f: RowField) => `${idPrefix}-${f}-${row.key}`;
  const errorId = row.errors.length ? `${idPrefix}-erreur-${row.key}` : undefined;
  const detailHintId = `${idPrefix}-rythmeDetail-aide-${row.key}`;
  const control = (f: RowField, hintId?: string) => {
    const invalid = row.invalid.has(f);
    const describedBy = [hintId, invalid ? errorId : undefined].filter(Boolean).join(" ") || undefined;
    return {
      id: id(f),
      name: ROW_FIELDS[f],
      defaultValue: row.initial[f],
      "aria-invalid": invalid ? (true as const) : undefined,
      "aria-describedby": describedBy,
      className: "input",
    };
  };
  const label = (f: RowField, text: string, optional?: boolean) => (
    <label htmlFor={id(f)} className="block font-semibold">
      {text}
      {optional ? <span className="font-normal text-gray-700"> (facultatif)</span> : null}
    </label>
  );
  return (
    <fieldset
      className={`rounded-md border p-3 sm:p-4 ${row.errors.length ? "border-2 border-red-700" : "border-gray-300"}`}
    >
      <legend className="px-1 font-semibold">Session {number}</legend>
      <div className="space-y-4">
        {errorId ? (
          <div id={errorId} className="space-y-1 text-sm font-semibold text-red-800">
            {row.errors.map((message) => (
              <p key={message} className="flex gap-1">
                <span aria-hidden="true">⚠</span>
                {message}
              </p>
            ))}
          </div>
        ) : null}
        <div className="space-y-1">
          {label("siteId", "Site")}
          <select {...control("siteId")}>
            <option value="">— Choisir un site —</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.nom} ({s.commune})
              </option>
            ))}
          </select>
        </div>
        {/* Aligned on the inputs: a label that wraps must not shift its neighbour's input. */}
        <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
          <div className="space-y-1">
            {label("debut", "Date de début")}
            <input type="date" {...control("debut")} />
          </div>
          <div className="space-y-1">
            {label("fin", "Date de fin")}
            <input type="date" {...control("fin")} />
          </div>
          <div className="space-y-1">
            {label("limite", "Date limite de candidature", true)}
            <input type="date" {...control("limite")} />
          </div>
          <div className="space-y-1">
            {label("places", "Nombre de places")}
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={SESSION_PLACES_MAX}
              {...control("places")}
            />
          </div>
        </div>
        <div className="space-y-1 sm:w-1/2 sm:pr-2">
          {label("rythme", "Rythme")}
          <select {...control("rythme")}>
            <option value="">— Choisir —</option>
            {Object.entries(RYTHME_LABELS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          {label("rythmeDetail", "Précisions sur le rythme", true)}
          <p id={detailHintId} className="text-sm text-gray-700">
            Par exemple : 2 jours en centre / 3 jours en structure.
          </p>
          <input type="text" maxLength={RYTHME_DETAIL_MAX} {...control("rythmeDetail", detailHintId)} />
        </div>
        {onRemove ? (
          <button type="button" className="btn-secondary" onClick={onRemove}>
            Retirer cette session
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
