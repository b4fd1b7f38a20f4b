// Kinds and French labels of the audit trail shown to staff (pure, client-safe).
import { MODERATION_ACTIONS, type ModerationAction } from "@/lib/moderation/audit";

export const JOURNAL_PAGE_TAILLE = 50;

export const JOURNAL_TYPE_LABELS = {
  moderation: "Décisions de modération",
  adhesion: "Adhésions aux collèges",
  acces_demandes: "Accès aux demandes d'aide",
  statut_demandes: "Statut des demandes d'aide",
  comptes: "Comptes et organisations",
} as const;
export type JournalType = keyof typeof JOURNAL_TYPE_LABELS;

export const ENTITY_TYPE_LABELS: Record<string, string> = {
  StageOffre: "Offre de stage",
  OffreFormation: "Formation",
  Ressource: "Ressource",
  FamilleAccueil: "Famille d'accueil",
  BonnePratique: "Bonne pratique",
  CollegeMembership: "Adhésion à un collège",
  Organisation: "Organisation",
  User: "Compte",
  DemandeAide: "Demande d'aide",
  Signalement: "Signalement",
};

const ADHESION_ACTIONS: Record<string, string> = {
  "moderation.soumise": "Demande d'adhésion envoyée",
  "moderation.approuvee": "Adhésion acceptée",
  "moderation.refusee": "Adhésion refusée",
  "adhesion.retiree": "Retrait du collège",
};

const OTHER_ACTIONS: Record<string, string> = {
  "organisation.verifiee": "Organisation vérifiée",
  "organisation.refusee": "Inscription d'organisation refusée",
  "demande.lecture": "Consultation d'une demande d'aide",
};

/** The French label of an audit entry's action; an unknown one is shown as recorded. */
export function actionLabel(action: string, entityType: string): string {
  if (entityType === "CollegeMembership" && ADHESION_ACTIONS[action]) return ADHESION_ACTIONS[action];
  if (action.startsWith("moderation.")) {
    const key = action.slice("moderation.".length) as ModerationAction;
    return MODERATION_ACTIONS[key] ?? action;
  }
  if (OTHER_ACTIONS[action]) return OTHER_ACTIONS[action];
  if (action.startsWith("demande."))
    return `Demande d'aide : ${action.slice("demande.".length).replaceAll("_", " ")}`;
  return action;
}

/** The page staff can open for an entry's record, when there is one. */
export function entityHref(entityType: string, entityId: string): string | null {
  switch (entityType) {
    case "StageOffre":
      return `/stages/${entityId}`;
    case "OffreFormation":
      return `/formations/${entityId}`;
    case "BonnePratique":
      return `/bonnes-pratiques/${entityId}`;
    case "Organisation":
      return `/annuaire/${entityId}`;
    default:
      return null;
  }
}
