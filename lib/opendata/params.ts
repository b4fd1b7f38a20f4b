// Query parameters of the open data exports (pure), shared by the stage and training routes, JSON
// and CSV alike: keyset pagination (`after` the last id of the previous page, in id order, so a page
// never shifts when offers are added or removed elsewhere) and `updated_since` for synchronisation.
import { z } from "zod";
import { idField } from "@/lib/validation/fields";
import { parseFields, type FieldIssue } from "@/lib/search-params";

/** Largest page; also the default, so a small export comes whole in one call. */
export const OPEN_DATA_PAGE_MAX = 1000;

export type OpenDataPageRequest = {
  /** only records changed at or after this instant */
  updatedSince: Date | null;
  pageSize: number;
  /** the last id of the previous page */
  after: string | null;
};

const SCHEMAS = {
  updated_since: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error:
        "date ISO 8601 attendue, par exemple 2027-03-01 ou 2027-03-01T08:00:00Z (heure avec son fuseau).",
    })
    // A day alone is taken from midnight UTC.
    .transform((v) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v))
    // PostgreSQL has no year 0, and nothing here is older than the portal.
    .refine((d) => d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 9999, {
      error: "date ISO 8601 attendue, entre l'an 2000 et l'an 9999.",
    }),
  page_size: z.coerce
    .number({ error: `nombre entier de 1 à ${OPEN_DATA_PAGE_MAX} attendu.` })
    .int(`nombre entier de 1 à ${OPEN_DATA_PAGE_MAX} attendu.`)
    .min(1, `nombre entier de 1 à ${OPEN_DATA_PAGE_MAX} attendu.`)
    .max(OPEN_DATA_PAGE_MAX, `nombre entier de 1 à ${OPEN_DATA_PAGE_MAX} attendu.`),
  after: idField,
};

const AFTER_MESSAGE = "identifiant d'offre attendu (champ id du dernier élément de la page précédente).";

/** The page asked for, or the French reasons it cannot be served (a 400, never a 500). */
export function parseOpenDataRequest(
  params: URLSearchParams,
): { ok: true; page: OpenDataPageRequest } | { ok: false; champs: FieldIssue[] } {
  // Every value of a repeated parameter is checked, not only the first (parseFields reads the first).
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]) {
    if (params.getAll(key).length > 1)
      issues.push({ champ: key, message: "paramètre donné plusieurs fois." });
  }
  const { values, issues: invalid } = parseFields(params, SCHEMAS);
  issues.push(...invalid.map((i) => (i.champ === "after" ? { ...i, message: AFTER_MESSAGE } : i)));
  if (issues.length > 0) return { ok: false, champs: issues };
  return {
    ok: true,
    page: {
      updatedSince: values.updated_since ?? null,
      pageSize: values.page_size ?? OPEN_DATA_PAGE_MAX,
      after: values.after ?? null,
    },
  };
}

/** The URL of the page after `lastId`, the other parameters kept; null on the last page. */
export function nextPageUrl(requestUrl: string, lastId: string | null): string | null {
  if (!lastId) return null;
  const url = new URL(requestUrl);
  url.searchParams.set("after", lastId);
  return url.toString();
}

/** The 400 answer: French, JSON, never cached, whatever the export's format. */
export function badOpenDataRequest(champs: FieldIssue[]): Response {
  return Response.json(
    { erreur: "Paramètres invalides : voir la documentation sur /donnees-ouvertes.", champs },
    {
      status: 400,
      headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" },
    },
  );
}

/** A CSV page: a spreadsheet download, readable from any site, the next page in a Link header. */
export function openDataCsvResponse(csv: string, filename: string, next: string | null): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename=${filename}`,
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
      ...(next ? { Link: `<${next}>; rel="next"` } : {}),
    },
  });
}

/** A JSON page, readable from any site, cached five minutes at most. */
export function openDataJsonResponse(document: unknown): Response {
  return Response.json(document, {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
