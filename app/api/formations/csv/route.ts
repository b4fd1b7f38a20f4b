import { buildFormationsCsv, CSV_FILENAME } from "@/lib/opendata/csv";
import { getOpenDataFormationList } from "@/lib/opendata/queries";

export const dynamic = "force-dynamic";

/** Open data, CSV for spreadsheets: one row per session of each published training offer (see /donnees-ouvertes). */
export async function GET() {
  const csv = buildFormationsCsv(await getOpenDataFormationList());
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename=${CSV_FILENAME}`,
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
