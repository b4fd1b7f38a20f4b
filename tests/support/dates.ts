// Dates relative to today in Paris, as the app counts them: fixtures stay valid whatever the day
// the suite runs. Relative import: the e2e specs load this file outside vitest's alias.
import { dateFromIso, isoFromDate, todayInParis } from "../../lib/dates";

/** "YYYY-MM-DD", `days` days after today in Paris (before it when negative). */
export function inDays(days: number): string {
  const date = dateFromIso(todayInParis());
  date.setUTCDate(date.getUTCDate() + days);
  return isoFromDate(date);
}
