import { STAGE_STATUT_LABELS, type StageStatut } from "@/lib/stages/constants";

const STYLES: Record<StageStatut, string> = {
  brouillon: "border-gray-600 bg-gray-50 text-gray-900",
  soumise: "border-amber-700 bg-amber-50 text-amber-900",
  publiee: "border-pin-700 bg-pin-50 text-pin-900",
  pourvue: "border-sky-800 bg-sky-50 text-sky-900",
  expiree: "border-gray-600 bg-gray-50 text-gray-900",
  archivee: "border-gray-600 bg-gray-50 text-gray-900",
  refusee: "border-red-700 bg-red-50 text-red-900",
};

/** An offer's status as text (never colour alone). */
export function StageStatutBadge({ statut }: { statut: StageStatut }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${STYLES[statut]}`}>
      {STAGE_STATUT_LABELS[statut]}
    </span>
  );
}
