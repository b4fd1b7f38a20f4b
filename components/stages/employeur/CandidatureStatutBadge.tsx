import { CANDIDATURE_STATUT_LABELS, type CandidatureStatut } from "@/lib/stages/constants";
import { StatutBadge, type StatutTone } from "@/components/ui/StatutBadge";

// Worded for the employer: "sent" and "read" both mean an answer is expected from them.
const STATUTS: Record<CandidatureStatut, { label: string; tone: StatutTone }> = {
  envoyee: { label: "En attente de votre réponse", tone: "pending" },
  lue: { label: "En attente de votre réponse", tone: "pending" },
  acceptee: { label: CANDIDATURE_STATUT_LABELS.acceptee, tone: "success" },
  refusee: { label: CANDIDATURE_STATUT_LABELS.refusee, tone: "danger" },
  retiree: { label: "Retirée par l'apprenant·e", tone: "neutral" },
};

/** An application's status, from the employer's point of view. */
export function CandidatureStatutBadge({ statut }: { statut: CandidatureStatut }) {
  const { label, tone } = STATUTS[statut];
  return <StatutBadge tone={tone}>{label}</StatutBadge>;
}
