import { DEMANDE_STATUT_LABELS, type DemandeStatut } from "@/lib/freins/constants";

/** The French label of an audit entry of a request's timeline (the agents' journal names the actor). */
export function timelineLabel(action: string, forApprenant = false): string {
  if (action === "demande.creation") return "demande envoyée";
  if (action === "demande.prise_en_charge")
    return forApprenant ? "prise en charge par un agent de la cellule locale" : "prise en charge";
  if (action === "demande.lecture") return "consultée";
  const statut = action.replace("demande.statut.", "");
  if (statut in DEMANDE_STATUT_LABELS) return `statut : ${DEMANDE_STATUT_LABELS[statut as DemandeStatut]}`;
  return action;
}
