import { NextResponse } from "next/server";
import { parseCarteMapRequest } from "@/lib/carte/filters";
import { getCarteMapData } from "@/lib/carte/queries";

export const dynamic = "force-dynamic";

/**
 * Public map data: the markers of the published offers matching the /carte filters inside
 * `bbox` (or grid groups when there are too many). Strict: a bad parameter gives a French 400.
 */
export async function GET(request: Request) {
  const parsed = parseCarteMapRequest(new URL(request.url).searchParams);
  if (!parsed.ok) {
    return NextResponse.json(
      { erreur: "Paramètres de recherche invalides.", champs: parsed.champs },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const data = await getCarteMapData(parsed.request);
  // Public, the same for everyone, and a minute old at worst.
  return NextResponse.json(data, {
    headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" },
  });
}
