import { NextResponse } from "next/server";
import { parseBbox } from "@/lib/carte/filters";
import { getRessourceCarteAgregats } from "@/lib/ressources/queries";
import { firstValue } from "@/lib/search-params";

export const dynamic = "force-dynamic";

/**
 * Public map layer "hébergement et mobilité à proximité": per commune of `bbox`, the number of
 * published, still available housing and mobility resources, at the commune's centre. Never an id,
 * an address or a person's name. A bad bbox gives a French 400.
 */
export async function GET(request: Request) {
  const bbox = parseBbox(firstValue(new URL(request.url).searchParams, "bbox"));
  if (typeof bbox === "string") {
    return NextResponse.json(
      { erreur: "Paramètres de recherche invalides.", champs: { bbox } },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const communes = await getRessourceCarteAgregats(bbox);
  return NextResponse.json(
    { communes },
    { headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" } },
  );
}
