// Labels and limits of the collèges and their membership (pure, client-safe).

export const MOTIVATION_MAX = 1000;
export const MOTIF_MAX = 1000;

export const MEMBERSHIP_STATUT_LABELS = {
  en_attente: "Demande en attente",
  acceptee: "Membre",
  refusee: "Demande refusée",
  retiree: "Adhésion terminée",
} as const;
export type MembershipStatut = keyof typeof MEMBERSHIP_STATUT_LABELS;

export const MEMBRE_TYPE_LABELS = {
  organisation: "Organisations",
  personne: "Personnes",
} as const;

/** The rule shown on the membership page and enforced by requestCollegeMembership(). */
export const REGLE_ADHESION =
  "Une organisation ne peut être membre que d'un seul collège, et une personne d'un seul collège à titre individuel. Une demande en attente compte : attendez la décision de l'institut ou retirez-vous avant d'en faire une autre.";
