import type { Metadata } from "next";
import Link from "next/link";
import { FilterNotices } from "@/components/forms/FilterNotices";
import { LienInterne } from "@/components/ui/LienInterne";
import { RAYON_OPTIONS_KM } from "@/lib/carte/filters";
import { getTileConfig } from "@/lib/carte/tiles";
import {
  activeFormationFilterCount,
  checkFormationFilterReferences,
  describeFormationIssue,
  formationsHref,
  FORMATIONS_PAGE_MAX,
  FORMATIONS_PAGE_TAILLE,
  parseFormationFilters,
  type FormationFilters,
  type FormationVue,
} from "@/lib/formations/filters";
import { getFormationCatalogue, getFormationFilterOptions } from "@/lib/formations/public-queries";
import { RAYON_MAX_KM } from "@/lib/stages/constants";
import { FormationCard } from "./_components/FormationCard";
import { FormationFiltres } from "./_components/FormationFiltres";
import { FormationsCarte } from "./_components/FormationsCarte";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Trouver une formation",
  description:
    "Les formations aux métiers du travail social et de l'accompagnement dans les Landes : diplômes, sessions, lieux, durée, places et financements.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function countText(total: number): string {
  if (total === 0) return "Aucune formation trouvée";
  return total === 1 ? "1 formation trouvée" : `${total.toLocaleString("fr-FR")} formations trouvées`;
}

/** Links that widen an empty search, from the smallest change to none. */
function widerSearches(
  filters: FormationFilters,
  vue: FormationVue,
  communeNom: string | undefined,
): { href: string; label: string }[] {
  const links: { href: string; label: string }[] = [];
  const href = (f: FormationFilters) => formationsHref(f, { vue });
  if (filters.commune && filters.rayon !== undefined) {
    if (filters.rayon < RAYON_MAX_KM) {
      const wider = RAYON_OPTIONS_KM.find((km) => km >= filters.rayon! * 2) ?? RAYON_MAX_KM;
      links.push({
        href: href({ ...filters, rayon: wider }),
        label: `Chercher dans un rayon de ${wider} km autour de ${communeNom ?? "la commune"}`,
      });
    }
    links.push({
      href: href({ ...filters, commune: undefined, rayon: undefined }),
      label: "Chercher dans toutes les Landes (sans commune)",
    });
  }
  if (filters.du || filters.au)
    links.push({
      href: href({ ...filters, du: undefined, au: undefined }),
      label: "Chercher sans dates de début",
    });
  if (filters.places)
    links.push({ href: href({ ...filters, places: undefined }), label: "Chercher sans nombre de places" });
  if (filters.q)
    links.push({ href: href({ ...filters, q: undefined }), label: "Chercher sans les mots-clés" });
  if (activeFormationFilterCount(filters) > 0)
    links.push({ href: href({}), label: "Voir toutes les formations (effacer les filtres)" });
  return links;
}

