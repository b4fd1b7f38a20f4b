// Labels and limits of barrier-lifting requests (pure: shared by forms, pages and server).

export const BESOINS = ["logement", "mobilite", "garde_enfants", "financier", "equipement", "autre"] as const;
export type Besoin = (typeof BESOINS)[number];

export const BESOIN_LABELS: Record<Besoin, string> = {
  logement: "Logement",
  mobilite: "Mobilité (transport, permis, véhicule)",
  garde_enfants: "Garde d'enfants",
  financier: "Aide financière",
  equipement: "Équipement ou numérique",
  autre: "Autre besoin",
};

/** Short labels for tables and badges. */
export const BESOIN_COURTS: Record<Besoin, string> = {
  logement: "Logement",
  mobilite: "Mobilité",
  garde_enfants: "Garde d'enfants",
  financier: "Financier",
  equipement: "Équipement",
  autre: "Autre",
};

export const URGENCES = ["normale", "urgente", "tres_urgente"] as const;
export type Urgence = (typeof URGENCES)[number];

export const URGENCE_LABELS: Record<Urgence, string> = {
  normale: "Normale (dans les prochaines semaines)",
  urgente: "Urgente (dans les 15 jours)",
  tres_urgente: "Très urgente (dans la semaine)",
};

export const URGENCE_COURTS: Record<Urgence, string> = {
  normale: "Normale",
  urgente: "Urgente",
  tres_urgente: "Très urgente",
};

export const CANAUX = ["messagerie", "email", "telephone"] as const;
export type Canal = (typeof CANAUX)[number];

export const CANAL_LABELS: Record<Canal, string> = {
  messagerie: "Messagerie du guichet",
  email: "E-mail",
  telephone: "Téléphone",
};

export const DEMANDE_STATUTS = [
  "nouvelle",
  "prise_en_charge",
  "solution_proposee",
  "resolue",
  "sans_solution",
  "abandonnee",
] as const;
export type DemandeStatut = (typeof DEMANDE_STATUTS)[number];

export const DEMANDE_STATUT_LABELS: Record<DemandeStatut, string> = {
  nouvelle: "Nouvelle",
  prise_en_charge: "Prise en charge",
  solution_proposee: "Solution proposée",
  resolue: "Résolue",
  sans_solution: "Sans solution",
  abandonnee: "Abandonnée",
};

/** Closed requests: no more status change; they are anonymised after the retention. */
export const STATUTS_CLOS = [
  "resolue",
  "sans_solution",
  "abandonnee",
] as const satisfies readonly DemandeStatut[];
export const STATUTS_OUVERTS = [
  "nouvelle",
  "prise_en_charge",
  "solution_proposee",
] as const satisfies readonly DemandeStatut[];

/** Statuses an agent may set with the status form (take-charge has its own button). */
export const STATUTS_AGENT = [
  "prise_en_charge",
  "solution_proposee",
  "resolue",
  "sans_solution",
] as const satisfies readonly DemandeStatut[];
export type StatutAgent = (typeof STATUTS_AGENT)[number];

/** A request still without an agent's answer after this many working days is flagged. */
export const DELAI_REPONSE_JOURS_OUVRES = 5;
export const RETARD_LABEL = "Sans réponse depuis plus de 5 jours ouvrés";

export const DESCRIPTION_MAX = 2000;
export const MESSAGE_MAX = 2000;
export const NOTE_MAX = 2000;
export const MOTIF_MAX = 1000;
export const CONTEXTE_MAX = 200;
export const TELEPHONE_MAX = 20;
/** Longest period a request may cover. */
export const PERIODE_MAX_JOURS = 731;
