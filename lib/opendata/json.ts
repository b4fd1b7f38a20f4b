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
  };
  sessions: OpenDataSession[];
};

export type OpenDataDocument = {
  licence: typeof OPEN_DATA_LICENCE;
  producteur: string;
  documentation: string;
  /** ISO 8601 instant the export was produced (the data is read live) */
  generatedAt: string;
  nombreFormations: number;
  formations: OpenDataFormation[];
};

/** The JSON export: licence and generation time at the top, then the offers. */
export function buildFormationsJson(
  formations: OpenDataFormation[],
  options: { generatedAt: Date; documentationUrl: string },
): OpenDataDocument {
  return {
    licence: OPEN_DATA_LICENCE,
    producteur: OPEN_DATA_PRODUCTEUR,
    documentation: options.documentationUrl,
    generatedAt: options.generatedAt.toISOString(),
    nombreFormations: formations.length,
    formations,
  };
}
