import { env } from "@/lib/env";
import {
  badOpenDataRequest,
  nextPageUrl,
  openDataCsvResponse,
  parseOpenDataRequest,
} from "@/lib/opendata/params";
import { getOpenDataStagePage } from "@/lib/opendata/queries";
import { buildStagesCsv, STAGES_CSV_FILENAME } from "@/lib/opendata/stages";

export const dynamic = "force-dynamic";

/**
 * Open data, CSV for spreadsheets: one row per stage offer the public sees (see /donnees-ouvertes);
 * the same `page_size`, `after` and `updated_since` as the JSON, the next page in a `Link` header.
 */
export async function GET(request: Request) {
  const parsed = parseOpenDataRequest(new URL(request.url).searchParams);
  if (!parsed.ok) return badOpenDataRequest(parsed.champs);
  const { items, hasMore } = await getOpenDataStagePage(parsed.page, env.NEXTAUTH_URL);
  const next = hasMore ? nextPageUrl(request.url, items.at(-1)?.id ?? null) : null;
  return openDataCsvResponse(buildStagesCsv(items), STAGES_CSV_FILENAME, next);
}
