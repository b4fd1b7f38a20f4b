import { CANDIDATURE_STATUT_LABELS, type CandidatureStatut } from "@/lib/stages/constants";

// Worded for the employer: "sent" and "read" both mean an answer is expected from them.
const LABELS: Record<CandidatureStatut, { text: string; className: string }> = {
  envoyee: { text: "En attente de votre réponse", className: "border-amber-700 bg-amber-50 text-amber-900" },
  lue: { text: "En attente de votre réponse", className: "border-amber-700 bg-amber-50 text-amber-900" },
  acceptee: { text: CANDIDATURE_STATUT_LABELS.acceptee, className: "border-pin-700 bg-pin-50 text-pin-900" },
  refusee: { text: CANDIDATURE_STATUT_LABELS.refusee, className: "border-red-700 bg-red-50 text-red-900" },
  retiree: { text: "Retirée par l'apprenant·e", className: "border-gray-600 bg-gray-50 text-gray-900" },
};

/** An application's status as text (never colour alone), from the employer's point of view. */
export function CandidatureStatutBadge({ statut }: { statut: CandidatureStatut }) {
  const { text, className } = LABELS[statut];
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${className}`}>
      {text}
    </span>
  );
}
