// The open data shape of the published training offers, shared by the JSON, CSV and LHEO exports
// (pure). Public information only: what the training body publishes on its offer (the contact and
// the disability referent included); never a member's name or e-mail, never a draft or refused offer.
// Documented on /donnees-ouvertes: a field added here must be added to that page.
import type { Modalite, Rythme } from "@/lib/formations/constants";

export const OPEN_DATA_LICENCE = {
  nom: "Licence Ouverte / Open Licence version 2.0 (Etalab)",
  url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence",
} as const;

export const OPEN_DATA_PRODUCTEUR = "Institut fédératif landais du travail social (IFLTS)";

export type OpenDataLieu = {
  /** name of the training site, e.g. "Campus de Mont-de-Marsan" */
  nom: string;
  adresse: string;
  codePostal: string | null;
  commune: string;
  codeInsee: string;
  latitude: number;
  longitude: number;
};

export type OpenDataSession = {
  id: string;
  /** "YYYY-MM-DD" */
  debut: string;
  fin: string;
  dateLimiteCandidature: string | null;
  places: number;
  rythme: Rythme;
  rythmeDetail: string | null;
  lieu: OpenDataLieu;
};

export type OpenDataFormation = {
  organisme: {
    siret: string;
    /** numéro de déclaration d'activité (11 digits), null until the training body gives it */
    numeroActivite: string | null;
    nom: string;
    adresse: string;
    codePostal: string | null;
    commune: string;
    codeInsee: string;
  };
  formation: {
    id: string;
    intitule: string;
    diplome: {
      code: string;
      intitule: string;
      /** national qualification level (3 = CAP, 4 = bac, 6 = licence) */
      niveau: number;
      /** "RNCP35830", null when not known for sure */
      rncp: string | null;
    };
    modalite: Modalite;
    description: string;
    dureeHeures: number;
    heuresStage: number;
    prerequis: string;
    selection: string;
    couts: string;
    financements: { region: boolean; cpf: boolean; apprentissage: boolean };
    contact: string;
    referentHandicap: string;
    /** the training body's own page about the offer */
    url: string | null;
    /** public aimed at: FORMACODE codes (5 digits); empty until the training body gives them */
    codesPublicVise: string[];
    /** "YYYY-MM-DD", last publication */
    publieeLe: string | null;
    /** ISO 8601 instant of the last change (what updated_since compares) */
    misAJourLe: string;
  };
  sessions: OpenDataSession[];
};

/** An offer that left publication at or after `updated_since`: a reuser removes it. */
export type OpenDataRetrait = { id: string; retireLe: string };

export type OpenDataEnvelopeOptions = {
  generatedAt: Date;
  documentationUrl: string;
  /** URL of the JSON schema of the document, when there is one */
  schemaUrl?: string;
  updatedSince: Date | null;
  pageSize: number;
  /** URL of the next page, null on the last one */
  suivant: string | null;
  /** only with updated_since, on the first page */
  retraits: OpenDataRetrait[];
};

/** An open data JSON document: licence, producer, time, paging and sync, then `nombreX` and the list `x`. */
export type OpenDataJson<K extends string, T> = {
  licence: typeof OPEN_DATA_LICENCE;
  producteur: string;
  documentation: string;
  schema?: string;
  /** ISO 8601 instant the export was produced (the data is read live) */
  generatedAt: string;
  updatedSince: string | null;
  pagination: { taillePage: number; suivant: string | null };
  retraits: OpenDataRetrait[];
} & Record<`nombre${Capitalize<K>}`, number> &
  Record<K, T[]>;

export type OpenDataDocument = OpenDataJson<"formations", OpenDataFormation>;

/** Builds the JSON document of one page of an export (the key order is the documented one). */
export function buildOpenDataJson<K extends string, T>(
  key: K,
  items: T[],
  options: OpenDataEnvelopeOptions,
): OpenDataJson<K, T> {
  const count = `nombre${key.charAt(0).toUpperCase()}${key.slice(1)}`;
  return {
    licence: OPEN_DATA_LICENCE,
    producteur: OPEN_DATA_PRODUCTEUR,
    documentation: options.documentationUrl,
    ...(options.schemaUrl ? { schema: options.schemaUrl } : {}),
    generatedAt: options.generatedAt.toISOString(),
    updatedSince: options.updatedSince?.toISOString() ?? null,
    pagination: { taillePage: options.pageSize, suivant: options.suivant },
    [count]: items.length,
    [key]: items,
    retraits: options.retraits,
  } as OpenDataJson<K, T>;
}
