// Labels, limits and rules of pooled resources (pure, client-safe).
import type { BesoinType, MobiliteType, RessourceStatut, RessourceType } from "@/generated/prisma/enums";

export const RESSOURCE_TYPES = [
  "hebergement",
  "salle_formation",
  "mobilite",
  "garde_enfants",
  "autre",
] as const;
export const MOBILITE_TYPES = ["vehicule", "velo", "covoiturage"] as const;

export const RESSOURCE_TYPE_LABELS: Record<RessourceType, string> = {
  hebergement: "Hébergement",
  salle_formation: "Salle de formation",
  mobilite: "Mobilité",
  garde_enfants: "Garde d'enfants",
  autre: "Autre",
};

export const MOBILITE_TYPE_LABELS: Record<MobiliteType, string> = {
  vehicule: "Véhicule",
  velo: "Vélo",
  covoiturage: "Covoiturage",
};

export const RESSOURCE_STATUT_LABELS: Record<RessourceStatut, string> = {
  brouillon: "Brouillon",
  soumise: "En attente de modération",
  publiee: "Publiée",
  refusee: "Refusée",
  archivee: "Archivée",
};

export const TITRE_MAX = 120;
export const DESCRIPTION_MAX = 2000;
export const ADRESSE_MAX = 200;
export const CONDITIONS_MAX = 1000;
export const EQUIPEMENTS_MAX = 1000;
export const PRIX_MAX = 120;
export const PRESENTATION_MAX = 1000;
export const TELEPHONE_MAX = 30;
export const MESSAGE_MAX = 1000;
export const MOTIF_MAX = 1000;
export const CAPACITE_MAX = 500;

/** Radii offered to agents when matching, in km; the default is in the middle. */
export const MATCHING_RAYONS_KM = [10, 20, 30, 50] as const;
export const MATCHING_RAYON_DEFAUT_KM = 30;
/** Radius of the "À proximité" section of a stage's page. */
export const PROXIMITE_STAGE_KM = 20;

/**
 * Which resource types answer which need of a request. Decided: "équipement" is answered by the
 * "autre" resources and by training rooms (a room with computers for the written part of a course);
 * "financier" by none (money is not pooled, the cell answers it by other means).
 */
export const TYPES_PAR_BESOIN: Record<BesoinType, readonly RessourceType[]> = {
  logement: ["hebergement"],
  mobilite: ["mobilite"],
  garde_enfants: ["garde_enfants"],
  equipement: ["autre", "salle_formation"],
  autre: ["autre"],
  financier: [],
};

/** The need a resource type answers first, for the "Demander via ma cellule locale" link. */
export const BESOIN_PAR_TYPE: Record<RessourceType, BesoinType> = {
  hebergement: "logement",
  mobilite: "mobilite",
  garde_enfants: "garde_enfants",
  salle_formation: "equipement",
  autre: "autre",
};

/** How learners see who offers a resource owned by a person: never their name. */
export const PARTICULIER_LABEL = "Particulier vérifié (famille d'accueil)";

/** Per-commune counts of available housing and mobility resources (map layer): no id, no address, no name. */
export type RessourceCommuneAgregat = {
  code: string;
  nom: string;
  latitude: number;
  longitude: number;
  hebergement: number;
  mobilite: number;
};

/** "2 hébergements, 1 mobilité". */
export function agregatLabel(a: { hebergement: number; mobilite: number }): string {
  const parts: string[] = [];
  if (a.hebergement > 0) parts.push(`${a.hebergement} hébergement${a.hebergement > 1 ? "s" : ""}`);
  if (a.mobilite > 0) parts.push(`${a.mobilite} solution${a.mobilite > 1 ? "s" : ""} de mobilité`);
  return parts.join(", ");
}
