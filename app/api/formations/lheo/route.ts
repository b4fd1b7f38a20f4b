import { todayInParis } from "@/lib/dates";
import { buildFormationsLheo } from "@/lib/opendata/lheo";
import { getOpenDataFormationList } from "@/lib/opendata/queries";

export const dynamic = "force-dynamic";

/** Open data, LHÉO 2.3 XML (the Carif-Oref exchange format): the published training offers (see /donnees-ouvertes). */
export async function GET() {
  const xml = buildFormationsLheo(await getOpenDataFormationList(), todayInParis());
  return new Response(xml, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Disposition": 'inline; filename="formations-iflts-lheo.xml"',
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
