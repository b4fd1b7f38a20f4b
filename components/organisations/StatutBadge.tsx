const LABELS = {
  en_attente: {
    text: "En attente de vérification",
    className: "border-amber-700 bg-amber-50 text-amber-900",
  },
  verifiee: { text: "Vérifiée", className: "border-pin-700 bg-pin-50 text-pin-900" },
  refusee: { text: "Inscription refusée", className: "border-red-700 bg-red-50 text-red-900" },
} as const;

/** Status as text (never colour alone). */
export function StatutBadge({ statut }: { statut: keyof typeof LABELS }) {
  const { text, className } = LABELS[statut];
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${className}`}>
      {text}
    </span>
  );
}
