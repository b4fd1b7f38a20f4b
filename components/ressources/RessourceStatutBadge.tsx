import type { RessourceStatut } from "@/generated/prisma/enums";
import { RESSOURCE_STATUT_LABELS } from "@/lib/ressources/constants";

const STYLES: Record<RessourceStatut, string> = {
  brouillon: "border-gray-600 bg-gray-50 text-gray-900",
  soumise: "border-amber-700 bg-amber-50 text-amber-900",
  publiee: "border-pin-700 bg-pin-50 text-pin-900",
  refusee: "border-red-700 bg-red-50 text-red-900",
  archivee: "border-gray-600 bg-gray-50 text-gray-900",
};

/** A resource's status as text (never colour alone). */
export function RessourceStatutBadge({ statut }: { statut: RessourceStatut }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${STYLES[statut]}`}>
      {RESSOURCE_STATUT_LABELS[statut]}
    </span>
  );
}
