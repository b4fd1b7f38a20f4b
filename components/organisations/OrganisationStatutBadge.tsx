import { StatutBadge, type StatutTone } from "@/components/ui/StatutBadge";

const STATUTS = {
  en_attente: { label: "En attente de vérification", tone: "pending" },
  verifiee: { label: "Vérifiée", tone: "success" },
  refusee: { label: "Inscription refusée", tone: "danger" },
} as const satisfies Record<string, { label: string; tone: StatutTone }>;

/** An organisation's verification status. */
export function OrganisationStatutBadge({ statut }: { statut: keyof typeof STATUTS }) {
  const { label, tone } = STATUTS[statut];
  return <StatutBadge tone={tone}>{label}</StatutBadge>;
}
