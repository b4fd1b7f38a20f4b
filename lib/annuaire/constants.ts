// Labels and limits of the partner directory (pure, client-safe).

export const PRESENTATION_MAX = 2000;
export const LIEN_LIBELLE_MAX = 80;
export const LIEN_URL_MAX = 500;
export const LIENS_MAX = 10;

export const ORGANISATION_TYPE_LABELS = {
  employeur: "Employeur",
  organisme_formation: "Organisme de formation",
} as const;
export type OrganisationType = keyof typeof ORGANISATION_TYPE_LABELS;
