// Labels and limits of the good-practice library (pure, client-safe).

export const PRATIQUE_THEME_LABELS = {
  recrutement: "Recrutement",
  qualite_vie_travail: "Qualité de vie au travail",
  management: "Management",
  formation: "Formation",
  mobilite: "Mobilité",
  logement: "Logement",
  autre: "Autre",
} as const;
export type PratiqueTheme = keyof typeof PRATIQUE_THEME_LABELS;
export const PRATIQUE_THEMES = Object.keys(PRATIQUE_THEME_LABELS) as [PratiqueTheme, ...PratiqueTheme[]];

export const PRATIQUE_STATUT_LABELS = {
  soumise: "En attente de modération",
  publiee: "Publiée",
  refusee: "Refusée par la modération",
  archivee: "Archivée",
} as const;
export type PratiqueStatut = keyof typeof PRATIQUE_STATUT_LABELS;

export const PRATIQUE_TITRE_MAX = 150;
export const PRATIQUE_TEXTE_MAX = 3000;
export const PRATIQUE_CONTACT_MAX = 300;
export const MOTIF_MAX = 1000;
/** Most results the library lists for one search. */
export const PRATIQUES_LIMITE = 100;
