// Search filters of the stage map, read from the URL field by field (pure and client-safe):
// the page ignores a bad value and says so; the map endpoint refuses it (400).
import { z } from "zod";
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
  periode: "période",
  page: "page",
};

const slug = z.string().regex(/^[a-z0-9-]{1,64}$/, "valeur non reconnue.");
const code = z.string().regex(/^[A-Z0-9_]{1,40}$/, "valeur non reconnue.");
const day = z.iso.date({ error: "date invalide (format attendu : aaaa-mm-jj)." });
const integer = (message: string, min: number, max: number) =>
  z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
const checkbox = z
  .enum(["on", "1", "true", "oui"], { error: "valeur non reconnue (case à cocher)." })
  .transform(() => true);

const FIELD_SCHEMAS = {
  q: z.string().max(TEXTE_MAX, `${TEXTE_MAX} caractères au maximum.`),
  diplome: slug,
  public: code,
  categorie: code,
  territoire: slug,
  epci: z.string().regex(/^\d{9}$/, "code d'intercommunalité attendu (numéro SIREN à 9 chiffres)."),
  commune: z.string().regex(/^(\d{5}|2[AB]\d{3})$/, "code INSEE de commune attendu (5 caractères)."),
  rayon: integer(
    `le rayon doit être un nombre entier de kilomètres entre ${RAYON_MIN_KM} et ${RAYON_MAX_KM}.`,
    RAYON_MIN_KM,
    RAYON_MAX_KM,
  ),
  du: day,
  au: day,
  places: integer(`nombre entier de places entre 1 et ${PLACES_MAX} attendu.`, 1, PLACES_MAX),
  logement: checkbox,
  sansVoiture: checkbox,
} satisfies Record<CarteFilterKey, z.ZodType>;

const PAGE_SCHEMA = integer(`numéro de page entre 1 et ${PAGE_MAX} attendu.`, 1, PAGE_MAX);

export type FilterIssue = { champ: CarteField; message: string };

/** searchParams of a page (Next) or of a URL. */
export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function firstValue(raw: RawParams, key: string): string | undefined {
  const value = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key];
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}

/** Parses every field on its own: a bad value is left out and reported, the others still apply. */
export function parseCarteFilters(raw: RawParams): {
  filters: CarteFilters;
  page: number;
  issues: FilterIssue[];
} {
  const filters: Record<string, unknown> = {};
  const issues: FilterIssue[] = [];
  for (const key of FILTER_KEYS) {
    const value = firstValue(raw, key);
    if (value === undefined) continue;
    const result = FIELD_SCHEMAS[key].safeParse(value);
    if (result.success) filters[key] = result.data;
    else issues.push({ champ: key, message: result.error.issues[0]?.message ?? "valeur invalide." });
  }
  const parsed = filters as CarteFilters;
  if (parsed.du && parsed.au && parsed.au < parsed.du) {
    issues.push({ champ: "periode", message: "la date de fin est avant la date de début." });
    delete parsed.du;
    delete parsed.au;
  }
  // A radius means nothing without a commune (the form always sends one).
  if (parsed.commune) parsed.rayon ??= RAYON_DEFAUT_KM;
  else delete parsed.rayon;

  let page = 1;
  const rawPage = firstValue(raw, "page");
  if (rawPage !== undefined) {
    const result = PAGE_SCHEMA.safeParse(rawPage);
    if (result.success) page = result.data;
    else issues.push({ champ: "page", message: result.error.issues[0]?.message ?? "valeur invalide." });
  }
  return { filters: parsed, page, issues };
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
  const checked = { ...filters };
  const issues: FilterIssue[] = [];
  for (const [key, list] of REFERENCE_FIELDS) {
    const value = checked[key];
    if (value !== undefined && !references[list].some((o) => o.value === value)) {
      issues.push({ champ: key, message: "cette valeur n'existe pas dans la liste." });
      delete checked[key];
      if (key === "commune") delete checked.rayon;
    }
  }
  return { filters: checked, issues };
}

/** The sentence shown to the user for an ignored value. */
export function describeIssue(issue: FilterIssue): string {
  if (issue.champ === "page") return `Le numéro de page a été ignoré : ${issue.message}`;
  return `Le filtre « ${FIELD_LABELS[issue.champ]} » a été ignoré : ${issue.message}`;
}

/** Canonical query string of the filters (fixed order, defaults left out), for links and the map. */
export function carteSearchParams(filters: CarteFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === false || value === "") continue;
    params.set(key, value === true ? "on" : String(value));
  }
  if (page > 1) params.set("page", String(page));
  return params;
}

/** Href of /carte with these filters. */
export function carteHref(filters: CarteFilters, page = 1, hash = ""): string {
  const query = carteSearchParams(filters, page).toString();
  return `/carte${query ? `?${query}` : ""}${hash}`;
}

/** Number of filters the user set (the radius counts with its commune). */
export function activeFilterCount(filters: CarteFilters): number {
  return FILTER_KEYS.filter((k) => k !== "rayon" && filters[k] !== undefined && filters[k] !== false).length;
}

// --- The map endpoint: strict --------------------------------------------------------------

/** [minLng, minLat, maxLng, maxLat], as in GeoJSON and Leaflet's toBBoxString(). */
export type Bbox = [number, number, number, number];

export type CarteMapRequest = { filters: CarteFilters; bbox: Bbox; zoom: number };

const coordinate = z.coerce.number().refine(Number.isFinite);

function parseBbox(value: string | undefined): Bbox | string {
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

const ZOOM_SCHEMA = integer(`nombre entier entre 0 et ${ZOOM_MAX} attendu.`, 0, ZOOM_MAX);

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
