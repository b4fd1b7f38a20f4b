// Search filters of the partner directory (/annuaire), read from the URL field by field (pure and
// client-safe): a bad value is left out and the page says so, the others still apply.
import { z } from "zod";
import { TEXTE_MAX } from "@/lib/carte/filters";
import {
  checkReferences,
  countActiveFilters,
  describeFieldIssue,
  filterSearchParams,
  hrefWithParams,
  parseFields,
  type FieldIssue,
  type RawParams,
} from "@/lib/search-params";
import { ORGANISATION_TYPE_LABELS, type OrganisationType } from "@/lib/annuaire/constants";

export type AnnuaireFilters = { q?: string; type?: OrganisationType; territoire?: string };
export type AnnuaireFilterKey = keyof AnnuaireFilters;

export const ANNUAIRE_FILTER_KEYS = [
  "q",
  "type",
  "territoire",
] as const satisfies readonly AnnuaireFilterKey[];

export const ANNUAIRE_FIELD_LABELS: Record<AnnuaireFilterKey, string> = {
  q: "mots-clés",
  type: "type d'organisation",
  territoire: "territoire",
};

const TYPES = Object.keys(ORGANISATION_TYPE_LABELS) as [OrganisationType, ...OrganisationType[]];

const FIELD_SCHEMAS = {
  q: z.string().max(TEXTE_MAX, `${TEXTE_MAX} caractères au maximum.`),
  type: z.enum(TYPES, { error: "valeur non reconnue." }),
  territoire: z.string().regex(/^[a-z0-9-]{1,64}$/, "valeur non reconnue."),
} satisfies Record<AnnuaireFilterKey, z.ZodType>;

export type AnnuaireFilterIssue = FieldIssue<AnnuaireFilterKey>;

/** Parses every field on its own: a bad value is left out and reported, the others still apply. */
export function parseAnnuaireFilters(raw: RawParams): {
  filters: AnnuaireFilters;
  issues: AnnuaireFilterIssue[];
} {
  const { values, issues } = parseFields(raw, FIELD_SCHEMAS);
  return { filters: values, issues };
}

/** Drops (and reports) a territory that does not exist. */
export function checkAnnuaireFilterReferences(
  filters: AnnuaireFilters,
  references: { territoires: { value: string }[] },
): { filters: AnnuaireFilters; issues: AnnuaireFilterIssue[] } {
  return checkReferences(filters, [["territoire", "territoires"]] as const, references);
}

export function describeAnnuaireIssue(issue: AnnuaireFilterIssue): string {
  return describeFieldIssue(issue, ANNUAIRE_FIELD_LABELS);
}

/** Href of /annuaire with these filters (fixed order, unset ones left out). */
export function annuaireHref(filters: AnnuaireFilters): string {
  return hrefWithParams("/annuaire", filterSearchParams(filters, ANNUAIRE_FILTER_KEYS));
}

export function activeAnnuaireFilterCount(filters: AnnuaireFilters): number {
  return countActiveFilters(filters, ANNUAIRE_FILTER_KEYS);
}
