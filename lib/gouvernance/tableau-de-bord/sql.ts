// SQL pieces shared by the dashboard's and the observatory's aggregates (no server-only: the
// benchmark runs them with its own client).
import { Prisma } from "@/generated/prisma/client";
import { addDays, addMonths } from "./filtres";
import type { PeriodeFiltre } from "./types";

export const HORS_TERRITOIRE = "Hors territoire";

/** `column` between the period's first day and last day included (timestamps and dates alike). */
export function inPeriode(column: string, f: PeriodeFiltre): Prisma.Sql {
  const col = Prisma.raw(column);
  return Prisma.sql`${col} >= ${f.debut}::date AND ${col} < ${addDays(f.fin, 1)}::date`;
}

/** `AND column = territoireId` when a territory is chosen. */
export function andTerritoire(column: string, f: PeriodeFiltre): Prisma.Sql {
  return f.territoireId ? Prisma.sql`AND ${Prisma.raw(column)} = ${f.territoireId}` : Prisma.empty;
}

/** Joins the territory `t` of the commune code `column` (commune → EPCI → territory). */
export function joinTerritoireOfCommune(column: string): Prisma.Sql {
  return Prisma.sql`LEFT JOIN "Commune" c ON c.code = ${Prisma.raw(column)}
    LEFT JOIN "Epci" e ON e.code = c."epciCode"
    LEFT JOIN "Territoire" t ON t.id = e."territoireId"`;
}

/** The months ("YYYY-MM") from the month of `debut` to that of `fin`. */
export function monthsOf(debut: string, fin: string): string[] {
  const months: string[] = [];
  let day = `${debut.slice(0, 7)}-01`;
  while (day.slice(0, 7) <= fin.slice(0, 7)) {
    months.push(day.slice(0, 7));
    day = addMonths(day, 1);
  }
  return months;
}
