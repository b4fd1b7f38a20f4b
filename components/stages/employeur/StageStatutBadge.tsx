import { STAGE_STATUT_LABELS, type StageStatut } from "@/lib/stages/constants";
import { StatutBadge, type StatutTone } from "@/components/ui/StatutBadge";

const TONES: Record<StageStatut, StatutTone> = {
  brouillon: "neutral",
  soumise: "pending",
  publiee: "success",
  pourvue: "info",
  expiree: "neutral",
  archivee: "neutral",
  refusee: "danger",
};

/** An offer's status. */
export function StageStatutBadge({ statut }: { statut: StageStatut }) {
  return <StatutBadge tone={TONES[statut]}>{STAGE_STATUT_LABELS[statut]}</StatutBadge>;
}
