// Display helpers of the catalogue and the training page (pure).
import { formatDay } from "@/lib/dates";

const kmFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const nombre = new Intl.NumberFormat("fr-FR");

/** "à 3,4 km" under 10 km, "à 27 km" beyond. */
export function formatDistance(km: number): string {
  if (km < 1) return "à moins de 1 km";
  return `à ${kmFormat.format(km < 10 ? Math.round(km * 10) / 10 : Math.round(km))} km`;
}

const dayMonth = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", day: "numeric", month: "long" });
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** "du 3 mars au 28 avril 2027", the year once when both dates share it; "1er" for the first. */
export function formatPeriode(debut: string, fin: string): string {
  const start = debut.slice(0, 4) === fin.slice(0, 4) ? dayMonth.format(day(debut)) : formatDay(day(debut));
  return `du ${start} au ${formatDay(day(fin))}`.replace(/(^|\s)1 (?=\p{L})/gu, "$11er ");
}

/** "1 540 h, dont 840 h de stage". */
export function formatDuree(dureeHeures: number, heuresStage: number): string {
  const total = `${nombre.format(dureeHeures)} h`;
  return heuresStage > 0 ? `${total}, dont ${nombre.format(heuresStage)} h de stage` : `${total}, sans stage`;
}

export const pluriel = (n: number, mot: string, motPluriel = `${mot}s`) =>
  `${nombre.format(n)} ${n > 1 ? motPluriel : mot}`;
