import type { RessourceStatut } from "@/generated/prisma/enums";
import { RESSOURCE_STATUT_LABELS } from "@/lib/ressources/constants";
import { StatutBadge, type StatutTone } from "@/components/ui/StatutBadge";

const TONES: Record<RessourceStatut, StatutTone> = {
  brouillon: "neutral",
  soumise: "pending",
  publiee: "success",
  refusee: "danger",
  archivee: "neutral",
};

/** A resource's status. */
export function RessourceStatutBadge({ statut }: { statut: RessourceStatut }) {
  return <StatutBadge tone={TONES[statut]}>{RESSOURCE_STATUT_LABELS[statut]}</StatutBadge>;
}
