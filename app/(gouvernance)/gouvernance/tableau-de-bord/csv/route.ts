import { getCurrentUser } from "@/lib/auth/session";
import { hasAccess } from "@/lib/auth/permissions";
import { todayInParis } from "@/lib/dates";
import { buildIndicateurCsv } from "@/lib/gouvernance/tableau-de-bord/csv";
import { checkTableauTerritoire, parseTableauFiltres } from "@/lib/gouvernance/tableau-de-bord/filtres";
import { isIndicateurId } from "@/lib/gouvernance/tableau-de-bord/indicateurs";
import { getIndicateur, getTerritoireOptionList } from "@/lib/gouvernance/tableau-de-bord/queries";

export const dynamic = "force-dynamic";

const NOT_FOUND = () => new Response("Page introuvable.", { status: 404 });

/**
 * CSV of one dashboard indicator (`?indicateur=…&du=…&au=…&territoire=…`, the page's filters; a bad
 * filter falls back like the page). Members of a collège and staff only: 401 when signed out, 404
 * to anyone else (the route's existence is not revealed).
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Connexion requise.", { status: 401 });
  if (!hasAccess(user, ["gouvernance", "staff"])) return NOT_FOUND();
  const params = new URL(request.url).searchParams;
  const id = params.get("indicateur");
  if (!isIndicateurId(id)) return NOT_FOUND();
  const today = todayInParis();
  const territoires = await getTerritoireOptionList();
  const { filtres } = checkTableauTerritoire(parseTableauFiltres(params, today).filtres, territoires);
  const territoire = territoires.find((t) => t.value === filtres.territoire);
  const indicateur = await getIndicateur(id, {
    debut: filtres.du,
    fin: filtres.au,
    territoireId: territoire?.id,
  });
  const nom = `tableau-de-bord-${id}-${filtres.du}-${filtres.au}${territoire ? `-${territoire.value}` : ""}.csv`;
  return new Response(buildIndicateurCsv(indicateur), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename=${nom}`,
      "Cache-Control": "private, no-store",
    },
  });
}
