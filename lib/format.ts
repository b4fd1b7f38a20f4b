import { dateFromIso, formatDay } from "@/lib/dates";

// French display formats, fixed to the Landes' time zone so server and browser agree.
const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });
const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});

export const formatDate = (d: Date) => dateFormat.format(d);
export const formatDateTime = (d: Date) => dateTimeFormat.format(d);

const kmFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** "à 3,4 km" under 10 km, "à 27 km" beyond, "à moins de 1 km" below 1. */
export function formatDistance(km: number): string {
  if (km < 1) return "à moins de 1 km";
  return `à ${kmFormat.format(km < 10 ? Math.round(km * 10) / 10 : Math.round(km))} km`;
}

const dayMonth = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", day: "numeric", month: "long" });

/** "du 3 mars au 28 avril 2027" for two "YYYY-MM-DD" days, the year once when both share it. */
export function formatPeriode(debut: string, fin: string): string {
  const d = dateFromIso(debut);
  const start = debut.slice(0, 4) === fin.slice(0, 4) ? dayMonth.format(d) : formatDay(d);
  // French writes the first of the month "1er".
  return `du ${start} au ${formatDay(dateFromIso(fin))}`.replace(/(^|\s)1 (?=\p{L})/gu, "$11er ");
}
