import type { ReactNode } from "react";

/** What a status means for the reader; each domain maps its statuses to these. */
export type StatutTone = "neutral" | "pending" | "info" | "success" | "danger";

const TONE_CLASSES: Record<StatutTone, string> = {
  neutral: "border-gray-600 bg-gray-50 text-gray-900",
  pending: "border-amber-700 bg-amber-50 text-amber-900",
  info: "border-sky-800 bg-sky-50 text-sky-900",
  success: "border-pin-700 bg-pin-50 text-pin-900",
  danger: "border-red-700 bg-red-50 text-red-900",
};

/** A status as text in a bordered badge: the colour repeats the words, never replaces them. */
export function StatutBadge({ tone, children }: { tone: StatutTone; children: ReactNode }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${TONE_CLASSES[tone]}`}>
      {children}
    </span>
  );
}
