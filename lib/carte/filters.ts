// Search filters of the stage map, read from the URL field by field (pure and client-safe):
// the page ignores a bad value and says so; the map endpoint refuses it (400).
import { z } from "zod";
import {
  checkboxParam,
  checkPeriode,
  checkReferences,
  countActiveFilters,
  dayParam,
  describeFieldIssue,
  filterSearchParams,
  firstValue,
  hrefWithParams,
  integerParam,
  parseFields,
  withRayon,
  type FieldIssue,
  type RawParams,
} from "@/lib/search-params";
import { PLACES_MAX, RAYON_MAX_KM, RAYON_MIN_KM } from "@/lib/stages/constants";

export const RAYON_DEFAUT_KM = 30;
export const RAYON_OPTIONS_KM = [5, 10, 15, 20, 30, 40, 50, 60] as const;
export const TEXTE_MAX = 100;
/** Cards shown per "Voir plus" step, and the number of steps: the list shows at most 300 cards. */
export const PAGE_TAILLE = 30;
export const PAGE_MAX = 10;
export const ZOOM_MAX = 20;

export type CarteFilters = {
  q?: string;
  diplome?: string;
  public?: string;
  categorie?: string;
  territoire?: string;
  epci?: string;
  commune?: string;
  /** km; only set with a commune (defaults to RAYON_DEFAUT_KM then) */
  rayon?: number;
  /** "YYYY-MM-DD": available between du and au (either may be open) */
  du?: string;
  au?: string;
  places?: number;
  logement?: boolean;
  sansVoiture?: boolean;
  /** display option, not a filter: adds the pooled housing and mobility layer (lib/ressources) */
  ressources?: boolean;
};

export type CarteFilterKey = keyof CarteFilters;
/** Fields that can be reported as ignored: the filters, the period as a whole, and the page. */
export type CarteField = CarteFilterKey | "periode" | "page";

/** The fields in URL order (also the order of the form). */
export const FILTER_KEYS = [
  "q",
  "diplome",
  "public",
  "categorie",
  "territoire",
  "epci",
  "commune",
  "rayon",
  "du",
  "au",
  "places",
  "logement",
  "sansVoiture",
  "ressources",
] as const satisfies readonly CarteFilterKey[];

/** How each field is named in messages (the label of its form control, in lower case). */
export const FIELD_LABELS: Record<CarteField, string> = {
  q: "mots-clés",
  diplome: "diplôme ou métier",
  public: "public accompagné",
  categorie: "type d'établissement",
  territoire: "territoire",
  epci: "intercommunalité",
  commune: "commune",
  rayon: "rayon",
  du: "disponible à partir du",
  au: "disponible jusqu'au",
  places: "places disponibles",
  logement: "logement possible",
  sansVoiture: "accessible sans voiture",
  ressources: "afficher l'hébergement et la mobilité à proximité",
  periode: "période",
  page: "page",
};

const slug = z.string().regex(/^[a-z0-9-]{1,64}$/, "valeur non reconnue.");
const code = z.string().regex(/^[A-Z0-9_]{1,40}$/, "valeur non reconnue.");

const FIELD_SCHEMAS = {
  q: z.string().max(TEXTE_MAX, `${TEXTE_MAX} caractères au maximum.`),
  diplome: slug,
  public: code,
  categorie: code,
  territoire: slug,
  epci: z.string().regex(/^\d{9}$/, "code d'intercommunalité attendu (numéro SIREN à 9 chiffres)."),
  commune: z.string().regex(/^(\d{5}|2[AB]\d{3})$/, "code INSEE de commune attendu (5 caractères)."),
  rayon: integerParam(
    `le rayon doit être un nombre entier de kilomètres entre ${RAYON_MIN_KM} et ${RAYON_MAX_KM}.`,
    RAYON_MIN_KM,
    RAYON_MAX_KM,
  ),
  du: dayParam,
  au: dayParam,
  places: integerParam(`nombre entier de places entre 1 et ${PLACES_MAX} attendu.`, 1, PLACES_MAX),
  logement: checkboxParam,
  sansVoiture: checkboxParam,
  ressources: checkboxParam,
} satisfies Record<CarteFilterKey, z.ZodType>;

const PAGE_SCHEMA = integerParam(`numéro de page entre 1 et ${PAGE_MAX} attendu.`, 1, PAGE_MAX);

export type FilterIssue = FieldIssue<CarteField>;