export default async function FormationsPage({ searchParams }: Props) {
  const parsed = parseFormationFilters(await searchParams);
  const options = await getFormationFilterOptions();
  const checked = checkFormationFilterReferences(parsed.filters, options);
  const filters = checked.filters;
  const issues = [...parsed.issues, ...checked.issues];
  const { page, vue } = parsed;
  const { total, items, sites } = await getFormationCatalogue(filters, page);

  const commune = filters.commune ? options.communes.find((c) => c.value === filters.commune) : undefined;
  const order =
    commune && filters.rayon
      ? `Dans un rayon de ${filters.rayon} km autour de ${commune.nom}, de la plus proche à la plus éloignée.`
      : "Les prochaines sessions d'abord.";
  const wider = total === 0 ? widerSearches(filters, vue, commune?.nom) : [];

  const footer =
    items.length < total ? (
      page < FORMATIONS_PAGE_MAX ? (
        <p className="mt-6">
          <Link
            href={formationsHref(filters, {
              page: page + 1,
              vue,
              hash: `#resultat-${page * FORMATIONS_PAGE_TAILLE + 1}`,
            })}
            className="btn-secondary"
          >
            Voir plus de formations
            <span className="sr-only"> ({total - items.length} autres)</span>
          </Link>
        </p>
      ) : (
        <p className="mt-6">
          Les {items.length} premières formations sont affichées : précisez votre recherche pour voir les
          autres.
        </p>
      )
    ) : null;

  const list = (
    <section aria-labelledby="titre-liste" id="liste-resultats" tabIndex={-1} className="focus:outline-none">
      <h2 id="titre-liste" className={vue === "carte" ? "mb-4 text-2xl" : "sr-only"}>
        Liste des formations
      </h2>
      <ol className={`grid gap-4 ${vue === "carte" ? "" : "md:grid-cols-2"}`}>
        {items.map((item, index) => (
          <FormationCard key={item.id} item={item} rank={index + 1} communeCentre={commune?.nom ?? null} />
        ))}
      </ol>
      {footer}
    </section>
  );

  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <h1 className="text-3xl">Trouver une formation</h1>
        <p className="sm:text-lg">
          Les formations aux métiers du travail social et de l&apos;accompagnement dans les Landes, publiées
          par les organismes de formation et vérifiées par l&apos;institut.
        </p>
      </div>

      <FormationFiltres
        key={formationsHref(filters, { vue })}
        filters={filters}
        vue={vue}
        options={options}
      />

      <FilterNotices messages={issues.map(describeFormationIssue)} />

      <div id="resultats" className="flex scroll-mt-4 flex-wrap items-center justify-between gap-x-6 gap-y-3">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <p role="status" aria-live="polite" aria-atomic="true" className="text-xl font-bold">
            {countText(total)}
          </p>
          {total > 0 ? <p>{order}</p> : null}
        </div>
        {total > 0 ? (
          <nav aria-label="Affichage des résultats">
            <ul className="flex rounded-md border-2 border-pin-700">
              {(
                [
                  ["liste", "Liste"],
                  ["carte", "Liste et carte"],
                ] as const
              ).map(([value, label]) => (
                <li key={value}>
                  <Link
                    href={formationsHref(filters, { vue: value })}
                    aria-current={vue === value ? "true" : undefined}
                    className={`flex min-h-11 items-center px-4 font-semibold no-underline ${
                      vue === value
                        ? "bg-pin-700 text-white hover:text-white"
                        : "bg-white text-pin-700 hover:bg-pin-50"
                    }`}
                  >
                    {vue === value ? <span aria-hidden="true">✓&nbsp;</span> : null}
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>

      {total === 0 ? (
        <section aria-labelledby="titre-aucun" className="card space-y-3">
          <h2 id="titre-aucun" className="text-xl">
            Aucune formation ne correspond à cette recherche
          </h2>
          <p>Les organismes publient leurs nouvelles sessions tout au long de l&apos;année.</p>
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
      ) : vue === "carte" ? (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
          <section aria-labelledby="titre-carte" className="relative lg:sticky lg:top-4 lg:self-start">
            <h2 id="titre-carte" className="sr-only">
              Carte des lieux de formation
            </h2>
            <LienInterne
              cible="liste-resultats"
              className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-[1100] focus:rounded focus:bg-white focus:p-2 focus:shadow-lg"
            >
              Passer la carte et aller à la liste
            </LienInterne>
            <FormationsCarte
              tiles={getTileConfig()}
              sites={sites}
              centre={
                commune && filters.rayon
                  ? { lat: commune.latitude, lng: commune.longitude, rayonKm: filters.rayon }
                  : null
              }
              listIds={items.map((i) => i.id)}
            />
            <p className="mt-2 text-sm text-gray-700">
              {sites.length === 1 ? "1 lieu de formation" : `${sites.length} lieux de formation`} sur la carte
              ; la liste donne les mêmes informations.
            </p>
          </section>
          {list}
        </div>
      ) : (
        list
      )}
    </div>
  );
}
