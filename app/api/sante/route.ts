import { NextResponse } from "next/server";
import { getSante } from "@/lib/sante";

export const dynamic = "force-dynamic";

/** Public health check: 200 when the database answers, 503 otherwise. */
export async function GET() {
  const sante = await getSante();
  return NextResponse.json(sante, {
    status: sante.statut === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
