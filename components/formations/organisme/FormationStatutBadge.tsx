import { FORMATION_STATUT_LABELS, type FormationStatut } from "@/lib/formations/constants";

const STYLES: Record<FormationStatut, string> = {
  brouillon: "border-gray-600 bg-gray-50 text-gray-900",
  soumise: "border-amber-700 bg-amber-50 text-amber-900",
  publiee: "border-pin-700 bg-pin-50 text-pin-900",
  refusee: "border-red-700 bg-red-50 text-red-900",
  archivee: "border-gray-600 bg-gray-50 text-gray-900",
};

/** A training offer's status as text (never colour alone). */
export function FormationStatutBadge({ statut }: { statut: FormationStatut }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${STYLES[statut]}`}>
      {FORMATION_STATUT_LABELS[statut]}
    </span>
  );
}
