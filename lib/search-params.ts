// Search filters read from and written to the URL (pure and client-safe), shared by the stage map and
// the training catalogue: each field is parsed on its own, so a bad value is dropped and reported.
import { z } from "zod";

/** searchParams of a page (Next) or of a URL. */
export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** A value left out, with the French reason shown to the user. */
export type FieldIssue<Champ extends string = string> = { champ: Champ; message: string };

/** A whole number between min and max, with one message for every kind of mistake. */
export const integerParam = (message: string, min: number, max: number) =>
  z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);

/** A "YYYY-MM-DD" date. */
export const dayParam = z.iso.date({ error: "date invalide (format attendu : aaaa-mm-jj)." });

/** A checked box, whatever value a form or a hand-written link gives it. */
export const checkboxParam = z
  .enum(["on", "1", "true", "oui"], { error: "valeur non reconnue (case à cocher)." })
  .transform(() => true);

/** The first value of `key`, trimmed; undefined when absent or blank. */
export function firstValue(raw: RawParams, key: string): string | undefined {
  const value = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key];
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Parses each field of `schemas` (in their order) from its first value: a blank one is left out
 * silently, a bad one is left out and reported with the schema's first message.
 */
export function parseFields<S extends Record<string, z.ZodType>>(
  raw: RawParams,
  schemas: S,
): { values: { [K in keyof S]?: z.output<S[K]> }; issues: FieldIssue<Extract<keyof S, string>>[] } {
  const values: { [K in keyof S]?: z.output<S[K]> } = {};
  const issues: FieldIssue<Extract<keyof S, string>>[] = [];
  for (const [key, schema] of Object.entries(schemas) as [Extract<keyof S, string>, z.ZodType][]) {
    const value = firstValue(raw, key);
    if (value === undefined) continue;
    const result = schema.safeParse(value);
    if (result.success) values[key] = result.data as z.output<S[typeof key]>;
    else issues.push({ champ: key, message: result.error.issues[0]?.message ?? "valeur invalide." });
  }
  return { values, issues };
}

/** A period ("YYYY-MM-DD" du/au, either open) that ends before it starts: both dates are dropped. */
export function checkPeriode<T extends { du?: string; au?: string }>(
  filters: T,
  message: string,
): { filters: T; issues: FieldIssue<"periode">[] } {
  if (!filters.du || !filters.au || filters.au >= filters.du) return { filters, issues: [] };
  const { du: _du, au: _au, ...rest } = filters;
  return { filters: rest as T, issues: [{ champ: "periode", message }] };
}

/** A radius means nothing without a commune (the forms always send one): defaulted with, dropped without. */
export function withRayon<T extends { commune?: string; rayon?: number }>(filters: T, defaultKm: number): T {
  if (filters.commune) return { ...filters, rayon: filters.rayon ?? defaultKm };
  const { rayon: _rayon, ...rest } = filters;
  return rest as T;
}

/**
 * Drops (and reports) values that are well formed but name nothing in the reference data (a dropped
 * commune takes its radius along); `fields` pairs each filter with its list in `references`.
 */
export function checkReferences<
  T extends Record<string, unknown>,
  K extends Extract<keyof T, string>,
  L extends string,
>(
  filters: T,
  fields: readonly (readonly [K, L])[],
  references: Record<L, { value: string }[]>,
): { filters: T; issues: FieldIssue<K>[] } {
  const checked = { ...filters };
  const issues: FieldIssue<K>[] = [];
  for (const [key, list] of fields) {
    const value = checked[key];
    if (value !== undefined && !references[list].some((o) => o.value === value)) {
      issues.push({ champ: key, message: "cette valeur n'existe pas dans la liste." });
      delete checked[key];
      if (key === "commune") delete (checked as Record<string, unknown>).rayon;
    }
  }
  return { filters: checked, issues };
}

/** The sentence shown to the user for an ignored value; `labels` names each field as its form control does. */
export function describeFieldIssue<Champ extends string>(
  issue: FieldIssue<Champ>,
  labels: Record<Champ, string>,
): string {
  if (issue.champ === "page") return `Le numéro de page a été ignoré : ${issue.message}`;
  return `Le filtre « ${labels[issue.champ]} » a été ignoré : ${issue.message}`;
}

/** Canonical query string of filters: `keys` order, unset values and false left out, true as "on". */
export function filterSearchParams<T extends Record<string, string | number | boolean | undefined>>(
  filters: T,
  keys: readonly (keyof T & string)[],
): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = filters[key];
    if (value === undefined || value === false || value === "") continue;
    params.set(key, value === true ? "on" : String(value));
  }
  return params;
}

/** `path` with its query string (left out when empty) and hash. */
export function hrefWithParams(path: string, params: URLSearchParams, hash = ""): string {
  const query = params.toString();
  return `${path}${query ? `?${query}` : ""}${hash}`;
}

/** Number of filters the user set (the radius counts with its commune). */
export function countActiveFilters<T extends Record<string, unknown>>(
  filters: T,
  keys: readonly (keyof T & string)[],
): number {
  return keys.filter((k) => k !== "rayon" && filters[k] !== undefined && filters[k] !== false).length;
}
