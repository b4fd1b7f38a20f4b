// Demo placement offers: employers, sites and ~300 offers spread over real Landes communes.
// Pure and deterministic: the same input gives the same output; only dates follow `today`.
// The seed (prisma/seed.ts) writes the result; tests/unit/demo-stages.test.ts checks it.
import { personas } from "@/prisma/personas";

// ---------------------------------------------------------------------------
// Input and output

/** A commune as stored in the Commune table (or built by prisma/reference/communes.ts). */
export type DemoCommuneInput = { code: string; nom: string; latitude: number; longitude: number };

/** A site created elsewhere in the seed that should also carry a few generated offers. */
export type DemoHostSite = {
  id: string;
  organisationId: string;
  nom: string;
  categorie: CategorieCode;
  communeCode: string;
};

export type DemoSite = {
  id: string;
  organisationId: string;
  nom: string;
  categorie: CategorieCode;
  public: PublicCode;
  adresse: string;
  communeCode: string;
  latitude: number;
  longitude: number;
};

export type DemoOrganisation = {
  id: string;
  nom: string;
  siret: string;
  finess: string | null;
  adresse: string;
  communeCode: string;
  sites: DemoSite[];
};

export type DemoStatut = "brouillon" | "soumise" | "publiee" | "pourvue" | "expiree" | "refusee";

/** Calendar days as "YYYY-MM-DD". */
export type DemoPeriode = { id: string; debut: string; fin: string };

