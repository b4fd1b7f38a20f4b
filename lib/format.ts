// French display formats: the one place dates (and distances) are written for people, on every page
// and in every mail. Dates follow French typography ("1er mars", never "1 mars"); calendar days are
// written as they are stored, instants in the Landes' time zone, so server and browser agree.
import { dateFromIso } from "@/lib/dates";

/** A calendar day: a "YYYY-MM-DD" string or a UTC-midnight Date (how @db.Date columns round-trip). */
export type Day = string | Date;

const dayFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const dayMonthFormat = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", day: "numeric", month: "long" });
const dayOnlyFormat = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", day: "numeric" });
const parisDayFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const parisTimeFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  hour: "2-digit",
  minute: "2-digit",
});
const monthFormat = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", month: "long", year: "numeric" });
const monthShortFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "UTC",
  month: "short",
  year: "numeric",
});

/** Intl writes "1 mars": French writes the first of the month "1er". */
function write(format: Intl.DateTimeFormat, date: Date): string {
  return format
    .formatToParts(date)
    .map((p) => (p.type === "day" && p.value === "1" ? "1er" : p.value))
    .join("");
}

const asDate = (day: Day): Date => (typeof day === "string" ? dateFromIso(day) : day);
const isoOf = (day: Day): string => (typeof day === "string" ? day : day.toISOString().slice(0, 10));

/** Day: "1er mars 2027". */
export function formatDay(day: Day): string {
  return write(dayFormat, asDate(day));
}

/** The day of an instant, in Paris: "1er mars 2027". */
export function formatDate(instant: Date): string {
  return write(parisDayFormat, instant);
}

/** An instant, in Paris: "1er mars 2027 à 09:05". */
export function formatDateTime(instant: Date): string {
  return `${write(parisDayFormat, instant)} à ${parisTimeFormat.format(instant)}`;
}

/**
 * Range of two days, each written once: "du 1er au 28 mars 2027", "du 3 mars au 28 avril 2027",
 * "du 15 décembre 2027 au 10 janvier 2028"; "le 3 mars 2027" for a single day.
 */
export function formatPeriode(debut: Day, fin: Day): string {
  const [a, b] = [isoOf(debut), isoOf(fin)];
  if (a === b) return `le ${formatDay(a)}`;
  const start =
    a.slice(0, 7) === b.slice(0, 7)
      ? write(dayOnlyFormat, asDate(a))
      : a.slice(0, 4) === b.slice(0, 4)
        ? write(dayMonthFormat, asDate(a))
        : formatDay(a);
  return `du ${start} au ${formatDay(b)}`;
}

/** Session (a range standing alone, at the start of a line or a cell): "Du 1er septembre 2027 au 30 juin 2028". */
export function formatSession(debut: Day, fin: Day): string {
  const periode = formatPeriode(debut, fin);
  return periode.charAt(0).toUpperCase() + periode.slice(1);
}

/** Month of a "YYYY-MM" key: "mars 2026" (or "mars 2026" abbreviated, "sept. 2026", with `court`). */
export function formatMonth(month: string, court = false): string {
  return (court ? monthShortFormat : monthFormat).format(new Date(`${month}-01T00:00:00Z`));
}

const kmFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** "à 3,4 km" under 10 km, "à 27 km" beyond, "à moins de 1 km" below 1. */
export function formatDistance(km: number): string {
  if (km < 1) return "à moins de 1 km";
  return `à ${kmFormat.format(km < 10 ? Math.round(km * 10) / 10 : Math.round(km))} km`;
}
