// The open data shape of the stage offers the public sees (pure), shared by the JSON and CSV
// exports. What the employer publishes about the placement and its place; never the tutor's name,
// function or contact, never a member's name or e-mail, never an application, a moderation note or
// a refusal reason. Documented on /donnees-ouvertes and in stages.schema.json: a field added here
// must be added to both.
import { CSV_BOM, toCsv, type CsvCell } from "@/lib/opendata/csv";
import type { OpenDataLieu } from "@/lib/opendata/json";

export const STAGES_CSV_FILENAME = "stages-iflts.csv";

export type OpenDataStage = {
  id: string;
  /** the offer's page on the portal */
  url: string;
  titre: string;
  description: string;
  /** study year or level targeted, as the employer writes it */
  niveau: string;
  employeur: { nom: string; siret: string };
  /** the establishment (site) hosting the placement, its category and the public it serves */
  lieu: OpenDataLieu & { categorie: string | null; publicAccompagne: string | null };
  diplomes: { code: string; intitule: string }[];
  touteLAnnee: boolean;
  /** "YYYY-MM-DD" */
  periodes: { debut: string; fin: string }[];
  dureeMinSemaines: number;
  dureeMaxSemaines: number;
  places: number;
  placesRestantes: number;
  /** true while places remain ("pourvue" offers stay visible with 0 place left) */
  ouverte: boolean;
  gratification: boolean;
  gratificationDetail: string | null;
  logementPropose: boolean;
  accessibleSansVoiture: boolean;
  transportDetail: string | null;
  distanceGareKm: number | null;
  permisRequis: boolean;
  horairesNuit: boolean;
  horairesWeekend: boolean;
  /** "YYYY-MM-DD", last publication */
  publieeLe: string | null;
  /** ISO 8601 instant of the last change (what updated_since compares) */
  misAJourLe: string;
};

type Column = { name: string; description: string; value: (s: OpenDataStage) => CsvCell };

const periodes = (s: OpenDataStage) => s.periodes.map((p) => `${p.debut}/${p.fin}`).join(" ; ") || null;

/** The CSV columns, in order (one row per offer); the documentation page lists them. */
export const STAGES_CSV_COLUMNS: readonly Column[] = [
  { name: "stage_id", description: "Identifiant de l'offre sur le guichet", value: (s) => s.id },
  { name: "url", description: "Page de l'offre sur le guichet", value: (s) => s.url },
  { name: "titre", description: "Intitulé de l'offre", value: (s) => s.titre },
  { name: "description", description: "Présentation du stage par l'employeur", value: (s) => s.description },
  { name: "niveau", description: "Année ou niveau d'études visé", value: (s) => s.niveau },
  { name: "employeur_nom", description: "Nom de l'employeur", value: (s) => s.employeur.nom },
  { name: "employeur_siret", description: "SIRET de l'employeur", value: (s) => s.employeur.siret },
  { name: "lieu_nom", description: "Établissement d'accueil", value: (s) => s.lieu.nom },
  { name: "lieu_adresse", description: "Adresse de l'établissement", value: (s) => s.lieu.adresse },
  { name: "lieu_code_postal", description: "Code postal", value: (s) => s.lieu.codePostal },
  { name: "lieu_commune", description: "Commune", value: (s) => s.lieu.commune },
  { name: "lieu_code_insee", description: "Code INSEE de la commune", value: (s) => s.lieu.codeInsee },
  { name: "lieu_latitude", description: "Latitude (WGS 84, point décimal)", value: (s) => s.lieu.latitude },
  {
    name: "lieu_longitude",
    description: "Longitude (WGS 84, point décimal)",
    value: (s) => s.lieu.longitude,
  },
  {
    name: "categorie_etablissement",
    description: "Catégorie de l'établissement (EHPAD, IME…)",
    value: (s) => s.lieu.categorie,
  },
  { name: "public_accompagne", description: "Public accompagné", value: (s) => s.lieu.publicAccompagne },
  {
    name: "diplomes",
    description: "Codes des diplômes préparés acceptés, séparés par des espaces",
    value: (s) => s.diplomes.map((d) => d.code).join(" "),
  },
  {
    name: "toute_l_annee",
    description: "Stage possible toute l'année (oui/non)",
    value: (s) => s.touteLAnnee,
  },
  {
    name: "periodes",
    description: "Périodes proposées, AAAA-MM-JJ/AAAA-MM-JJ séparées par « ; »",
    value: periodes,
  },
  { name: "duree_min_semaines", description: "Durée minimale (semaines)", value: (s) => s.dureeMinSemaines },
  { name: "duree_max_semaines", description: "Durée maximale (semaines)", value: (s) => s.dureeMaxSemaines },
  { name: "places", description: "Nombre de places", value: (s) => s.places },
  { name: "places_restantes", description: "Places encore disponibles", value: (s) => s.placesRestantes },
  { name: "ouverte", description: "Encore des places (oui/non)", value: (s) => s.ouverte },
  { name: "gratification", description: "Stage gratifié (oui/non)", value: (s) => s.gratification },
  {
    name: "gratification_detail",
    description: "Précisions sur la gratification",
    value: (s) => s.gratificationDetail,
  },
  { name: "logement_propose", description: "Logement proposé (oui/non)", value: (s) => s.logementPropose },
  {
    name: "accessible_sans_voiture",
    description: "Accessible sans voiture (oui/non)",
    value: (s) => s.accessibleSansVoiture,
  },
  { name: "transport_detail", description: "Précisions sur l'accès", value: (s) => s.transportDetail },
  {
    name: "distance_gare_km",
    description: "Distance de la gare ou de l'arrêt le plus proche (km)",
    value: (s) => s.distanceGareKm,
  },
  {
    name: "permis_requis",
    description: "Permis de conduire demandé (oui/non)",
    value: (s) => s.permisRequis,
  },
  { name: "horaires_nuit", description: "Horaires de nuit (oui/non)", value: (s) => s.horairesNuit },
  {
    name: "horaires_weekend",
    description: "Horaires de week-end (oui/non)",
    value: (s) => s.horairesWeekend,
  },
  { name: "publiee_le", description: "Date de publication (AAAA-MM-JJ)", value: (s) => s.publieeLe },
  {
    name: "mis_a_jour_le",
    description: "Dernière modification (ISO 8601, UTC)",
    value: (s) => s.misAJourLe,
  },
];

/** The CSV file: byte order mark, header, one row per offer. */
export function buildStagesCsv(stages: readonly OpenDataStage[]): string {
  return (
    CSV_BOM +
    toCsv([
      STAGES_CSV_COLUMNS.map((c) => c.name),
      ...stages.map((s) => STAGES_CSV_COLUMNS.map((c) => c.value(s))),
    ])
  );
}
