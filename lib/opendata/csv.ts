// CSV export of the published training offers, one row per session (pure). Made to open cleanly
// in a French spreadsheet: UTF-8 with a byte order mark, ";" separator, CRLF line ends, RFC 4180
// quoting; and safe to open: a text cell that a spreadsheet would run as a formula is neutralised.
import { MODALITE_LABELS, RYTHME_LABELS } from "@/lib/formations/constants";
import type { OpenDataFormation, OpenDataSession } from "@/lib/opendata/json";

export const CSV_SEPARATOR = ";";
export const CSV_BOM = "\uFEFF";
export const CSV_FILENAME = "formations-iflts.csv";

/** A CSV cell before writing: text, number, yes/no, or empty. */
export type CsvCell = string | number | boolean | null;
type Cell = CsvCell;

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * One CSV cell: text starting like a formula gets a leading single quote; the cell is quoted when
 * it holds the separator, a quote or a line break (quotes doubled). Numbers are written as they
 * are ("-1.06355" stays a number); booleans as "oui"/"non"; null as an empty cell.
 */
export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text (CRLF after every row, the header included), without the byte order mark. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR) + "\r\n").join("");
}

type Column = {
  name: string;
  description: string;
  value: (f: OpenDataFormation, s: OpenDataSession | null) => Cell;
};

/** The columns, in order; the documentation page lists them with their description. */
export const CSV_COLUMNS: readonly Column[] = [
  {
    name: "organisme_siret",
    description: "SIRET de l'organisme de formation",
    value: (f) => f.organisme.siret,
  },
  {
    name: "organisme_numero_activite",
    description: "Numéro de déclaration d'activité de l'organisme (11 chiffres), s'il est connu",
    value: (f) => f.organisme.numeroActivite,
  },
  { name: "organisme_nom", description: "Nom de l'organisme", value: (f) => f.organisme.nom },
  {
    name: "organisme_commune",
    description: "Commune du siège de l'organisme",
    value: (f) => f.organisme.commune,
  },
  {
    name: "formation_id",
    description: "Identifiant de l'offre sur le guichet",
    value: (f) => f.formation.id,
  },
  { name: "formation_intitule", description: "Intitulé de la formation", value: (f) => f.formation.intitule },
  {
    name: "diplome_code",
    description: "Code du diplôme préparé (ex. DEAS)",
    value: (f) => f.formation.diplome.code,
  },
  {
    name: "diplome_intitule",
    description: "Intitulé officiel du diplôme",
    value: (f) => f.formation.diplome.intitule,
  },
  {
    name: "diplome_niveau",
    description: "Niveau de qualification (3 à 6)",
    value: (f) => f.formation.diplome.niveau,
  },
  { name: "diplome_rncp", description: "Fiche RNCP, si connue", value: (f) => f.formation.diplome.rncp },
  {
    name: "modalite",
    description: "Modalité (libellé)",
    value: (f) => MODALITE_LABELS[f.formation.modalite],
  },
  { name: "duree_heures", description: "Durée totale en heures", value: (f) => f.formation.dureeHeures },
  { name: "heures_stage", description: "Dont heures de stage", value: (f) => f.formation.heuresStage },
  { name: "description", description: "Présentation de la formation", value: (f) => f.formation.description },
  { name: "prerequis", description: "Prérequis", value: (f) => f.formation.prerequis },
  { name: "selection", description: "Modalités de sélection", value: (f) => f.formation.selection },
  { name: "couts", description: "Coût et financements (texte)", value: (f) => f.formation.couts },
  {
    name: "finance_region",
    description: "Financement possible par la Région (oui/non)",
    value: (f) => f.formation.financements.region,
  },
  {
    name: "cpf",
    description: "Éligible au compte personnel de formation (oui/non)",
    value: (f) => f.formation.financements.cpf,
  },
  {
    name: "apprentissage",
    description: "Possible en apprentissage (oui/non)",
    value: (f) => f.formation.financements.apprentissage,
  },
  { name: "contact", description: "Contact publié par l'organisme", value: (f) => f.formation.contact },
  {
    name: "referent_handicap",
    description: "Référent handicap publié par l'organisme",
    value: (f) => f.formation.referentHandicap,
  },
  { name: "url", description: "Page de l'offre sur le site de l'organisme", value: (f) => f.formation.url },
  {
    name: "codes_public_vise",
    description: "Public visé : codes FORMACODE (5 chiffres) séparés par des espaces",
    value: (f) => f.formation.codesPublicVise.join(" ") || null,
  },
  { name: "session_id", description: "Identifiant de la session", value: (_f, s) => s?.id ?? null },
  { name: "session_debut", description: "Début (AAAA-MM-JJ)", value: (_f, s) => s?.debut ?? null },
  { name: "session_fin", description: "Fin (AAAA-MM-JJ)", value: (_f, s) => s?.fin ?? null },
  {
    name: "session_date_limite_candidature",
    description: "Date limite de candidature (AAAA-MM-JJ)",
    value: (_f, s) => s?.dateLimiteCandidature ?? null,
  },
  { name: "session_places", description: "Nombre de places", value: (_f, s) => s?.places ?? null },
  {
    name: "session_rythme",
    description: "Rythme (libellé)",
    value: (_f, s) => (s ? RYTHME_LABELS[s.rythme] : null),
  },
  {
    name: "session_rythme_detail",
    description: "Précisions sur le rythme",
    value: (_f, s) => s?.rythmeDetail ?? null,
  },
  { name: "lieu_nom", description: "Nom du lieu de formation", value: (_f, s) => s?.lieu.nom ?? null },
  { name: "lieu_adresse", description: "Adresse du lieu", value: (_f, s) => s?.lieu.adresse ?? null },
  {
    name: "lieu_code_postal",
    description: "Code postal du lieu",
    value: (_f, s) => s?.lieu.codePostal ?? null,
  },
  { name: "lieu_commune", description: "Commune du lieu", value: (_f, s) => s?.lieu.commune ?? null },
  {
    name: "lieu_code_insee",
    description: "Code INSEE de la commune du lieu",
    value: (_f, s) => s?.lieu.codeInsee ?? null,
  },
  {
    name: "lieu_latitude",
    description: "Latitude (WGS 84, point décimal)",
    value: (_f, s) => s?.lieu.latitude ?? null,
  },
  {
    name: "lieu_longitude",
    description: "Longitude (WGS 84, point décimal)",
    value: (_f, s) => s?.lieu.longitude ?? null,
  },
];

/** The CSV file: byte order mark, header, then one row per session (one row with empty session cells for an offer without session). */
export function buildFormationsCsv(formations: readonly OpenDataFormation[]): string {
  const rows: Cell[][] = [CSV_COLUMNS.map((c) => c.name)];
  for (const f of formations) {
    const sessions = f.sessions.length > 0 ? f.sessions : [null];
    for (const s of sessions) rows.push(CSV_COLUMNS.map((c) => c.value(f, s)));
  }
  return CSV_BOM + toCsv(rows);
}
