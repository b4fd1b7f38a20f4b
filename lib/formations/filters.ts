// Search filters of the training catalogue (/formations), read from the URL field by field (pure and
// client-safe): a bad value is left out and the page says so, the others still apply.
import { z } from "zod";
import { RAYON_DEFAUT_KM, TEXTE_MAX } from "@/lib/carte/filters";
import { MODALITE_LABELS, SESSION_PLACES_MAX, type Modalite } from "@/lib/formations/constants";
import {
  checkboxParam,
  checkPeriode,
  checkReferences,
  countActiveFilters,
  dayParam,
  describeFieldIssue,
  filterSearchParams,
  hrefWithParams,
  integerParam,
  parseFields,
  withRayon,
  type FieldIssue,
  type RawParams,
} from "@/lib/search-params";
import { RAYON_MAX_KM, RAYON_MIN_KM } from "@/lib/stages/constants";

/** Cards shown per "Voir plus" step, and the number of steps. */
export const FORMATIONS_PAGE_TAILLE = 20;
export const FORMATIONS_PAGE_MAX = 10;

export type FormationFilters = {
  q?: string;
  diplome?: string;
  modalite?: Modalite;
  territoire?: string;
  commune?: string;
  /** km; only set with a commune (defaults to RAYON_DEFAUT_KM then) */
  rayon?: number;
  /** "YYYY-MM-DD": a session starts between du and au (either may be open) */
  du?: string;
  au?: string;
  /** a session offers at least this many places */
  places?: number;
  /** apprenticeship possible (flag or modality) */
  apprentissage?: boolean;
};

export type FormationFilterKey = keyof FormationFilters;
/** "liste": the cards only; "carte": the map of the training sites beside the cards. */
export type FormationVue = "liste" | "carte";
/** Fields that can be reported as ignored: the filters, the period as a whole, the page and the view. */
export type FormationField = FormationFilterKey | "periode" | "page" | "vue";

/** The fields in URL order (also the order of the form). */
export const FORMATION_FILTER_KEYS = [
  "q",
  "diplome",
  "modalite",
  "territoire",
  "commune",
  "rayon",
  "du",
  "au",
  "places",
  "apprentissage",
] as const satisfies readonly FormationFilterKey[];

/** How each field is named in messages (the label of its form control, in lower case). */
export const FORMATION_FIELD_LABELS: Record<FormationField, string> = {
  q: "mots-clés",
  diplome: "diplôme",
  modalite: "modalité",
  territoire: "territoire",
  commune: "commune",
  rayon: "rayon",
  du: "début entre le",
  au: "et le",
  places: "places, au moins",
  apprentissage: "apprentissage possible",
  periode: "période de début",
  page: "page",
  vue: "affichage",
};

const MODALITES = Object.keys(MODALITE_LABELS) as [Modalite, ...Modalite[]];

const FIELD_SCHEMAS = {
  q: z.string().max(TEXTE_MAX, `${TEXTE_MAX} caractères au maximum.`),
  diplome: z.string().regex(/^[a-z0-9-]{1,64}$/, "valeur non reconnue."),
  modalite: z.enum(MODALITES, { error: "valeur non reconnue." }),
  territoire: z.string().regex(/^[a-z0-9-]{1,64}$/, "valeur non reconnue."),
  commune: z.string().regex(/^(\d{5}|2[AB]\d{3})$/, "code INSEE de commune attendu (5 caractères)."),
  rayon: integerParam(
    `le rayon doit être un nombre entier de kilomètres entre ${RAYON_MIN_KM} et ${RAYON_MAX_KM}.`,
    RAYON_MIN_KM,
    RAYON_MAX_KM,
  ),
  du: dayParam,
  au: dayParam,
  places: integerParam(
    `nombre entier de places entre 1 et ${SESSION_PLACES_MAX} attendu.`,
    1,
    SESSION_PLACES_MAX,
  ),
  apprentissage: checkboxParam,
} satisfies Record<FormationFilterKey, z.ZodType>;

const PAGE_SCHEMA = integerParam(
  `numéro de page entre 1 et ${FORMATIONS_PAGE_MAX} attendu.`,
  1,
  FORMATIONS_PAGE_MAX,
);
const VUE_SCHEMA = z.enum(["liste", "carte"], { error: "« liste » ou « carte » attendu." });

export type FormationFilterIssue = FieldIssue<FormationField>;

/** Parses every field on its own: a bad value is left out and reported, the others still apply. */
export function parseFormationFilters(raw: RawParams): {
  filters: FormationFilters;
  page: number;
  vue: FormationVue;
  issues: FormationFilterIssue[];
} {
  const fields = parseFields(raw, FIELD_SCHEMAS);
  const periode = checkPeriode(fields.values, "la seconde date est avant la première.");
  const display = parseFields(raw, { page: PAGE_SCHEMA, vue: VUE_SCHEMA });
  return {
    filters: withRayon(periode.filters, RAYON_DEFAUT_KM),
    page: display.values.page ?? 1,
    vue: display.values.vue ?? "liste",
    issues: [...fields.issues, ...periode.issues, ...display.issues],
  };
}

/** Values known to the reference data, per list of the form. */
export type FormationFilterReferences = Record<"diplomes" | "territoires" | "communes", { value: string }[]>;

const REFERENCE_FIELDS = [
  ["diplome", "diplomes"],
  ["territoire", "territoires"],
  ["commune", "communes"],
] as const;

/** Drops (and reports) values that are well formed but name nothing in the reference data. */
export function checkFormationFilterReferences(
  filters: FormationFilters,
  references: FormationFilterReferences,
): { filters: FormationFilters; issues: FormationFilterIssue[] } {
  return checkReferences(filters, REFERENCE_FIELDS, references);
}

/** The sentence shown to the user for an ignored value. */
export function describeFormationIssue(issue: FormationFilterIssue): string {
  if (issue.champ === "vue") return `Le choix d'affichage a été ignoré : ${issue.message}`;
  return describeFieldIssue(issue, FORMATION_FIELD_LABELS);
}

/** Canonical query string (fixed order, defaults left out), for links. */
export function formationsSearchParams(
  filters: FormationFilters,
  options: { page?: number; vue?: FormationVue } = {},
): URLSearchParams {
  const params = filterSearchParams(filters, FORMATION_FILTER_KEYS);
  if (options.vue === "carte") params.set("vue", "carte");
  if (options.page && options.page > 1) params.set("page", String(options.page));
  return params;
}

/** Href of /formations with these filters. */
export function formationsHref(
  filters: FormationFilters,
  options: { page?: number; vue?: FormationVue; hash?: string } = {},
): string {
  return hrefWithParams("/formations", formationsSearchParams(filters, options), options.hash);
}

/** Number of filters the user set (the radius counts with its commune). */
export function activeFormationFilterCount(filters: FormationFilters): number {
  return countActiveFilters(filters, FORMATION_FILTER_KEYS);
}
