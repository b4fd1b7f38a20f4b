import { buildFormationsCsv, CSV_FILENAME } from "@/lib/opendata/csv";
import {
  badOpenDataRequest,
  nextPageUrl,
  openDataCsvResponse,
  parseOpenDataRequest,
} from "@/lib/opendata/params";
import { getOpenDataFormationPage } from "@/lib/opendata/queries";

export const dynamic = "force-dynamic";

/**
 * Open data, CSV for spreadsheets: one row per session of each published training offer (see
 * /donnees-ouvertes); the same `page_size`, `after` and `updated_since` as the JSON, the next page
 * in a `Link` header.
 */
export async function GET(request: Request) {
  const parsed = parseOpenDataRequest(new URL(request.url).searchParams);
  if (!parsed.ok) return badOpenDataRequest(parsed.champs);
  const { items, hasMore } = await getOpenDataFormationPage(parsed.page);
  const next = hasMore ? nextPageUrl(request.url, items.at(-1)?.formation.id ?? null) : null;
  return openDataCsvResponse(buildFormationsCsv(items), CSV_FILENAME, next);
}
