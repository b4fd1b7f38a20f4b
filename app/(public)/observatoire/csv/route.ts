import { todayInParis } from "@/lib/dates";
import { buildIndicateurCsv } from "@/lib/gouvernance/tableau-de-bord/csv";
import { isObservatoireId } from "@/lib/gouvernance/observatoire";
import { getObservatoire } from "@/lib/gouvernance/observatoire-queries";

export const dynamic = "force-dynamic";

/** Public CSV of one observatory indicator per territory (`?indicateur=…`; masked counts stay "< 5"). */
export async function GET(request: Request) {
  const id = new URL(request.url).searchParams.get("indicateur");
  if (!isObservatoireId(id)) return new Response("Indicateur inconnu.", { status: 404 });
  const { indicateur } = await getObservatoire(id);
  return new Response(buildIndicateurCsv(indicateur), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename=observatoire-${id}-${todayInParis()}.csv`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
