import { FORMATION_STATUT_LABELS, type FormationStatut } from "@/lib/formations/constants";
import { StatutBadge, type StatutTone } from "@/components/ui/StatutBadge";

const TONES: Record<FormationStatut, StatutTone> = {
  brouillon: "neutral",
  soumise: "pending",
  publiee: "success",
  refusee: "danger",
  archivee: "neutral",
};

/** A training offer's status. */
export function FormationStatutBadge({ statut }: { statut: FormationStatut }) {
  return <StatutBadge tone={TONES[statut]}>{FORMATION_STATUT_LABELS[statut]}</StatutBadge>;
}
