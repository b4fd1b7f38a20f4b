import { NextResponse } from "next/server";
import schema from "@/lib/opendata/stages.schema.json";

export const dynamic = "force-static";

/** The JSON Schema (draft 2020-12) of /api/stages, documented on /donnees-ouvertes. */
export function GET() {
  return NextResponse.json(schema, {
    headers: {
      "Content-Type": "application/schema+json; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
