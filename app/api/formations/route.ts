import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { buildFormationsJson } from "@/lib/opendata/json";
import { getOpenDataFormationList } from "@/lib/opendata/queries";

export const dynamic = "force-dynamic";

/**
 * Open data, JSON: the published training offers and their sessions, under the Licence Ouverte 2.0
 * (documented on /donnees-ouvertes). Public, read from the database on each call, readable from any site.
 */
export async function GET() {
  const formations = await getOpenDataFormationList();
  const document = buildFormationsJson(formations, {
    generatedAt: new Date(),
    documentationUrl: new URL("/donnees-ouvertes", env.NEXTAUTH_URL).toString(),
  });
  return NextResponse.json(document, {
    headers: {
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
