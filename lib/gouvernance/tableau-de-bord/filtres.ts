// Filters of the dashboard (period and territory), read from the URL field by field (pure and
// client-safe): a bad value is ignored and reported, like /carte does.
import {
  checkPeriode,
  checkReferences,
  dayParam,
  describeFieldIssue,
  filterSearchParams,
  parseFields,
  type FieldIssue,
  type RawParams,
} from "@/lib/search-params";
import { z } from "zod";
import { dateFromIso, isoFromDate } from "@/lib/dates";

export type TableauFiltres = {
  /** "YYYY-MM-DD", both included */
  du: string;
  au: string;
  /** Territoire.slug */
  territoire?: string;
};

export type TableauField = "du" | "au" | "territoire" | "periode";
export type TableauIssue = FieldIssue<TableauField>;

export const TABLEAU_FIELD_LABELS: Record<TableauField, string> = {
  du: "du",
  au: "au",
  territoire: "territoire",
  periode: "période",
};

export const TABLEAU_FILTER_KEYS = ["du", "au", "territoire"] as const;

const SCHEMAS = {
  du: dayParam,
  au: dayParam,
  territoire: z.string().regex(/^[a-z0-9-]{1,64}$/, "valeur non reconnue."),
};

/** "YYYY-MM-DD" shifted by whole months (day kept, clamped to the month's end). */
export function addMonths(day: string, months: number): string {
  const d = dateFromIso(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return isoFromDate(target);
}

/** "YYYY-MM-DD" shifted by days. */
export function addDays(day: string, days: number): string {
  const d = dateFromIso(day);
  d.setUTCDate(d.getUTCDate() + days);
  return isoFromDate(d);
}

/** The default period: the last 12 months up to `today` included. */
export function defaultPeriode(today: string): { du: string; au: string } {
  return { du: addDays(addMonths(today, -12), 1), au: today };
}

/** Parses du/au/territoire; a missing or ignored date takes its default (last 12 months). */
export function parseTableauFiltres(
  raw: RawParams,
  today: string,
): { filtres: TableauFiltres; issues: TableauIssue[] } {
  const fields = parseFields(raw, SCHEMAS);
  const periode = checkPeriode(fields.values, "la date de fin est avant la date de début.");
  const defaults = defaultPeriode(today);
  const du =
    periode.filters.du ?? (periode.filters.au ? addDays(addMonths(periode.filters.au, -12), 1) : defaults.du);
  const au =
    periode.filters.au ??
    (periode.filters.du && periode.filters.du > today ? addMonths(periode.filters.du, 12) : defaults.au);
  return {
    filtres: { du, au, ...(periode.filters.territoire ? { territoire: periode.filters.territoire } : {}) },
    issues: [...fields.issues, ...periode.issues],
  };
}

/** Drops (and reports) a territory slug that names no territory. */
export function checkTableauTerritoire(
  filtres: TableauFiltres,
  territoires: { value: string }[],
): { filtres: TableauFiltres; issues: TableauIssue[] } {
  const checked = checkReferences(filtres, [["territoire", "territoires"]] as const, { territoires });
  return { filtres: checked.filters, issues: checked.issues };
}

/** The sentence shown for an ignored value. */
export function describeTableauIssue(issue: TableauIssue): string {
  return describeFieldIssue(issue, TABLEAU_FIELD_LABELS);
}

/** Canonical query string of the filters (for CSV links). */
export function tableauSearchParams(filtres: TableauFiltres): URLSearchParams {
  return filterSearchParams(filtres, TABLEAU_FILTER_KEYS);
}
