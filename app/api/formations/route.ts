import { env } from "@/lib/env";
import { buildOpenDataJson } from "@/lib/opendata/json";
import {
  badOpenDataRequest,
  nextPageUrl,
  openDataJsonResponse,
  parseOpenDataRequest,
} from "@/lib/opendata/params";
import { getOpenDataFormationPage } from "@/lib/opendata/queries";

export const dynamic = "force-dynamic";

/**
 * Open data, JSON: the published training offers and their sessions, under the Licence Ouverte 2.0
 * (documented on /donnees-ouvertes), by pages (`page_size`, `after`) and since a date
 * (`updated_since`). Public, read from the database on each call, readable from any site.
 */
export async function GET(request: Request) {
  const parsed = parseOpenDataRequest(new URL(request.url).searchParams);
  if (!parsed.ok) return badOpenDataRequest(parsed.champs);
  const { items, hasMore, retraits } = await getOpenDataFormationPage(parsed.page);
  const document = buildOpenDataJson("formations", items, {
    generatedAt: new Date(),
    documentationUrl: new URL("/donnees-ouvertes", env.NEXTAUTH_URL).toString(),
    updatedSince: parsed.page.updatedSince,
    pageSize: parsed.page.pageSize,
    suivant: hasMore ? nextPageUrl(request.url, items.at(-1)?.formation.id ?? null) : null,
    retraits,
  });
  return openDataJsonResponse(document);
}
