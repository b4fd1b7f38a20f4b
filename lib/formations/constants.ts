// Labels and limits of the formations domain (pure).

export const FORMATION_STATUT_LABELS = {
  brouillon: "Brouillon",
  soumise: "En attente de modération",
  publiee: "Publiée",
  refusee: "Refusée par la modération",
  archivee: "Archivée",
} as const;
export type FormationStatut = keyof typeof FORMATION_STATUT_LABELS;

export const MODALITE_LABELS = {
  formation_initiale: "Formation initiale",
  apprentissage: "Apprentissage",
  formation_continue: "Formation continue",
  vae: "Validation des acquis de l'expérience (VAE)",
  preparation: "Préparation / préqualification",
} as const;
export type Modalite = keyof typeof MODALITE_LABELS;

export const RYTHME_LABELS = {
  temps_plein: "Temps plein",
  alternance: "Alternance",
  temps_partiel: "Temps partiel",
} as const;
export type Rythme = keyof typeof RYTHME_LABELS;

/** A session's state, computed from its dates (never stored, so it cannot go stale). */
export const SESSION_ETAT_LABELS = {
  a_venir: "À venir",
  en_cours: "En cours",
  terminee: "Terminée",
} as const;
export type SessionEtat = keyof typeof SESSION_ETAT_LABELS;

export function sessionEtat(debut: string, fin: string, today: string): SessionEtat {
  if (today < debut) return "a_venir";
  return today <= fin ? "en_cours" : "terminee";
}

export const FORMATION_TITRE_MAX = 150;
export const FORMATION_TEXTE_MAX = 3000;
export const FORMATION_COURT_MAX = 300;
export const URL_MAX = 500;
export const DUREE_HEURES_MAX = 5000;
export const SESSION_PLACES_MAX = 500;
export const SESSIONS_MAX = 20;
export const RYTHME_DETAIL_MAX = 200;
export const MOTIF_MAX = 1000;

/** LHÉO accepts 1 to 10 codes of the public aimed at (code-public-vise). */
export const PUBLICS_VISES_MAX = 10;
