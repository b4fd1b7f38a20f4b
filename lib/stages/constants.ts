// Labels and limits of the stages domain (pure: shared by forms, pages and server).

export const STAGE_STATUTS = [
  "brouillon",
  "soumise",
  "publiee",
  "pourvue",
  "expiree",
  "archivee",
  "refusee",
] as const;
export type StageStatut = (typeof STAGE_STATUTS)[number];

export const STAGE_STATUT_LABELS: Record<StageStatut, string> = {
  brouillon: "Brouillon",
  soumise: "En attente de modération",
  publiee: "Publiée",
  pourvue: "Pourvue",
  expiree: "Expirée",
  archivee: "Archivée",
  refusee: "Refusée par la modération",
};

export const CANDIDATURE_STATUTS = ["envoyee", "lue", "acceptee", "refusee", "retiree"] as const;
export type CandidatureStatut = (typeof CANDIDATURE_STATUTS)[number];

export const CANDIDATURE_STATUT_LABELS: Record<CandidatureStatut, string> = {
  envoyee: "Envoyée",
  lue: "Lue par l'employeur",
  acceptee: "Acceptée",
  refusee: "Refusée",
  retiree: "Retirée",
};

export const NIVEAUX = [
  "Toutes années",
  "1re année",
  "2e année",
  "3e année",
  "Préqualification / découverte",
] as const;

export const SIGNALEMENT_MOTIFS = {
  offre_fictive: "Offre qui semble fictive ou trompeuse",
  informations_erronees: "Informations erronées ou périmées",
  discrimination: "Contenu discriminatoire",
  contenu_inapproprie: "Contenu inapproprié",
  autre: "Autre motif",
} as const;
export type SignalementMotif = keyof typeof SIGNALEMENT_MOTIFS;

export const TITRE_MAX = 120;
export const DESCRIPTION_MAX = 4000;
export const TUTEUR_MAX = 120;
export const TEXTE_COURT_MAX = 300;
export const MESSAGE_MAX = 2000;
export const ORGANISME_FORMATION_MAX = 150;
export const MOTIF_MAX = 1000;
export const PLACES_MIN = 1;
export const PLACES_MAX = 50;
export const DUREE_MAX_SEMAINES = 52;
export const PERIODES_MAX = 12;
/** Applications left unanswered longer than this are flagged to the employer. */
export const CANDIDATURE_RAPPEL_JOURS = 7;
export const RAYON_MIN_KM = 5;
export const RAYON_MAX_KM = 60;
