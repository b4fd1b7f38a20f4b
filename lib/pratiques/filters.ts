// Search filters of the public good-practice library (/bonnes-pratiques), read from the URL field
// by field (pure and client-safe): a bad value is left out and reported.
import { z } from "zod";
import {
  describeFieldIssue,
  filterSearchParams,
  hrefWithParams,
  parseFields,
  type FieldIssue,
  type RawParams,
} from "@/lib/search-params";
import { PRATIQUE_THEMES, type PratiqueTheme } from "@/lib/pratiques/constants";

export const PRATIQUE_RECHERCHE_MAX = 100;

export type PratiqueFilters = { q?: string; theme?: PratiqueTheme };
export const PRATIQUE_FILTER_KEYS = ["q", "theme"] as const satisfies readonly (keyof PratiqueFilters)[];
const LABELS: Record<keyof PratiqueFilters, string> = { q: "rechercher", theme: "thème" };

const FIELD_SCHEMAS = {
  q: z.string().max(PRATIQUE_RECHERCHE_MAX, `${PRATIQUE_RECHERCHE_MAX} caractères au maximum.`),
  theme: z.enum(PRATIQUE_THEMES, { error: "valeur non reconnue." }),
} satisfies Record<keyof PratiqueFilters, z.ZodType>;

export function parsePratiqueFilters(raw: RawParams): {
  filters: PratiqueFilters;
  issues: FieldIssue<keyof PratiqueFilters>[];
} {
  const { values, issues } = parseFields(raw, FIELD_SCHEMAS);
  return { filters: values, issues };
}

export function describePratiqueIssue(issue: FieldIssue<keyof PratiqueFilters>): string {
  return describeFieldIssue(issue, LABELS);
}

export function pratiquesHref(filters: PratiqueFilters): string {
  return hrefWithParams("/bonnes-pratiques", filterSearchParams(filters, PRATIQUE_FILTER_KEYS));
}
