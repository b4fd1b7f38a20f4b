import { DEMANDE_STATUT_LABELS, type DemandeStatut } from "@/lib/freins/constants";
import { StatutBadge, type StatutTone } from "@/components/ui/StatutBadge";

const TONES: Record<DemandeStatut, StatutTone> = {
  nouvelle: "info",
  prise_en_charge: "pending",
  solution_proposee: "success",
  resolue: "success",
  sans_solution: "danger",
  abandonnee: "neutral",
};

/** A request's status. */
export function DemandeStatutBadge({ statut }: { statut: DemandeStatut }) {
  return <StatutBadge tone={TONES[statut]}>{DEMANDE_STATUT_LABELS[statut]}</StatutBadge>;
}
