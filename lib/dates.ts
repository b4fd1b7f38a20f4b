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

// ---------------------------------------------------------------------------
// Working days (jours ouvrés): Monday to Friday, French public holidays excluded.

/** Easter Sunday of `year` (anonymous Gregorian algorithm), as a UTC-midnight Date. */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const holidayCache = new Map<number, Set<string>>();

/** The 11 French public holidays of `year` (metropolitan France), as "YYYY-MM-DD". */
export function frenchPublicHolidays(year: number): Set<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const afterEaster = (days: number) => {
    const d = new Date(easter);
    d.setUTCDate(d.getUTCDate() + days);
    return isoFromDate(d);
  };
  const fixed = ["01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25"];
  const days = new Set([
    ...fixed.map((md) => `${year}-${md}`),
    afterEaster(1), // lundi de Pâques
    afterEaster(39), // Ascension
    afterEaster(50), // lundi de Pentecôte
  ]);
  holidayCache.set(year, days);
  return days;
}

/** True for Monday–Friday days ("YYYY-MM-DD") that are not French public holidays. */
export function isWorkingDay(day: string): boolean {
  const weekday = dateFromIso(day).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !frenchPublicHolidays(Number(day.slice(0, 4))).has(day);
}

/** The working day `n` working days after `day` (n ≥ 0; 0 gives `day` itself), "YYYY-MM-DD". */
export function addWorkingDays(day: string, n: number): string {
  const d = dateFromIso(day);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(isoFromDate(d))) left--;
  }
  return isoFromDate(d);
}

/** Working days after `from` up to and including `to` ("YYYY-MM-DD"); 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string): number {
  const d = dateFromIso(from);
  const end = dateFromIso(to);
  let count = 0;
  while (d < end) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(isoFromDate(d))) count++;
  }
  return count;
}
