import { env } from "@/lib/env";
import { buildOpenDataJson } from "@/lib/opendata/json";
import {
  badOpenDataRequest,
  nextPageUrl,
  openDataJsonResponse,
  parseOpenDataRequest,
} from "@/lib/opendata/params";
import { getOpenDataStagePage } from "@/lib/opendata/queries";

export const dynamic = "force-dynamic";

/**
 * Open data, JSON: the stage offers the public sees, without the tutor or any personal data, under
 * the Licence Ouverte 2.0 (documented on /donnees-ouvertes, shape in /api/stages/schema), by pages
 * (`page_size`, `after`) and since a date (`updated_since`). Public, readable from any site.
 */
export async function GET(request: Request) {
  const parsed = parseOpenDataRequest(new URL(request.url).searchParams);
  if (!parsed.ok) return badOpenDataRequest(parsed.champs);
  const { items, hasMore, retraits } = await getOpenDataStagePage(parsed.page, env.NEXTAUTH_URL);
  const document = buildOpenDataJson("stages", items, {
    generatedAt: new Date(),
    documentationUrl: new URL("/donnees-ouvertes", env.NEXTAUTH_URL).toString(),
    schemaUrl: new URL("/api/stages/schema", env.NEXTAUTH_URL).toString(),
    updatedSince: parsed.page.updatedSince,
    pageSize: parsed.page.pageSize,
    suivant: hasMore ? nextPageUrl(request.url, items.at(-1)?.id ?? null) : null,
    retraits,
  });
  return openDataJsonResponse(document);
}
