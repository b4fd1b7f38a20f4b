import { DEMANDE_STATUT_CLASSES, DEMANDE_STATUT_LABELS, type DemandeStatut } from "@/lib/freins/constants";

/** The request's status as text in a bordered badge (never colour alone). */
export function DemandeStatutBadge({ statut }: { statut: DemandeStatut }) {
  return (
    <span
      className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${DEMANDE_STATUT_CLASSES[statut]}`}
    >
      {DEMANDE_STATUT_LABELS[statut]}
    </span>
  );
}