export type DemoOffre = {
  id: string;
  organisationId: string;
  siteId: string;
  /** the site's commune (the seed copies the site's point and commune onto the offer) */
  communeCode: string;
  categorie: CategorieCode;
  titre: string;
  description: string;
  niveau: Niveau;
  /** Diplome.code values, the main one first */
  diplomes: DiplomeCode[];
  touteLAnnee: boolean;
  periodes: DemoPeriode[];
  /** end of the last period, null when all year round */
  finDernierePeriode: string | null;
  dureeMinSemaines: number;
  dureeMaxSemaines: number;
  places: number;
  placesRestantes: number;
  tuteurNom: string;
  tuteurFonction: string;
  tuteurContact: string;
  gratification: boolean;
  gratificationDetail: string | null;
  logement: boolean;
  sansVoiture: boolean;
  transportDetail: string | null;
  distanceGareKm: number | null;
  permisRequis: boolean;
  horairesNuit: boolean;
  horairesWeekend: boolean;
  statut: DemoStatut;
  motifRefus: string | null;
  soumiseAt: Date | null;
  publieeAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type DemoCandidature = {
  id: string;
  offreId: string;
  apprenantId: string;
  message: string;
  organismeFormation: string;
  diplome: DiplomeCode;
  periodeDebut: string;
  periodeFin: string;
  statut: "envoyee" | "lue" | "acceptee";
  lueAt: Date | null;
  reponduAt: Date | null;
  createdAt: Date;
};

export type DemoStages = {
  organisations: DemoOrganisation[];
  offres: DemoOffre[];
  candidatures: DemoCandidature[];
};

// ---------------------------------------------------------------------------
// Fixed data

export type CategorieCode =
  | "EHPAD"
  | "RESIDENCE_AUTONOMIE"
  | "SAAD"
  | "SSIAD"
  | "IME"
  | "ITEP"
  | "SESSAD"
  | "ESAT"
  | "MAS"
  | "FAM"
  | "FOYER_VIE"
  | "SAVS"
  | "SAMSAH"
  | "MECS"
  | "FOYER_ENFANCE"
  | "AEMO"
  | "EAJE"
  | "CHRS";
type PublicCode =
  "PERSONNES_AGEES" | "HANDICAP" | "PROTECTION_ENFANCE" | "PETITE_ENFANCE" | "DOMICILE" | "INSERTION";
type DiplomeCode =
  | "DEAES"
  | "TP_ADVF"
  | "CAP_AEPE"
  | "DEAS"
  | "DEAP"
  | "DEME"
  | "DETISF"
  | "BAC_PRO_ASSP"
  | "DEES"
  | "DEEJE"
  | "DEETS"
  | "DEASS"
  | "DECESF";
type Niveau = "Toutes années" | "1re année" | "2e année" | "3e année" | "Préqualification / découverte";

export const DEMO_ID_PREFIX = {
  organisation: "demo-gen-org-",
  site: "demo-gen-site-",
  offre: "demo-stage-",
  candidature: "demo-candidature-",
} as const;

/** The persona employer's site (created by the seed with the persona organisation). */
export const PERSONA_EMPLOYEUR_SITE_ID = "persona-site-ehpad-les-pins";
const PERSONA_EMPLOYEUR_COMMUNE = "40192";

/** Offers generated on generated and host sites (the persona employer's come on top). */
export const GENERATED_OFFRE_COUNT = 293;
const GENERATED_STATUTS: Record<"publiee" | "pourvue" | "soumise" | "expiree", number> = {
  publiee: 252,
  pourvue: 20,
  soumise: 5,
  expiree: 16,
};

/**
 * Communes hosting generated establishments: code, name (checked against the reference by the
 * unit test), number of establishments, and the "pays" used in names ("SAAD du Marsan").
 */
export const DEMO_COMMUNES: readonly (readonly [code: string, nom: string, sites: number, pays: string])[] = [
  // Grands Lacs et Mimizan
  ["40046", "Biscarrosse", 3, "du Born"],
  ["40184", "Mimizan", 3, "du Born"],
  ["40217", "Parentis-en-Born", 3, "du Born"],
  ["40287", "Sanguinet", 2, "du Born"],
  ["40332", "Ychoux", 1, "du Born"],
  ["40229", "Pontenx-les-Forges", 1, "du Born"],
  ["40257", "Sainte-Eulalie-en-Born", 1, "du Born"],
  ["40019", "Aureilhan", 1, "du Born"],
  ["40108", "Gastes", 1, "du Born"],
  ["40182", "Mézos", 1, "du Born"],
  // Haute Lande
  ["40197", "Morcenx-la-Nouvelle", 3, "de la Haute Lande"],
  ["40134", "Labouheyre", 2, "de la Grande Lande"],
  ["40227", "Pissos", 1, "de la Grande Lande"],
  ["40333", "Ygos-Saint-Saturnin", 1, "de la Haute Lande"],
  ["40246", "Sabres", 2, "de la Grande Lande"],
  ["40307", "Sore", 1, "de la Grande Lande"],
  ["40210", "Onesse-Laharie", 1, "de la Haute Lande"],
  ["40152", "Lesperon", 1, "de la Haute Lande"],
  ["40135", "Labrit", 1, "de la Haute Lande"],
  ["40094", "Escource", 1, "de la Haute Lande"],
  ["40200", "Moustey", 1, "de la Grande Lande"],
  ["40056", "Brocas", 1, "de la Haute Lande"],
  ["40006", "Arengosse", 1, "de la Haute Lande"],
  ["40167", "Luxey", 1, "de la Grande Lande"],
  // Côte Landes Nature et Pays Tarusate
  ["40313", "Tartas", 3, "du Pays tarusate"],
  ["40243", "Rion-des-Landes", 2, "du Pays tarusate"],
  ["40230", "Pontonx-sur-l'Adour", 1, "du Pays tarusate"],
  ["40075", "Castets", 2, "du Marensin"],
  ["40150", "Léon", 1, "du Marensin"],
  ["40266", "Saint-Julien-en-Born", 1, "du Marensin"],
  ["40157", "Lit-et-Mixe", 1, "du Marensin"],
  ["40155", "Linxe", 1, "du Marensin"],
  ["40326", "Vielle-Saint-Girons", 1, "du Marensin"],
  ["40031", "Bégaar", 1, "du Pays tarusate"],
  ["40180", "Meilhan", 1, "du Pays tarusate"],
  ["40309", "Souprosse", 1, "du Pays tarusate"],
  ["40142", "Laluque", 1, "du Pays tarusate"],
  // Côte sud (Maremne Adour et Seignanx)
  ["40312", "Tarnos", 3, "du Seignanx"],
  ["40065", "Capbreton", 2, "de Maremne"],
  ["40310", "Soustons", 3, "de Maremne"],
  ["40284", "Saint-Vincent-de-Tyrosse", 3, "de Maremne"],
  ["40133", "Labenne", 2, "de Maremne"],
  ["40209", "Ondres", 2, "du Seignanx"],
  ["40273", "Saint-Martin-de-Seignanx", 2, "du Seignanx"],
  ["40296", "Seignosse", 1, "de Maremne"],
  ["40304", "Soorts-Hossegor", 1, "de Maremne"],
  ["40036", "Bénesse-Maremne", 1, "de Maremne"],
  ["40317", "Tosse", 1, "de Maremne"],
  ["40261", "Saint-Geours-de-Maremne", 1, "de Maremne"],
  ["40168", "Magescq", 1, "de Maremne"],
  ["40004", "Angresse", 1, "de Maremne"],
  ["40248", "Saint-André-de-Seignanx", 1, "du Seignanx"],
  ["40328", "Vieux-Boucau-les-Bains", 1, "de Maremne"],
  ["40293", "Saubusse", 1, "de Maremne"],
  // Grand Dax et Pays d'Orthe
  ["40088", "Dax", 6, "du Grand Dax"],
  ["40279", "Saint-Paul-lès-Dax", 4, "du Grand Dax"],
  ["40224", "Peyrehorade", 3, "du Pays d'Orthe"],
  ["40283", "Saint-Vincent-de-Paul", 2, "du Grand Dax"],
  ["40202", "Narrosse", 1, "du Grand Dax"],
  ["40233", "Pouillon", 2, "du Pays d'Orthe"],
  ["40179", "Mées", 1, "du Grand Dax"],
  ["40294", "Saugnac-et-Cambran", 1, "du Grand Dax"],
  ["40118", "Habas", 1, "du Pays d'Orthe"],
  ["40244", "Rivière-Saas-et-Gourby", 1, "du Grand Dax"],
  ["40314", "Tercis-les-Bains", 1, "du Grand Dax"],
  ["40269", "Saint-Lon-les-Mines", 1, "du Pays d'Orthe"],
  ["40120", "Hastingues", 1, "du Pays d'Orthe"],
  ["40306", "Sorde-l'Abbaye", 1, "du Pays d'Orthe"],
  // Chalosse et Luys
  ["40126", "Hinx", 1, "de Chalosse"],
  ["40228", "Pomarez", 1, "de Chalosse"],
  ["40104", "Gamarde-les-Bains", 1, "de Chalosse"],
  ["40002", "Amou", 2, "de Chalosse"],
  ["40201", "Mugron", 2, "de Chalosse"],
  ["40194", "Montfort-en-Chalosse", 2, "de Chalosse"],
  ["40308", "Sort-en-Chalosse", 1, "de Chalosse"],
  ["40089", "Doazit", 1, "de Chalosse"],
  ["40237", "Préchacq-les-Bains", 1, "de Chalosse"],
  ["40235", "Poyanne", 1, "de Chalosse"],
  ["40071", "Castelnau-Chalosse", 1, "de Chalosse"],
  // Tursan et Adour
  ["40001", "Aire-sur-l'Adour", 3, "du Tursan"],
  ["40282", "Saint-Sever", 3, "du Cap de Gascogne"],
  ["40119", "Hagetmau", 3, "de Chalosse"],
  ["40286", "Samadet", 1, "du Tursan"],
  ["40122", "Haut-Mauco", 1, "du Cap de Gascogne"],
  ["40110", "Geaune", 1, "du Tursan"],
  ["40128", "Horsarrieu", 1, "de Chalosse"],
  ["40097", "Eugénie-les-Bains", 1, "du Tursan"],
  ["40191", "Montaut", 1, "du Cap de Gascogne"],
  ["40091", "Duhort-Bachen", 1, "du Tursan"],
  // Marsan et Pays Grenadois
  ["40192", "Mont-de-Marsan", 7, "du Marsan"],
  ["40281", "Saint-Pierre-du-Mont", 3, "du Marsan"],
  ["40117", "Grenade-sur-l'Adour", 2, "du Pays grenadois"],
  ["40037", "Benquet", 1, "du Marsan"],
  ["40280", "Saint-Perdon", 1, "du Marsan"],
  ["40055", "Bretagne-de-Marsan", 1, "du Marsan"],
  ["40274", "Saint-Martin-d'Oney", 1, "du Marsan"],
  ["40080", "Cazères-sur-l'Adour", 1, "du Pays grenadois"],
  ["40061", "Campagne", 1, "du Marsan"],
  ["40234", "Pouydesseaux", 1, "du Marsan"],
  ["40111", "Geloux", 1, "du Marsan"],
  ["40250", "Saint-Avit", 1, "du Marsan"],
  // Armagnac landais
  ["40331", "Villeneuve-de-Marsan", 2, "d'Armagnac"],
  ["40245", "Roquefort", 2, "des Petites Landes"],
  ["40102", "Gabarret", 2, "du Gabardan"],
  ["40288", "Sarbazan", 1, "des Petites Landes"],
  ["40267", "Saint-Justin", 1, "d'Armagnac"],
  ["40131", "Labastide-d'Armagnac", 1, "d'Armagnac"],
  ["40238", "Pujo-le-Plan", 1, "d'Armagnac"],
  ["40127", "Hontanx", 1, "d'Armagnac"],
];

/** Landes railway stations served by TER trains: commune code → station name. */
export const DEMO_GARES: Readonly<Record<string, string>> = {
  "40088": "gare de Dax",
  "40192": "gare de Mont-de-Marsan",
  "40197": "gare de Morcenx",
  "40133": "gare de Labenne",
  "40284": "gare de Saint-Vincent-de-Tyrosse",
  "40332": "gare d'Ychoux",
  "40134": "gare de Labouheyre",
  "40224": "gare de Peyrehorade",
};

/** Urban bus networks; elsewhere the departmental XL'R coaches. */
const RESEAUX_URBAINS: Readonly<Record<string, string>> = {
  "40088": "Réseau Couralin",
  "40279": "Réseau Couralin",
  "40192": "Réseau TMA",
  "40281": "Réseau TMA",
};

const PUBLIC_BY_CATEGORIE: Record<CategorieCode, PublicCode> = {
  EHPAD: "PERSONNES_AGEES",
  RESIDENCE_AUTONOMIE: "PERSONNES_AGEES",
  SAAD: "DOMICILE",
  SSIAD: "PERSONNES_AGEES",
  IME: "HANDICAP",
  ITEP: "HANDICAP",
  SESSAD: "HANDICAP",
  ESAT: "HANDICAP",
  MAS: "HANDICAP",
  FAM: "HANDICAP",
  FOYER_VIE: "HANDICAP",
  SAVS: "HANDICAP",
  SAMSAH: "HANDICAP",
  MECS: "PROTECTION_ENFANCE",
  FOYER_ENFANCE: "PROTECTION_ENFANCE",
  AEMO: "PROTECTION_ENFANCE",
  EAJE: "PETITE_ENFANCE",
  CHRS: "INSERTION",
};

type Weighted<T> = readonly (readonly [T, number])[];

/** Diplomas an establishment of each category typically hosts, with weights. */
const DIPLOMES_BY_CATEGORIE: Record<CategorieCode, Weighted<DiplomeCode>> = {
  EHPAD: [
    ["DEAS", 5],
    ["DEAES", 3],
    ["BAC_PRO_ASSP", 2],
    ["TP_ADVF", 1],
  ],
  RESIDENCE_AUTONOMIE: [
    ["DEAES", 3],
    ["TP_ADVF", 2],
    ["BAC_PRO_ASSP", 2],
    ["DECESF", 1],
  ],
  SAAD: [
    ["TP_ADVF", 3],
    ["DEAES", 3],
    ["BAC_PRO_ASSP", 1],
    ["DETISF", 1],
  ],
  SSIAD: [
    ["DEAS", 5],
    ["BAC_PRO_ASSP", 1],
    ["DEAES", 1],
  ],
  IME: [
    ["DEME", 3],
    ["DEES", 3],
    ["DEAES", 2],
    ["DEETS", 1],
  ],
  ITEP: [
    ["DEES", 3],
    ["DEME", 3],
  ],
  SESSAD: [
    ["DEES", 3],
    ["DEME", 1],
    ["DEAES", 1],
  ],
  ESAT: [
    ["DEETS", 4],
    ["DEME", 2],
    ["DEES", 1],
  ],
  MAS: [
    ["DEAES", 4],
    ["DEME", 2],
    ["DEES", 1],
    ["DEETS", 1],
  ],
  FAM: [
    ["DEAES", 4],
    ["DEME", 2],
    ["DEES", 2],
  ],
  FOYER_VIE: [
    ["DEAES", 3],
    ["DEME", 3],
    ["DEES", 2],
    ["DEETS", 1],
  ],
  SAVS: [
    ["DEES", 3],
    ["DEAES", 2],
    ["DEME", 1],
    ["DECESF", 1],
  ],
  SAMSAH: [
    ["DEES", 2],
    ["DEAES", 2],
    ["DEAS", 1],
  ],
  MECS: [
    ["DEES", 4],
    ["DEME", 3],
    ["DEASS", 1],
    ["DETISF", 1],
  ],
  FOYER_ENFANCE: [
    ["DEES", 3],
    ["DEME", 3],
    ["DEEJE", 1],
  ],
  AEMO: [
    ["DEES", 3],
    ["DEASS", 2],
    ["DETISF", 2],
  ],
  EAJE: [
    ["DEEJE", 3],
    ["DEAP", 3],
    ["CAP_AEPE", 3],
  ],
  CHRS: [
    ["DEES", 2],
    ["DEASS", 2],
    ["DECESF", 2],
    ["DEME", 1],
  ],
};

/** Establishments of a small commune, a mid-size town and a large town (no category twice in a commune). */
const CATEGORIES_RURALES: Weighted<CategorieCode> = [
  ["EHPAD", 7],
  ["SAAD", 2],
  ["SSIAD", 2],
  ["EAJE", 3],
  ["FOYER_VIE", 1],
  ["ESAT", 1],
  ["MAS", 1],
  ["FAM", 1],
  ["IME", 1],
  ["MECS", 1],
  ["RESIDENCE_AUTONOMIE", 1],
];
const CATEGORIES_BOURGS: Weighted<CategorieCode> = [
  ["EHPAD", 5],
  ["SAAD", 3],
  ["SSIAD", 2],
  ["EAJE", 4],
  ["IME", 2],
  ["ESAT", 1],
  ["FAM", 1],
  ["MAS", 1],
  ["FOYER_VIE", 1],
  ["MECS", 2],
  ["SESSAD", 1],
  ["RESIDENCE_AUTONOMIE", 1],
  ["CHRS", 1],
  ["AEMO", 1],
  ["ITEP", 1],
];
const CATEGORIES_VILLES: Weighted<CategorieCode> = [
  ...CATEGORIES_BOURGS,
  ["SAVS", 1],
  ["SAMSAH", 1],
  ["CHRS", 1],
  ["AEMO", 1],
];

/** Names of establishments (after the category prefix); "de <commune>" when the list runs out. */
const NOMS: Partial<Record<CategorieCode, { prefixe: string; noms: readonly string[] }>> = {
  EHPAD: {
    prefixe: "EHPAD",
    noms: [
      "Les Acacias",
      "Les Magnolias",
      "Les Tilleuls",
      "Le Hameau des Pins",
      "La Pignada",
      "Les Arbousiers",
      "Lou Camin",
      "Les Bruyères",
      "Les Genêts",
      "Résidence du Lac",
      "Les Écureuils",
      "Les Jardins de l'Adour",
      "Résidence Saint-Jacques",
      "Les Mimosas",
      "Les Airials",
      "Résidence des Sources",
      "Les Fougères",
      "La Chênaie",
      "Les Hortensias",
      "Résidence du Parc",
      "Les Glycines",
      "Les Lauriers",
      "Les Chênes-Lièges",
      "Le Clos des Arènes",
      "Les Palombes",
      "Les Platanes",
    ],
  },
  RESIDENCE_AUTONOMIE: {
    prefixe: "Résidence autonomie",
    noms: ["Les Lilas", "Le Bosquet", "Le Moulin", "Les Ormeaux", "Les Bastides"],
  },
  SSIAD: { prefixe: "SSIAD", noms: [] },
  IME: {
    prefixe: "IME",
    noms: ["Les Pins", "Les Cèdres", "Castillon", "L'Estey", "Le Colombier", "La Source", "Les Mouettes"],
  },
  ITEP: { prefixe: "ITEP", noms: ["Le Lanot", "La Clairière", "Les Sables"] },
  SESSAD: { prefixe: "SESSAD", noms: [] },
  ESAT: {
    prefixe: "ESAT",
    noms: [
      "L'Envol",
      "La Ruche",
      "Le Pignadar",
      "Les Jardins de Gascogne",
      "L'Airial",
      "Les Ateliers de la Lande",
    ],
  },
  MAS: { prefixe: "MAS", noms: ["Les Peupliers", "Le Tuc", "Les Goélands", "La Lanette"] },
  FAM: { prefixe: "FAM", noms: ["Les Oliviers", "L'Escale", "Le Ruisseau", "Les Rives de l'Adour"] },
  FOYER_VIE: {
    prefixe: "Foyer de vie",
    noms: ["Les Arbres", "La Hêtraie", "Les Tournesols", "L'Étang", "Le Lanot"],
  },
  SAVS: { prefixe: "SAVS", noms: [] },
  SAMSAH: { prefixe: "SAMSAH", noms: [] },
  MECS: {
    prefixe: "MECS",
    noms: [
      "La Sablière",
      "Le Phare",
      "La Maison des Pins",
      "Les Cabanes",
      "L'Ostau",
      "Les Hirondelles",
      "La Bergerie",
      "Castel Landais",
    ],
  },
  FOYER_ENFANCE: { prefixe: "Foyer de l'enfance", noms: ["Les Cigognes"] },
  AEMO: { prefixe: "Service d'AEMO", noms: [] },
  EAJE: {
    prefixe: "Crèche",
    noms: [
      "Les Petits Pins",
      "Les Lutins",
      "Les Pitchouns",
      "Les Canailloux",
      "Les Bambins",
      "Les Galopins",
      "L'Île aux enfants",
      "Les Coccinelles",
      "Les Petites Palombes",
      "Les Marmottes",
      "Les Dauphins",
      "Les Farfadets",
      "Les Moussaillons",
      "Câlins Câlines",
      "Les Pitchounets",
      "Les Petits Loups",
    ],
  },
  CHRS: { prefixe: "CHRS", noms: ["L'Escale", "Le Relais", "La Passerelle", "Le Cap"] },
};

const RUES = [
  "rue des Écoles",
  "avenue de la Gare",
  "rue du Stade",
  "chemin de la Lande",
  "allée des Pins",
  "rue Gambetta",
  "avenue Jean-Jaurès",
  "rue Victor-Hugo",
  "rue de la République",
  "avenue du Maréchal-Foch",
  "rue des Arènes",
  "chemin du Moulin",
  "rue de l'Église",
  "avenue des Chênes",
  "rue du Fronton",
  "allée des Platanes",
  "rue du Lavoir",
  "chemin des Écureuils",
  "rue des Résiniers",
  "chemin de l'Airial",
  "rue du 8-Mai-1945",
  "impasse des Bruyères",
  "avenue de Gascogne",
  "rue des Tonneliers",
] as const;

const ARRETS = [
  "Mairie",
  "Église",
  "Place du marché",
  "Centre",
  "Collège",
  "Arènes",
  "Poste",
  "Stade",
] as const;

const PRENOMS_F = [
  "Marie",
  "Sophie",
  "Nathalie",
  "Isabelle",
  "Céline",
  "Sandrine",
  "Laetitia",
  "Aurélie",
  "Émilie",
  "Julie",
  "Claire",
  "Maïté",
  "Béatrice",
  "Anne",
  "Élodie",
  "Karine",
  "Stéphanie",
  "Laure",
  "Amandine",
  "Hélène",
] as const;
const PRENOMS_M = [
  "Jean-Marc",
  "Pierre",
  "Laurent",
  "Olivier",
  "Thierry",
  "Nicolas",
  "Julien",
  "Sébastien",
  "Christophe",
  "Mathieu",
  "Frédéric",
  "David",
  "Bruno",
  "Romain",
  "Benoît",
] as const;
const NOMS_FAMILLE = [
  "Dupouy",
  "Labat",
  "Dufau",
  "Lacoste",
  "Lamarque",
  "Dubroca",
  "Laborde",
  "Barrère",
  "Destenave",
  "Lalanne",
  "Pédebernade",
  "Bordes",
  "Cazaubon",
  "Hourcade",
  "Lartigau",
  "Dulucq",
  "Tastet",
  "Lasserre",
  "Labadie",
  "Darracq",
  "Duprat",
  "Dubos",
  "Larrieu",
  "Brethes",
  "Capdeville",
  "Ducasse",
  "Lapeyre",
  "Dabadie",
  "Latapie",
  "Daguerre",
  "Mesplède",
  "Lafargue",
] as const;

type Famille = "soins" | "domicile" | "residence" | "educ" | "technique" | "petite" | "social";
/** Tutor functions, [feminine, masculine]. */
const FONCTIONS: Record<Famille, readonly (readonly [string, string])[]> = {
  soins: [
    ["Infirmière coordinatrice", "Infirmier coordinateur"],
    ["Cadre de santé", "Cadre de santé"],
    ["Aide-soignante référente des stagiaires", "Aide-soignant référent des stagiaires"],
  ],
  domicile: [
    ["Responsable de secteur", "Responsable de secteur"],
    ["Coordinatrice des interventions", "Coordinateur des interventions"],
  ],
  residence: [
    ["Responsable de la résidence", "Responsable de la résidence"],
    ["Animatrice coordinatrice", "Animateur coordinateur"],
  ],
  educ: [
    ["Éducatrice spécialisée", "Éducateur spécialisé"],
    ["Cheffe de service éducatif", "Chef de service éducatif"],
    ["Monitrice-éducatrice", "Moniteur-éducateur"],
  ],
  technique: [
    ["Monitrice principale d'atelier", "Moniteur principal d'atelier"],
    ["Éducatrice technique spécialisée", "Éducateur technique spécialisé"],
  ],
  petite: [
    ["Directrice de la crèche", "Directeur de la crèche"],
    ["Éducatrice de jeunes enfants", "Éducateur de jeunes enfants"],
    ["Auxiliaire de puériculture référente", "Auxiliaire de puériculture référent"],
  ],
  social: [
    ["Assistante de service social", "Assistant de service social"],
    ["Cheffe de service", "Chef de service"],
    ["Conseillère en économie sociale familiale", "Conseiller en économie sociale familiale"],
  ],
};

const FAMILLE_BY_CATEGORIE: Record<CategorieCode, Famille> = {
  EHPAD: "soins",
  RESIDENCE_AUTONOMIE: "residence",
  SAAD: "domicile",
  SSIAD: "soins",
  IME: "educ",
  ITEP: "educ",
  SESSAD: "educ",
  ESAT: "technique",
  MAS: "soins",
  FAM: "soins",
  FOYER_VIE: "educ",
  SAVS: "educ",
  SAMSAH: "soins",
  MECS: "educ",
  FOYER_ENFANCE: "educ",
  AEMO: "social",
  EAJE: "petite",
  CHRS: "social",
};

/** Job titles in inclusive writing, as offers name them. */
const ROLES: Record<DiplomeCode, string> = {
  DEAS: "aide-soignant·e",
  DEAES: "accompagnant·e éducatif·ve et social·e",
  TP_ADVF: "assistant·e de vie aux familles",
  CAP_AEPE: "CAP accompagnant·e éducatif·ve petite enfance",
  DEAP: "auxiliaire de puériculture",
  DEME: "moniteur·rice-éducateur·rice",
  DETISF: "technicien·ne de l'intervention sociale et familiale",
  BAC_PRO_ASSP: "Bac pro ASSP",
  DEES: "éducateur·rice spécialisé·e",
  DEEJE: "éducateur·rice de jeunes enfants",
  DEETS: "éducateur·rice technique spécialisé·e",
  DEASS: "assistant·e de service social",
  DECESF: "conseiller·ère en économie sociale familiale",
};

const LIEUX: Record<CategorieCode, string> = {
  EHPAD: "en EHPAD",
  RESIDENCE_AUTONOMIE: "en résidence autonomie",
  SAAD: "en service d'aide à domicile",
  SSIAD: "en SSIAD",
  IME: "en IME",
  ITEP: "en ITEP",
  SESSAD: "en SESSAD",
  ESAT: "en ESAT",
  MAS: "en maison d'accueil spécialisée",
  FAM: "en foyer d'accueil médicalisé",
  FOYER_VIE: "en foyer de vie",
  SAVS: "en SAVS",
  SAMSAH: "en SAMSAH",
  MECS: "en MECS",
  FOYER_ENFANCE: "au foyer de l'enfance",
  AEMO: "en service d'AEMO",
  EAJE: "en crèche",
  CHRS: "en CHRS",
};

const COMPLEMENTS: Record<CategorieCode, readonly string[]> = {
  EHPAD: ["unité protégée", "unité Alzheimer", "pôle d'activités et de soins adaptés", "accueil de jour"],
  RESIDENCE_AUTONOMIE: ["animation et vie sociale"],
  SAAD: ["interventions à domicile", "secteur rural", "aide aux aidants"],
  SSIAD: ["soins à domicile", "équipe spécialisée Alzheimer"],
  IME: ["section adolescents", "internat", "unité d'enseignement", "accueil de jour"],
  ITEP: ["internat de semaine", "accueil de jour"],
  SESSAD: ["accompagnement en milieu scolaire"],
  ESAT: ["atelier espaces verts", "atelier restauration", "atelier conditionnement", "atelier blanchisserie"],
  MAS: ["unité polyhandicap"],
  FAM: ["unité autisme"],
  FOYER_VIE: ["activités de jour", "hébergement"],
  SAVS: ["accompagnement à domicile"],
  SAMSAH: [],
  MECS: ["internat", "accueil d'urgence", "service d'accompagnement vers l'autonomie"],
  FOYER_ENFANCE: ["accueil d'urgence", "pouponnière"],
  AEMO: ["milieu ouvert", "mesures judiciaires"],
  EAJE: ["section des bébés", "section des grands", "multi-accueil"],
  CHRS: ["hébergement d'urgence", "insertion par le logement"],
};

/** First sentence of a description: "{site}" and "{n}" are replaced. */
const PRESENTATIONS: Record<CategorieCode, string> = {
  EHPAD: "{site} accueille {n} résident·es dans un cadre arboré.",
  RESIDENCE_AUTONOMIE: "{site} propose {n} logements à des personnes âgées autonomes, au cœur du bourg.",
  SAAD: "{site} intervient chaque semaine auprès de {n} personnes âgées ou en situation de handicap.",
  SSIAD: "{site} assure les soins d'hygiène et de confort de {n} patient·es à domicile.",
  IME: "{site} accompagne {n} enfants et adolescent·es présentant une déficience intellectuelle.",
  ITEP: "{site} accueille {n} jeunes dont les difficultés psychologiques perturbent la scolarité.",
  SESSAD: "{site} suit {n} enfants et adolescent·es dans leurs lieux de vie : école, famille, loisirs.",
  ESAT: "{site} emploie {n} travailleur·ses en situation de handicap dans plusieurs ateliers.",
  MAS: "{site} accueille {n} adultes polyhandicapé·es qui ont besoin d'une présence constante.",
  FAM: "{site} héberge {n} adultes en situation de handicap qui ont besoin d'un suivi médical.",
  FOYER_VIE: "{site} accueille {n} adultes en situation de handicap, en hébergement et en activités de jour.",
  SAVS: "{site} accompagne {n} adultes en situation de handicap dans leur vie quotidienne à domicile.",
  SAMSAH: "{site} accompagne à domicile {n} adultes en situation de handicap, avec un volet soins.",
  MECS: "{site} accueille {n} enfants et adolescent·es confié·es par l'aide sociale à l'enfance.",
  FOYER_ENFANCE:
    "{site} accueille en urgence {n} enfants confiés par l'aide sociale à l'enfance, de la naissance à 18 ans.",
  AEMO: "{site} exerce {n} mesures d'action éducative en milieu ouvert auprès des familles.",
  EAJE: "{site} accueille chaque jour {n} enfants de 10 semaines à 3 ans.",
  CHRS: "{site} héberge et accompagne {n} personnes en situation de précarité vers l'insertion.",
};

const CAPACITES: Record<CategorieCode, readonly [number, number]> = {
  EHPAD: [45, 110],
  RESIDENCE_AUTONOMIE: [20, 60],
  SAAD: [80, 300],
  SSIAD: [30, 90],
  IME: [30, 90],
  ITEP: [20, 50],
  SESSAD: [25, 70],
  ESAT: [40, 120],
  MAS: [20, 50],
  FAM: [20, 45],
  FOYER_VIE: [20, 50],
  SAVS: [30, 80],
  SAMSAH: [20, 50],
  MECS: [15, 40],
  FOYER_ENFANCE: [30, 60],
  AEMO: [150, 400],
  EAJE: [20, 60],
  CHRS: [20, 60],
};

const MISSIONS: Record<DiplomeCode, string> = {
  DEAS: "Vous participerez aux soins d'hygiène et de confort, à la surveillance de l'état de santé et aux transmissions avec l'équipe soignante.",
  DEAES:
    "Vous accompagnerez les personnes dans les actes de la vie quotidienne et participerez aux activités qui soutiennent leur autonomie et leur vie sociale.",
  TP_ADVF:
    "Vous accompagnerez les intervenant·es : entretien du cadre de vie, préparation des repas, aide à la toilette et aux déplacements.",
  CAP_AEPE:
    "Vous participerez aux soins quotidiens des enfants, aux repas et aux temps d'éveil aux côtés de l'équipe.",
  DEAP: "Vous contribuerez aux soins, à l'éveil et à la sécurité des tout-petits, en lien avec les familles.",
  DEME: "Vous participerez à l'accompagnement éducatif au quotidien : levers, repas, activités, temps d'échange avec les personnes accueillies.",
  DETISF:
    "Vous interviendrez auprès de familles en difficulté : soutien à la parentalité, organisation du quotidien, accompagnement éducatif.",
  BAC_PRO_ASSP:
    "Vous découvrirez l'accompagnement des personnes (aide aux repas, animation, hygiène des locaux) selon les objectifs de votre PFMP.",
  DEES: "Vous prendrez part aux projets personnalisés, aux écrits professionnels et aux réunions de l'équipe pluridisciplinaire.",
  DEEJE:
    "Vous construirez et animerez des projets d'éveil, et participerez à l'accueil des familles et à la réflexion d'équipe.",
  DEETS:
    "Vous encadrerez des activités techniques avec les moniteur·rices d'atelier et participerez au suivi des parcours professionnels.",
  DEASS:
    "Vous conduirez des entretiens d'accompagnement social avec votre référent·e et participerez aux rencontres avec les partenaires.",
  DECESF:
    "Vous mènerez des actions collectives autour du budget, du logement et de l'alimentation, ainsi que des accompagnements individuels.",
};

const ENCADREMENTS = [
  "Un·e tuteur·rice diplômé·e vous accompagne tout au long du stage, avec un bilan à mi-parcours.",
  "L'équipe accueille des stagiaires chaque année et prévoit un temps d'intégration la première semaine.",
  "Un temps d'échange hebdomadaire avec votre tuteur·rice permet de faire le point sur vos objectifs.",
  "Vous participerez aux réunions d'équipe et aux séances d'analyse des pratiques.",
] as const;

const PRATIQUES = [
  "Les repas sont pris sur place avec l'équipe.",
  "Les tenues professionnelles sont fournies.",
  "Un casier et un vestiaire sont mis à votre disposition.",
  "Une visite de l'établissement est proposée avant le début du stage.",
] as const;

/** Typical placement lengths [min, max] in weeks per diploma. */
const DUREES: Record<DiplomeCode, readonly (readonly [number, number])[]> = {
  DEAS: [
    [5, 5],
    [4, 5],
    [5, 7],
  ],
  DEAES: [
    [6, 8],
    [7, 7],
    [4, 8],
  ],
  TP_ADVF: [
    [2, 4],
    [3, 5],
  ],
  CAP_AEPE: [
    [3, 4],
    [2, 4],
    [4, 6],
  ],
  DEAP: [
    [5, 6],
    [4, 6],
    [5, 5],
  ],
  DEME: [
    [6, 8],
    [8, 12],
    [4, 8],
  ],
  DETISF: [
    [6, 8],
    [8, 10],
  ],
  BAC_PRO_ASSP: [
    [3, 4],
    [4, 6],
    [2, 4],
  ],
  DEES: [
    [8, 12],
    [6, 10],
    [10, 12],
    [4, 8],
  ],
  DEEJE: [
    [8, 12],
    [6, 10],
    [4, 8],
  ],
  DEETS: [
    [8, 12],
    [6, 10],
  ],
  DEASS: [
    [8, 12],
    [10, 12],
    [6, 8],
  ],
  DECESF: [
    [4, 8],
    [6, 10],
  ],
};

/** Study years of each diploma, to pick a plausible level. */
const ANNEES: Record<DiplomeCode, 1 | 2 | 3> = {
  DEAS: 1,
  DEAES: 1,
  TP_ADVF: 1,
  DEAP: 1,
  DECESF: 1,
  CAP_AEPE: 2,
  DEME: 2,
  DETISF: 2,
  BAC_PRO_ASSP: 3,
  DEES: 3,
  DEEJE: 3,
  DEETS: 3,
  DEASS: 3,
};

const GRATIFICATIONS_LEGALES = [
  "Gratification légale pour un stage de plus de deux mois, versée chaque mois.",
  "Gratification au taux légal au-delà de deux mois de stage, repas offerts.",
] as const;
const GRATIFICATIONS_VOLONTAIRES = [
  "Indemnité forfaitaire versée par l'établissement, quelle que soit la durée.",
  "Prise en charge des frais de déplacement et des repas.",
] as const;

// ---------------------------------------------------------------------------
// Small helpers

/** mulberry32: a tiny seeded PRNG, enough for demo data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: one PRNG per record id, so that adding a record does not reshuffle the others. */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

class Tirage {
  private readonly next: () => number;
  constructor(key: string) {
    this.next = prng(seedOf(key));
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return at(items, Math.floor(this.next() * items.length));
  }
  weighted<T>(items: Weighted<T>): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return at(items, items.length - 1)[0];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [at(out, j), at(out, i)];
    }
    return out;
  }
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`Index ${index} hors limites (${items.length})`);
  return item;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** "de Sabres", "d'Aire-sur-l'Adour", "d'Hagetmau". */
