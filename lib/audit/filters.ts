// Filters of the staff audit trail (/moderation/journal), read from the URL field by field (pure).
import { z } from "zod";
import {
  checkPeriode,
  dayParam,
  describeFieldIssue,
  filterSearchParams,
  hrefWithParams,
  integerParam,
  parseFields,
  type FieldIssue,
  type RawParams,
} from "@/lib/search-params";
import { JOURNAL_TYPE_LABELS, type JournalType } from "@/lib/audit/constants";

export const JOURNAL_PAGE_MAX = 1000;

export type JournalFilters = { acteur?: string; type?: JournalType; du?: string; au?: string };
export const JOURNAL_FILTER_KEYS = [
  "acteur",
  "type",
  "du",
  "au",
] as const satisfies readonly (keyof JournalFilters)[];
type JournalField = keyof JournalFilters | "periode" | "page";

const LABELS: Record<JournalField, string> = {
  acteur: "auteur (adresse e-mail)",
  type: "type d'événement",
  du: "du",
  au: "au",
  periode: "période",
  page: "page",
};

const TYPES = Object.keys(JOURNAL_TYPE_LABELS) as [JournalType, ...JournalType[]];

const FIELD_SCHEMAS = {
  acteur: z.string().max(100, "100 caractères au maximum."),
  type: z.enum(TYPES, { error: "valeur non reconnue." }),
  du: dayParam,
  au: dayParam,
} satisfies Record<keyof JournalFilters, z.ZodType>;

export function parseJournalFilters(raw: RawParams): {
  filters: JournalFilters;
  page: number;
  issues: FieldIssue<JournalField>[];
} {
  const fields = parseFields(raw, FIELD_SCHEMAS);
  const periode = checkPeriode(fields.values, "la date de fin est avant la date de début.");
  const page = parseFields(raw, {
    page: integerParam(`numéro de page entre 1 et ${JOURNAL_PAGE_MAX} attendu.`, 1, JOURNAL_PAGE_MAX),
  });
  return {
    filters: periode.filters,
    page: page.values.page ?? 1,
    issues: [...fields.issues, ...periode.issues, ...page.issues],
  };
}

export function describeJournalIssue(issue: FieldIssue<JournalField>): string {
  return describeFieldIssue(issue, LABELS);
}

export function journalHref(filters: JournalFilters, page = 1): string {
  const params = filterSearchParams(filters, JOURNAL_FILTER_KEYS);
  if (page > 1) params.set("page", String(page));
  return hrefWithParams("/moderation/journal", params);
}
