import type { Metadata } from "next";
import Link from "next/link";
import { FilterNotices } from "@/components/forms/FilterNotices";
import { LienInterne } from "@/components/ui/LienInterne";
import { getTileConfig } from "@/lib/carte/tiles";
import {
  activeFilterCount,
  carteHref,
  carteSearchParams,
  checkFilterReferences,
  describeIssue,
  PAGE_MAX,
  PAGE_TAILLE,
  parseCarteFilters,
  RAYON_OPTIONS_KM,
  type CarteFilters,
} from "@/lib/carte/filters";
import { getCarteFilterOptions, getCarteStageList } from "@/lib/carte/queries";
import { haversineKm, LANDES_BBOX_ARRAY, radiusBbox } from "@/lib/carte/geo";
import { getRessourceCarteAgregats } from "@/lib/ressources/queries";
import { RAYON_MAX_KM } from "@/lib/stages/constants";
import { CarteResultats } from "./_components/CarteResultats";
import { FiltresForm } from "./_components/FiltresForm";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Trouver un stage",
  description:
    "Les stages proposés par les établissements sociaux et médico-sociaux des Landes, sur une carte et en liste.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function countText(total: number): string {
  if (total === 0) return "Aucun stage trouvé";
  return total === 1 ? "1 stage trouvé" : `${total.toLocaleString("fr-FR")} stages trouvés`;
}

/** Links that widen an empty search: a larger radius, then the whole département, then no filter. */
function widerSearches(
  filters: CarteFilters,
  communeNom: string | undefined,
): { href: string; label: string }[] {
  const links: { href: string; label: string }[] = [];
  if (filters.commune && filters.rayon !== undefined) {
    if (filters.rayon < RAYON_MAX_KM) {
      const wider = RAYON_OPTIONS_KM.find((km) => km >= filters.rayon! * 2) ?? RAYON_MAX_KM;
      links.push({
        href: carteHref({ ...filters, rayon: wider }),
        label: `Chercher dans un rayon de ${wider} km autour de ${communeNom ?? "la commune"}`,
      });
    }
    links.push({
      href: carteHref({ ...filters, commune: undefined, rayon: undefined }),
      label: "Chercher dans toutes les Landes (sans commune)",
    });
  }
  if (activeFilterCount(filters) > 0)
    links.push({ href: "/carte", label: "Voir tous les stages (effacer les filtres)" });
  return links;
}

export default async function CartePage({ searchParams }: Props) {
  const parsed = parseCarteFilters(await searchParams);
  const options = await getCarteFilterOptions();
  const checked = checkFilterReferences(parsed.filters, options);
  const filters = checked.filters;
  const issues = [...parsed.issues, ...checked.issues];
  const page = parsed.page;
  const { total, items } = await getCarteStageList(filters, page);

  const commune = filters.commune ? options.communes.find((c) => c.value === filters.commune) : undefined;
  const centre =
    commune && filters.rayon
      ? { lat: commune.latitude, lng: commune.longitude, rayonKm: filters.rayon, nom: commune.nom }
      : null;
  // The resource layer is not a stage filter: the stage endpoint does not get it (same cached answers).
  const query = carteSearchParams({ ...filters, ressources: undefined }).toString();
  const ressources = filters.ressources
    ? (
        await getRessourceCarteAgregats(
          centre ? radiusBbox(centre.lat, centre.lng, centre.rayonKm) : LANDES_BBOX_ARRAY,
        )
      ).filter(
        // The box holds the circle: only the communes inside the circle are "in the zone".
        (c) =>
          !centre ||
          haversineKm({ lat: centre.lat, lng: centre.lng }, { lat: c.latitude, lng: c.longitude }) <=
            centre.rayonKm,
      )
    : null;
  const order = centre
    ? `Dans un rayon de ${centre.rayonKm} km autour de ${centre.nom}, du plus proche au plus loin.`
    : "Dans toutes les Landes, les plus récents d'abord.";

  const wider = total === 0 ? widerSearches(filters, commune?.nom) : [];
  const footer =
    items.length < total ? (
      page < PAGE_MAX ? (
        <p className="mt-6">
          <Link
            href={carteHref(filters, page + 1, `#resultat-${page * PAGE_TAILLE + 1}`)}
            className="btn-secondary"
          >
            Voir plus de stages
            <span className="sr-only"> ({total - items.length} autres)</span>
          </Link>
        </p>
      ) : (
        <p className="mt-6">
          Les {items.length} premiers stages sont affichés ici (tous sont sur la carte) : précisez votre
          recherche pour voir les autres dans la liste.
        </p>
      )
    ) : null;

  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <h1 className="text-3xl">Trouver un stage</h1>
        <p className="sm:text-lg">
          Les stages des établissements sociaux et médico-sociaux des Landes, vérifiés par l&apos;institut,
          sur la carte et dans la liste.
        </p>
        {total > 0 ? (
          <p className="sm:hidden">
            <LienInterne cible="resultats">Aller directement aux résultats</LienInterne>
          </p>
        ) : null}
      </div>

      <FiltresForm key={query} filters={filters} options={options} />

      <FilterNotices messages={issues.map(describeIssue)} />

      <div id="resultats" className="flex scroll-mt-4 flex-wrap items-baseline gap-x-3">
        <p role="status" aria-live="polite" aria-atomic="true" className="text-xl font-bold">
          {countText(total)}
        </p>
        {total > 0 ? <p>{order}</p> : null}
      </div>

      {total === 0 ? (
        <section aria-labelledby="titre-aucun" className="card space-y-3">
          <h2 id="titre-aucun" className="text-xl">
            Aucun stage ne correspond à cette recherche
          </h2>
          <p>Les employeurs publient de nouvelles offres toute l&apos;année.</p>
          {wider.length > 0 ? (
            <>
              <p>Vous pouvez élargir la recherche :</p>
              <ul className="list-disc space-y-1 pl-6">
                {wider.map((link) => (
                  <li key={link.href}>
                    <Link href={link.href}>{link.label}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : (
        <CarteResultats
          tiles={getTileConfig()}
          query={query}
          centre={centre}
          items={items}
          footer={footer}
          ressources={ressources}
        />
      )}
    </div>
  );
}
