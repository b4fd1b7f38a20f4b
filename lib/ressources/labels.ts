// Small display helpers of resources (pure, client-safe).
import type { MobiliteType, PropositionStatut, RessourceType } from "@/generated/prisma/enums";
import { MOBILITE_TYPE_LABELS, RESSOURCE_TYPE_LABELS } from "@/lib/ressources/constants";
import { formatDay, formatSession } from "@/lib/format";

/** "Mobilité – vélo", "Hébergement". */
export function typeLabel(type: RessourceType, mobiliteType: MobiliteType | null): string {
  return mobiliteType
    ? `${RESSOURCE_TYPE_LABELS[type]} – ${MOBILITE_TYPE_LABELS[mobiliteType].toLowerCase()}`
    : RESSOURCE_TYPE_LABELS[type];
}

/** "du 1er mars 2027", "jusqu'au …", "toute l'année" for an availability window ("YYYY-MM-DD" or null). */
export function disponibiliteLabel(debut: string | null, fin: string | null): string {
  if (!debut && !fin) return "Sans limite de date";
  if (debut && fin) return formatSession(debut, fin);
  if (debut) return `À partir du ${formatDay(debut)}`;
  return `Jusqu'au ${formatDay(fin!)}`;
}

export const PROPOSITION_STATUT_LABELS: Record<PropositionStatut, string> = {
  proposee: "Proposée, en attente de réponse",
  acceptee: "Acceptée",
  declinee: "Déclinée",
  annulee: "Retirée par la cellule",
};