function deCommune(nom: string): string {
  return /^[AEIOUYÉÈHaeiouyéèh]/.test(nom) ? `d'${nom}` : `de ${nom}`;
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday on or after `day`. */
function nextMonday(day: string): string {
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, (8 - weekday) % 7);
}

/** A UTC instant `daysAgo` days before `today`, at hh:mm (Paris office hours, in UTC). */
function instant(today: string, daysAgo: number, hour: number, minute: number): Date {
  return new Date(`${addDays(today, -daysAgo)}T${pad(hour, 2)}:${pad(minute, 2)}:00.000Z`);
}

function ascii(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** A 14-digit SIRET with a valid Luhn key, distinct per index (prefix unused by other demo data). */
export function demoSiret(index: number): string {
  const body = `83040${pad(index, 4)}0001`;
  for (let key = 0; key < 10; key++) {
    const candidate = body + key;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let n = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      sum += n;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}

const EARTH_RADIUS_M = 6_371_000;
const METRES_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_M;

/** Great-circle distance in metres. */
export function distanceMetres(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
) {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/** The commune's point moved by 150–750 m in a direction of its own, so markers do not pile up. */
function jitter(point: { latitude: number; longitude: number }, tirage: Tirage) {
  const distance = 150 + 600 * Math.sqrt(tirage.float());
  const angle = tirage.float() * 2 * Math.PI;
  const dLat = (distance * Math.cos(angle)) / METRES_PER_DEGREE;
  const dLng =
    (distance * Math.sin(angle)) / (METRES_PER_DEGREE * Math.cos((point.latitude * Math.PI) / 180));
  const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
  return { latitude: round6(point.latitude + dLat), longitude: round6(point.longitude + dLng) };
}

// ---------------------------------------------------------------------------
// Establishments

type Lieu = { site: DemoSite; communeNom: string };

function generateOrganisations(communes: ReadonlyMap<string, DemoCommuneInput>): DemoOrganisation[] {
  const used = new Set<string>();
  const sites: (DemoSite & { pays: string })[] = [];
  let siteIndex = 0;

  for (const [code, , count, pays] of DEMO_COMMUNES) {
    const commune = communes.get(code);
    if (!commune) throw new Error(`Commune de démonstration absente du référentiel : ${code}`);
    const tirage = new Tirage(`communes:${code}`);
    const pool: CategorieCode[] = [];
    const choices = count >= 4 ? CATEGORIES_VILLES : count >= 2 ? CATEGORIES_BOURGS : CATEGORIES_RURALES;
    // The département's emergency children's home sits in the prefecture.
    if (code === "40192") pool.push("FOYER_ENFANCE");
    while (pool.length < count) {
      const categorie = tirage.weighted(choices);
      if (!pool.includes(categorie)) pool.push(categorie);
    }
    for (const categorie of pool) {
      siteIndex += 1;
      const id = `${DEMO_ID_PREFIX.site}${pad(siteIndex, 3)}`;
      const t = new Tirage(id);
      const point = jitter(commune, t);
      const rue = t.pick(RUES);
      const adresse = rue.startsWith("impasse") || t.chance(0.8) ? `${t.int(1, 64)} ${rue}` : rue;
      sites.push({
        id,
        organisationId: "",
        nom: categorie === "SAAD" ? "" : siteName(categorie, commune.nom, pays, t, used),
        categorie,
        public: PUBLIC_BY_CATEGORIE[categorie],
        adresse,
        communeCode: code,
        pays,
        ...point,
      });
    }
  }

  // Home-help agencies of one "pays" belong to one association; every other site is its own organisation.
  const organisations: DemoOrganisation[] = [];
  const saadByPays = new Map<string, (DemoSite & { pays: string })[]>();
  for (const site of sites) {
    if (site.categorie === "SAAD") saadByPays.set(site.pays, [...(saadByPays.get(site.pays) ?? []), site]);
  }
  const nomCommune = (code: string) => communes.get(code)?.nom ?? code;
  const addOrganisation = (nom: string, members: (DemoSite & { pays: string })[], finess: boolean) => {
    const index = organisations.length + 1;
    const id = `${DEMO_ID_PREFIX.organisation}${pad(index, 3)}`;
    const first = at(members, 0);
    organisations.push({
      id,
      nom: `${nom} (démo)`,
      siret: demoSiret(index),
      finess: finess ? `4099${pad(index, 5)}` : null,
      adresse: first.adresse,
      communeCode: first.communeCode,
      sites: members.map(({ pays: _pays, ...site }) => ({ ...site, organisationId: id })),
    });
  };
  for (const site of sites) {
    if (site.categorie === "SAAD") {
      const agences = saadByPays.get(site.pays);
      if (!agences || agences[0] !== site) continue; // the pays' first agency creates the organisation
      for (const agence of agences) {
        agence.nom =
          agences.length === 1
            ? `SAAD ${site.pays}`
            : `SAAD ${site.pays} – agence ${deCommune(nomCommune(agence.communeCode))}`;
      }
      addOrganisation(`Aide à domicile ${site.pays}`, agences, true);
    } else {
      const ccas = site.categorie === "EHPAD" && new Tirage(`ccas:${site.id}`).chance(0.3);
      addOrganisation(
        ccas ? `CCAS ${deCommune(nomCommune(site.communeCode))}` : site.nom,
        [site],
        site.categorie !== "EAJE",
      );
    }
  }
  return organisations;
}

function siteName(
  categorie: CategorieCode,
  communeNom: string,
  pays: string,
  t: Tirage,
  used: Set<string>,
): string {
  const spec = NOMS[categorie];
  if (!spec) throw new Error(`Pas de noms pour ${categorie}`);
  const byCommune = `${spec.prefixe} ${deCommune(communeNom)}`;
  const candidates = spec.noms.map((n) => `${spec.prefixe} ${n}`).filter((n) => !used.has(n));
  let nom: string;
  if (categorie === "SAMSAH") nom = `${spec.prefixe} ${pays}`;
  else if (candidates.length === 0 || t.chance(0.25)) nom = byCommune;
  else nom = t.pick(candidates);
  if (used.has(nom)) nom = `${nom} (${communeNom})`;
  used.add(nom);
  return nom;
}

// ---------------------------------------------------------------------------
// Offers

type OffreDraft = Omit<
  DemoOffre,
  | "id"
  | "statut"
  | "placesRestantes"
  | "periodes"
  | "finDernierePeriode"
  | "touteLAnnee"
  | "motifRefus"
  | "soumiseAt"
  | "publieeAt"
  | "createdAt"
  | "updatedAt"
>;

function draftOffre(
  lieu: Lieu,
  t: Tirage,
  gares: readonly { code: string; nom: string; point: DemoCommuneInput }[],
): OffreDraft {
  const { site, communeNom } = lieu;
  const categorie = site.categorie;
  const pool = DIPLOMES_BY_CATEGORIE[categorie];
  const wanted = Math.min(
    pool.length,
    t.weighted<number>([
      [1, 45],
      [2, 40],
      [3, 15],
    ]),
  );
  const diplomes: DiplomeCode[] = [];
  while (diplomes.length < wanted) {
    const code = t.weighted(pool);
    if (!diplomes.includes(code)) diplomes.push(code);
  }
  const principal = at(diplomes, 0);
  const second = diplomes[1];

  const prefixe =
    (principal === "BAC_PRO_ASSP" || principal === "CAP_AEPE") && t.chance(0.5) ? "PFMP" : "Stage";
  const role = second && t.chance(0.35) ? `${ROLES[principal]} ou ${ROLES[second]}` : ROLES[principal];
  const complements = COMPLEMENTS[categorie];
  const complement = complements.length > 0 && t.chance(0.6) ? ` – ${t.pick(complements)}` : "";
  let titre = `${prefixe} ${role} ${LIEUX[categorie]}${complement}`;
  if (titre.length > 110) titre = `${prefixe} ${ROLES[principal]} ${LIEUX[categorie]}`;

  const [capMin, capMax] = CAPACITES[categorie];
  const phrases = [
    PRESENTATIONS[categorie]
      .replace("{site}", site.nom.includes(communeNom) ? site.nom : `${site.nom}, à ${communeNom},`)
      // One capacity per establishment, whatever the offer.
      .replace("{n}", String(new Tirage(`capacite:${site.id}`).int(capMin, capMax))),
    MISSIONS[principal],
  ];
  if (t.chance(0.7)) phrases.push(t.pick(ENCADREMENTS));
  if (t.chance(0.4)) phrases.push(t.pick(PRATIQUES));

  const [dureeMinSemaines, dureeMaxSemaines] = t.pick(DUREES[principal]);
  const annees = ANNEES[principal];
  const niveaux: Weighted<Niveau> = [
    ["Toutes années", 4],
    ["1re année", annees > 1 ? 2 : 1],
    ["2e année", annees > 1 ? 2 : 0],
    ["3e année", annees > 2 ? 2 : 0],
    ["Préqualification / découverte", annees === 3 && principal !== "BAC_PRO_ASSP" ? 0 : 1],
  ];
  const niveau = t.weighted(niveaux.filter(([, w]) => w > 0));

  const feminine = t.chance(0.75);
  const prenom = feminine ? t.pick(PRENOMS_F) : t.pick(PRENOMS_M);
  const nom = t.pick(NOMS_FAMILLE);
  const famille: Famille =
    principal === "DEETS"
      ? "technique"
      : principal === "DEASS" || principal === "DECESF"
        ? "social"
        : (categorie === "MAS" || categorie === "FAM") && (principal === "DEME" || principal === "DEES")
          ? "educ"
          : FAMILLE_BY_CATEGORIE[categorie];
  const fonction = t.pick(FONCTIONS[famille]);
  const tuteurContact = t.chance(0.8)
    ? `${ascii(prenom)}.${ascii(nom)}@demo.iflts.fr`
    : // ARCEP range reserved for fiction (05 36 49 xx xx): never a real subscriber.
      `05 36 49 ${pad(t.int(0, 99), 2)} ${pad(t.int(0, 99), 2)}`;

  const longue = dureeMaxSemaines > 8;
  const gratification = longue ? t.chance(0.85) : t.chance(0.1);
  const gratificationDetail = gratification
    ? longue
      ? t.pick(GRATIFICATIONS_LEGALES)
      : t.pick(GRATIFICATIONS_VOLONTAIRES)
    : null;

  const domicile = ["SAAD", "SSIAD", "AEMO", "SESSAD", "SAVS", "SAMSAH"].includes(categorie);
  const permisRequis = t.chance(domicile ? 0.65 : 0.05);

  let nearest: { nom: string; km: number } | null = null;
  for (const gare of gares) {
    const km = distanceMetres(site, gare.point) / 1000;
    if (!nearest || km < nearest.km) nearest = { nom: gare.nom, km };
  }
  const reseau = RESEAUX_URBAINS[site.communeCode];
  const procheGare = !!nearest && nearest.km <= 3;
  const sansVoiture = !permisRequis && t.chance(procheGare || reseau ? 0.85 : 0.4);
  let transportDetail: string | null = null;
  let distanceGareKm: number | null = null;
  if (sansVoiture && nearest) {
    distanceGareKm = Math.round(nearest.km * 10) / 10;
    const arret = t.pick(ARRETS);
    if (procheGare) {
      const minutes = Math.max(5, Math.round((nearest.km * 60) / 4.5 / 5) * 5);
      transportDetail = reseau
        ? `TER jusqu'à la ${nearest.nom}, puis ${reseau}, arrêt ${arret}`
        : `TER jusqu'à la ${nearest.nom}, puis environ ${minutes} min à pied`;
    } else if (reseau) {
      transportDetail = `${reseau}, arrêt ${arret}`;
    } else {
      const ligne = 1 + (seedOf(`xlr:${site.communeCode}`) % 24);
      transportDetail =
        nearest.km <= 30
          ? `Ligne XL'R ${ligne}, arrêt ${arret} (correspondance TER à la ${nearest.nom})`
          : `Ligne XL'R ${ligne}, arrêt ${arret}`;
    }
  }

  const internat = ["EHPAD", "MAS", "FAM", "MECS", "FOYER_ENFANCE", "FOYER_VIE", "CHRS", "ITEP"].includes(
    categorie,
  );
  const horairesNuit = internat && t.chance(0.2);
  const horairesWeekend = internat
    ? t.chance(0.5)
    : categorie === "SAAD" || categorie === "SSIAD"
      ? t.chance(0.4)
      : false;
  const logement = t.chance(internat ? 0.3 : 0.2);

  return {
    organisationId: site.organisationId,
    siteId: site.id,
    communeCode: site.communeCode,
    categorie,
    titre,
    description: phrases.join(" "),
    niveau,
    diplomes,
    dureeMinSemaines,
    dureeMaxSemaines,
    places: t.weighted<number>([
      [1, 35],
      [2, 35],
      [3, 20],
      [4, 10],
    ]),
    tuteurNom: `${prenom} ${nom}`,
    tuteurFonction: feminine ? fonction[0] : fonction[1],
    tuteurContact,
    gratification,
    gratificationDetail,
    logement,
    sansVoiture,
    transportDetail,
    distanceGareKm,
    permisRequis,
    horairesNuit,
    horairesWeekend,
  };
}

/** 1–3 successive windows starting 2 to 10 months from today, Monday to Friday, each long enough for the longest stay. */
function futurePeriodes(id: string, today: string, dureeMaxSemaines: number, t: Tirage): DemoPeriode[] {
  const count = t.weighted<number>([
    [1, 50],
    [2, 35],
    [3, 15],
  ]);
  const periodes: DemoPeriode[] = [];
  let debut = nextMonday(addDays(today, t.int(60, 150)));
  while (periodes.length < count && debut <= addDays(today, 300)) {
    const semaines = dureeMaxSemaines + t.pick([0, 0, 1, 2, 4]);
    const fin = addDays(debut, semaines * 7 - 3);
    periodes.push({ id: `${id}-p${periodes.length + 1}`, debut, fin });
    debut = nextMonday(addDays(fin, t.int(14, 45)));
  }
  return periodes;
}

function finalise(
  id: string,
  draft: OffreDraft,
  statut: DemoStatut,
  today: string,
  t: Tirage,
  options: { touteLAnnee?: boolean; placesRestantes?: number; motifRefus?: string } = {},
): DemoOffre {
  const touteLAnnee = statut !== "expiree" && (options.touteLAnnee ?? t.chance(0.17));
  let periodes: DemoPeriode[] = [];
  if (statut === "expiree") {
    // An offer whose only period ended recently, moved to "expiree" by the daily job.
    const fin = addDays(today, -t.int(2, 45));
    const debut = nextMonday(addDays(fin, -(draft.dureeMaxSemaines * 7 + t.pick([0, 7, 14]))));
    periodes = [{ id: `${id}-p1`, debut, fin }];
  } else if (!touteLAnnee) {
    periodes = futurePeriodes(id, today, draft.dureeMaxSemaines, t);
  }
  const finDernierePeriode = periodes.reduce<string | null>(
    (max, p) => (max === null || p.fin > max ? p.fin : max),
    null,
  );

  let placesRestantes = draft.places;
  if (statut === "pourvue") placesRestantes = 0;
  else if (statut === "publiee" && draft.places > 1 && t.chance(0.25))
    placesRestantes = t.int(1, draft.places - 1);
  if (options.placesRestantes !== undefined) placesRestantes = options.placesRestantes;

  const hour = () => t.int(7, 16);
  const minute = () => t.int(0, 59);
  let soumiseAt: Date | null = null;
  let publieeAt: Date | null = null;
  if (statut === "soumise" || statut === "refusee") soumiseAt = instant(today, t.int(1, 5), hour(), minute());
  if (statut === "publiee" || statut === "pourvue") {
    const days = t.int(1, 60);
    publieeAt = instant(today, days, hour(), minute());
    soumiseAt = instant(today, days + t.int(1, 3), hour(), minute());
  }
  if (statut === "expiree") {
    const firstDebut = at(periodes, 0).debut;
    const days = Math.round((Date.parse(today) - Date.parse(firstDebut)) / 86_400_000) + t.int(20, 60);
    publieeAt = instant(today, days, hour(), minute());
    soumiseAt = instant(today, days + t.int(1, 3), hour(), minute());
  }
  const first = soumiseAt ?? instant(today, t.int(1, 10), hour(), minute());
  const createdAt = new Date(first.getTime() - t.int(0, 3) * 86_400_000 - t.int(10, 120) * 60_000);
  const updatedAt = publieeAt ?? soumiseAt ?? createdAt;

  return {
    id,
    ...draft,
    touteLAnnee,
    periodes,
    finDernierePeriode,
    placesRestantes,
    statut,
    motifRefus: options.motifRefus ?? null,
    soumiseAt,
    publieeAt,
    createdAt,
    updatedAt,
  };
}

// ---------------------------------------------------------------------------
// The persona employer's offers and the persona learner's applications

type PersonaOffreSpec = {
  n: number;
  statut: DemoStatut;
  titre: string;
  diplomes: DiplomeCode[];
  niveau: Niveau;
  duree: readonly [number, number];
  places: number;
  placesRestantes: number;
  touteLAnnee?: boolean;
  horairesNuit?: boolean;
  motifRefus?: string;
};

const PERSONA_OFFRES: readonly PersonaOffreSpec[] = [
  {
    n: 1,
    statut: "publiee",
    titre: "Stage aide-soignant·e en EHPAD – unité protégée",
    diplomes: ["DEAS", "DEAES"],
    niveau: "Toutes années",
    duree: [5, 7],
    places: 2,
    placesRestantes: 2,
  },
  {
    n: 2,
    statut: "publiee",
    titre: "Stage accompagnant·e éducatif·ve et social·e en EHPAD – accueil de jour",
    diplomes: ["DEAES", "TP_ADVF"],
    niveau: "Toutes années",
    duree: [6, 8],
    places: 2,
    placesRestantes: 1, // one application accepted below
  },
  {
    n: 3,
    statut: "publiee",
    titre: "PFMP Bac pro ASSP en EHPAD",
    diplomes: ["BAC_PRO_ASSP"],
    niveau: "Toutes années",
    duree: [3, 6],
    places: 3,
    placesRestantes: 3,
    touteLAnnee: true,
  },
  {
    n: 4,
    statut: "soumise",
    titre: "Stage aide-soignant·e de nuit en EHPAD",
    diplomes: ["DEAS"],
    niveau: "2e année",
    duree: [4, 5],
    places: 1,
    placesRestantes: 1,
    horairesNuit: true,
  },
  {
    n: 5,
    statut: "brouillon",
    titre: "Stage conseiller·ère en économie sociale familiale en EHPAD",
    diplomes: ["DECESF"],
    niveau: "Toutes années",
    duree: [4, 8],
    places: 1,
    placesRestantes: 1,
  },
  {
    n: 6,
    statut: "refusee",
    titre: "Stage découverte des métiers du grand âge",
    diplomes: ["DEAES", "BAC_PRO_ASSP"],
    niveau: "Préqualification / découverte",
    duree: [2, 3],
    places: 2,
    placesRestantes: 2,
    motifRefus:
      "La description ne précise ni les missions confiées au ou à la stagiaire ni l'encadrement prévu. Complétez-la puis soumettez à nouveau l'offre.",
  },
  {
    n: 7,
    statut: "pourvue",
    titre: "Stage aide-soignant·e en EHPAD – hébergement permanent",
    diplomes: ["DEAS"],
    niveau: "1re année",
    duree: [5, 5],
    places: 1,
    placesRestantes: 0,
  },
];

const PERSONA_SITE: DemoSite = {
  id: PERSONA_EMPLOYEUR_SITE_ID,
  organisationId: personas.employeur.organisation.id,
  nom: "EHPAD Les Pins",
  categorie: "EHPAD",
  public: "PERSONNES_AGEES",
  adresse: personas.employeur.organisation.adresse,
  communeCode: PERSONA_EMPLOYEUR_COMMUNE,
  latitude: 0,
  longitude: 0,
};

function personaOffres(
  today: string,
  communes: ReadonlyMap<string, DemoCommuneInput>,
  gares: Gare[],
): DemoOffre[] {
  const commune = communes.get(PERSONA_EMPLOYEUR_COMMUNE);
  if (!commune) throw new Error(`Commune absente du référentiel : ${PERSONA_EMPLOYEUR_COMMUNE}`);
  const site = { ...PERSONA_SITE, latitude: commune.latitude, longitude: commune.longitude };
  return PERSONA_OFFRES.map((spec) => {
    const id = `${DEMO_ID_PREFIX.offre}pins-${spec.n}`;
    const t = new Tirage(id);
    const base = draftOffre({ site, communeNom: commune.nom }, t, gares);
    const draft: OffreDraft = {
      ...base,
      titre: spec.titre,
      diplomes: spec.diplomes,
      niveau: spec.niveau,
      description:
        spec.statut === "refusee"
          ? "Venez découvrir nos métiers."
          : [
              `L'EHPAD Les Pins accueille 84 résident·es à ${commune.nom}, dont 14 en unité protégée.`,
              MISSIONS[at(spec.diplomes, 0)],
              "Jean Lafitte, directeur, et l'équipe soignante accueillent des stagiaires toute l'année.",
            ].join(" "),
      dureeMinSemaines: spec.duree[0],
      dureeMaxSemaines: spec.duree[1],
      places: spec.places,
      tuteurNom: spec.n % 2 === 0 ? "Maïté Darrigrand" : "Sandrine Lacoste",
      tuteurFonction: spec.n % 2 === 0 ? "Infirmière coordinatrice" : "Cadre de santé",
      tuteurContact: spec.n % 2 === 0 ? "maite.darrigrand@demo.iflts.fr" : "sandrine.lacoste@demo.iflts.fr",
      gratification: false,
      gratificationDetail: null,
      logement: false,
      horairesNuit: spec.horairesNuit ?? false,
      horairesWeekend: true,
      permisRequis: false,
    };
    return finalise(id, draft, spec.statut, today, t, {
      touteLAnnee: spec.touteLAnnee ?? false,
      placesRestantes: spec.placesRestantes,
      motifRefus: spec.motifRefus,
    });
  });
}

function personaCandidatures(today: string, offres: readonly DemoOffre[]): DemoCandidature[] {
  const byId = new Map(offres.map((o) => [o.id, o]));
  const offre = (id: string) => {
    const o = byId.get(id);
    if (!o) throw new Error(`Offre de démonstration absente : ${id}`);
    return o;
  };
  // The "lue" one goes to another employer: a published offer near Dax open to DEAES.
  const ailleurs = offres.find(
    (o) =>
      o.statut === "publiee" &&
      !o.touteLAnnee &&
      o.placesRestantes > 0 &&
      o.diplomes.includes("DEAES") &&
      !!o.publieeAt &&
      o.publieeAt < instant(today, 6, 0, 0) &&
      !o.id.includes("pins") &&
      (o.communeCode === "40088" || o.communeCode === "40279"),
  );
  if (!ailleurs) throw new Error("Aucune offre publiée pour la candidature de démonstration");
  const periode = (o: DemoOffre) => {
    const p = at(o.periodes, 0);
    const fin = addDays(p.debut, o.dureeMinSemaines * 7 - 3);
    return { periodeDebut: p.debut, periodeFin: fin < p.fin ? fin : p.fin };
  };
  const common = {
    apprenantId: personas.apprenant.id,
    organismeFormation: personas.organisme.organisation.nom,
    diplome: "DEAES" as const,
  };
  return [
    {
      ...common,
      id: `${DEMO_ID_PREFIX.candidature}1`,
      offreId: offre(`${DEMO_ID_PREFIX.offre}pins-1`).id,
      ...periode(offre(`${DEMO_ID_PREFIX.offre}pins-1`)),
      message:
        "Bonjour, je suis en formation d'accompagnante éducative et sociale et je souhaiterais découvrir l'accompagnement en unité protégée. Je suis disponible pour un entretien quand vous le souhaitez. Camille Dupuy",
      statut: "envoyee",
      lueAt: null,
      reponduAt: null,
      createdAt: instant(today, 10, 8, 30), // older than the 7-day reminder: the employer sees the banner
    },
    {
      ...common,
      id: `${DEMO_ID_PREFIX.candidature}2`,
      offreId: ailleurs.id,
      ...periode(ailleurs),
      message:
        "Bonjour, votre établissement m'intéresse pour mon stage de formation d'accompagnante éducative et sociale. J'habite à Dax et je me déplace en bus. Bien cordialement, Camille Dupuy",
      statut: "lue",
      lueAt: instant(today, 3, 14, 5),
      reponduAt: null,
      createdAt: instant(today, 5, 18, 40),
    },
    {
      ...common,
      id: `${DEMO_ID_PREFIX.candidature}3`,
      offreId: offre(`${DEMO_ID_PREFIX.offre}pins-2`).id,
      ...periode(offre(`${DEMO_ID_PREFIX.offre}pins-2`)),
      message:
        "Bonjour, je prépare le diplôme d'État d'accompagnant éducatif et social et l'accueil de jour correspond à mon projet professionnel. Merci de l'attention portée à ma candidature. Camille Dupuy",
      statut: "acceptee",
      lueAt: instant(today, 18, 9, 15),
      reponduAt: instant(today, 15, 11, 0),
      createdAt: instant(today, 20, 20, 10),
    },
  ];
}

// ---------------------------------------------------------------------------

type Gare = { code: string; nom: string; point: DemoCommuneInput };

/**
 * The demo employers (with their sites), ~300 offers and the persona learner's applications.
 * `today` is "YYYY-MM-DD" (Paris); `communes` must hold every code of DEMO_COMMUNES, DEMO_GARES
 * and the host sites; `hostSites` (sites seeded elsewhere) receive part of the generated offers.
 */
export function generateDemoStages(input: {
  today: string;
  communes: readonly DemoCommuneInput[];
  hostSites?: readonly DemoHostSite[];
}): DemoStages {
  const { today } = input;
  const communes = new Map(input.communes.map((c) => [c.code, c]));
  const organisations = generateOrganisations(communes);
  const gares: Gare[] = Object.entries(DEMO_GARES).flatMap(([code, nom]) => {
    const point = communes.get(code);
    return point ? [{ code, nom, point }] : [];
  });

  const lieux: Lieu[] = organisations.flatMap((o) =>
    o.sites.map((site) => ({ site, communeNom: communes.get(site.communeCode)?.nom ?? site.communeCode })),
  );
  for (const host of input.hostSites ?? []) {
    const commune = communes.get(host.communeCode);
    if (!commune) throw new Error(`Commune absente du référentiel : ${host.communeCode}`);
    lieux.push({
      site: {
        ...host,
        public: PUBLIC_BY_CATEGORIE[host.categorie],
        adresse: "",
        latitude: commune.latitude,
        longitude: commune.longitude,
      },
      communeNom: commune.nom,
    });
  }
  if (lieux.length > GENERATED_OFFRE_COUNT) throw new Error("Plus de sites que d'offres à répartir");

  // One offer per site, the rest spread at random (at most 5 per site).
  const global = new Tirage("repartition");
  const counts = lieux.map(() => 1);
  let remaining = GENERATED_OFFRE_COUNT - lieux.length;
  while (remaining > 0) {
    const i = global.int(0, lieux.length - 1);
    if (at(counts, i) >= 5) continue;
    counts[i] = at(counts, i) + 1;
    remaining -= 1;
  }
  const statuts = global.shuffle(
    (Object.entries(GENERATED_STATUTS) as [DemoStatut, number][]).flatMap(([s, n]) =>
      Array<DemoStatut>(n).fill(s),
    ),
  );

  const offres: DemoOffre[] = [];
  lieux.forEach((lieu, i) => {
    for (let k = 0; k < at(counts, i); k++) {
      const id = `${DEMO_ID_PREFIX.offre}${pad(offres.length + 1, 3)}`;
      const t = new Tirage(id);
      offres.push(finalise(id, draftOffre(lieu, t, gares), at(statuts, offres.length), today, t));
    }
  });
  offres.push(...personaOffres(today, communes, gares));

  return { organisations, offres, candidatures: personaCandidatures(today, offres) };
}
