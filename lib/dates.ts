// Calendar dates of the Landes (Europe/Paris), as "YYYY-MM-DD" strings and UTC-midnight Dates.

const parisDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Paris, "YYYY-MM-DD". */
export function todayInParis(now: Date = new Date()): string {
  return parisDay.format(now);
}

/** "YYYY-MM-DD" → Date at UTC midnight (how @db.Date columns round-trip). */
export function dateFromIso(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** Date (UTC midnight) → "YYYY-MM-DD". */
export function isoFromDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const frenchDay = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** A calendar date (UTC midnight) in French: "3 mars 2027". */
export function formatDay(date: Date): string {
  return frenchDay.format(date);
}