/** Parses every field on its own: a bad value is left out and reported, the others still apply. */
export function parseCarteFilters(raw: RawParams): {
  filters: CarteFilters;
  page: number;
  issues: FilterIssue[];
} {
  const fields = parseFields(raw, FIELD_SCHEMAS);
  const periode = checkPeriode(fields.values, "la date de fin est avant la date de début.");
  const pagination = parseFields(raw, { page: PAGE_SCHEMA });
  return {
    filters: withRayon(periode.filters, RAYON_DEFAUT_KM),
    page: pagination.values.page ?? 1,
    issues: [...fields.issues, ...periode.issues, ...pagination.issues],
  };
}

/** Values known to the reference data, per list of the form. */
export type FilterReferences = Record<
  "diplomes" | "publics" | "categories" | "territoires" | "epcis" | "communes",
  { value: string }[]
>;

const REFERENCE_FIELDS = [
  ["diplome", "diplomes"],
  ["public", "publics"],
  ["categorie", "categories"],
  ["territoire", "territoires"],
  ["epci", "epcis"],
  ["commune", "communes"],
] as const;

/** Drops (and reports) values that are well formed but name nothing in the reference data. */
export function checkFilterReferences(
  filters: CarteFilters,
  references: FilterReferences,
): { filters: CarteFilters; issues: FilterIssue[] } {
  return checkReferences(filters, REFERENCE_FIELDS, references);
}

/** The sentence shown to the user for an ignored value. */
export function describeIssue(issue: FilterIssue): string {
  return describeFieldIssue(issue, FIELD_LABELS);
}

/** Canonical query string of the filters (fixed order, defaults left out), for links and the map. */
export function carteSearchParams(filters: CarteFilters, page = 1): URLSearchParams {
  const params = filterSearchParams(filters, FILTER_KEYS);
  if (page > 1) params.set("page", String(page));
  return params;
}

/** Href of /carte with these filters. */
export function carteHref(filters: CarteFilters, page = 1, hash = ""): string {
  return hrefWithParams("/carte", carteSearchParams(filters, page), hash);
}

/** Number of filters the user set (the radius counts with its commune). */
export function activeFilterCount(filters: CarteFilters): number {
  // The resource layer shows more on the map; it filters nothing out.
  return countActiveFilters(
    filters,
    FILTER_KEYS.filter((k) => k !== "ressources"),
  );
}

// --- The map endpoint: strict --------------------------------------------------------------

/** [minLng, minLat, maxLng, maxLat], as in GeoJSON and Leaflet's toBBoxString(). */
export type Bbox = [number, number, number, number];

export type CarteMapRequest = { filters: CarteFilters; bbox: Bbox; zoom: number };

const coordinate = z.coerce.number().refine(Number.isFinite);

/** Parses "minLng,minLat,maxLng,maxLat"; a French message when it is missing or wrong. */
export function parseBbox(value: string | undefined): Bbox | string {
  if (value === undefined) return "paramètre obligatoire (minLng,minLat,maxLng,maxLat).";
  const parts = value.split(",");
  if (parts.length !== 4 || parts.some((p) => !coordinate.safeParse(p.trim()).success || p.trim() === "")) {
    return "quatre nombres séparés par des virgules attendus (minLng,minLat,maxLng,maxLat).";
  }
  const [minLng, minLat, maxLng, maxLat] = parts.map(Number) as Bbox;
  if (minLng < -180 || maxLng > 180 || minLat < -90 || maxLat > 90) return "coordonnées hors limites.";
  if (minLng >= maxLng || minLat >= maxLat) return "le minimum doit être inférieur au maximum.";
  return [minLng, minLat, maxLng, maxLat];
}

const ZOOM_SCHEMA = integerParam(`nombre entier entre 0 et ${ZOOM_MAX} attendu.`, 0, ZOOM_MAX);

/**
 * Strict parse of a map data request: filters, `bbox` and `zoom` (both required). Any bad value
 * gives `champs` (field → French message) instead; parameters it does not know are ignored.
 */
export function parseCarteMapRequest(
  params: URLSearchParams,
): { ok: true; request: CarteMapRequest } | { ok: false; champs: Record<string, string> } {
  const { filters, issues } = parseCarteFilters(params);
  const champs: Record<string, string> = {};
  for (const issue of issues) if (issue.champ !== "page") champs[issue.champ] = issue.message;
  const bbox = parseBbox(firstValue(params, "bbox"));
  if (typeof bbox === "string") champs.bbox = bbox;
  const rawZoom = firstValue(params, "zoom");
  const zoom = ZOOM_SCHEMA.safeParse(rawZoom);
  if (!zoom.success)
    champs.zoom = rawZoom === undefined ? "paramètre obligatoire." : zoom.error.issues[0]!.message;
  if (Object.keys(champs).length > 0 || typeof bbox === "string" || !zoom.success)
    return { ok: false, champs };
  return { ok: true, request: { filters, bbox, zoom: zoom.data } };
}
