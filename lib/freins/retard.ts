// The overdue rule of the cells' queue (pure: shared by queries, pages and tests).
import { todayInParis, workingDaysBetween } from "@/lib/dates";
import { DELAI_REPONSE_JOURS_OUVRES, STATUTS_OUVERTS, type DemandeStatut } from "@/lib/freins/constants";

/**
 * True when an open request is still new, or has no message from the cell, more than
 * DELAI_REPONSE_JOURS_OUVRES working days (weekends and French public holidays excluded) after it was made.
 */
export function isDemandeEnRetard(
  demande: { statut: DemandeStatut; createdAt: Date; celluleARepondu: boolean },
  now: Date = new Date(),
): boolean {
  if (!(STATUTS_OUVERTS as readonly string[]).includes(demande.statut)) return false;
  if (demande.statut !== "nouvelle" && demande.celluleARepondu) return false;
  return workingDaysBetween(todayInParis(demande.createdAt), todayInParis(now)) > DELAI_REPONSE_JOURS_OUVRES;
}
