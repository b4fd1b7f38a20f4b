import type { Metadata } from "next";
import Link from "next/link";
import { FilterNotices } from "@/components/forms/FilterNotices";
import { LienInterne } from "@/components/ui/LienInterne";
import { getTileConfig } from "@/lib/carte/tiles";
import { ORGANISATION_TYPE_LABELS } from "@/lib/annuaire/constants";
import {
  activeAnnuaireFilterCount,
  annuaireHref,
  checkAnnuaireFilterReferences,
  describeAnnuaireIssue,
  parseAnnuaireFilters,
} from "@/lib/annuaire/filters";
import { getAnnuaireFilterOptions, getAnnuaireList } from "@/lib/annuaire/queries";
import { AnnuaireCarte } from "./_components/AnnuaireCarte";
import { AnnuaireFiltres } from "./_components/AnnuaireFiltres";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Annuaire des partenaires",
  description:
    "Les employeurs et organismes de formation du travail social partenaires de l'IFLTS dans les Landes : présentation, collège, communes, sites web et outils.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function countText(n: number): string {
  if (n === 0) return "Aucune organisation trouvée";
  return n === 1 ? "1 organisation" : `${n} organisations`;
}

export default async function AnnuairePage({ searchParams }: Props) {
  const parsed = parseAnnuaireFilters(await searchParams);
  const options = await getAnnuaireFilterOptions();
  const checked = checkAnnuaireFilterReferences(parsed.filters, options);
  const filters = checked.filters;
  const issues = [...parsed.issues, ...checked.issues];
  const { items, sites } = await getAnnuaireList(filters);

  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <h1 className="text-3xl">Annuaire des partenaires</h1>
        <p className="max-w-3xl sm:text-lg">
          Les employeurs et organismes de formation vérifiés par l&apos;institut qui ont choisi d&apos;y
          figurer, avec leur collège, leurs lieux d&apos;activité, leur site web et leurs outils numériques.
        </p>
      </div>
      <AnnuaireFiltres key={annuaireHref(filters)} filters={filters} territoires={options.territoires} />
      <FilterNotices messages={issues.map(describeAnnuaireIssue)} />
      <p role="status" aria-live="polite" aria-atomic="true" className="text-xl font-bold">
        {countText(items.length)}
      </p>
      {items.length === 0 ? (
        <section aria-labelledby="titre-aucun" className="card space-y-2">
          <h2 id="titre-aucun" className="text-xl">
            Aucune organisation ne correspond à cette recherche
          </h2>
          {activeAnnuaireFilterCount(filters) > 0 ? (
            <p>
              <Link href="/annuaire">Voir tout l&apos;annuaire (effacer les filtres)</Link>
            </p>
          ) : null}
        </section>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
          <section aria-labelledby="titre-carte" className="relative lg:sticky lg:top-4 lg:self-start">
            <h2 id="titre-carte" className="sr-only">
              Carte des sites des organisations
            </h2>
            <LienInterne
              cible="liste-organisations"
              className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-[1100] focus:rounded focus:bg-white focus:p-2 focus:shadow-lg"
            >
              Passer la carte et aller à la liste
            </LienInterne>
            <AnnuaireCarte tiles={getTileConfig()} sites={sites} />
            <p className="mt-2 text-sm text-gray-700">
              {sites.length === 1 ? "1 site" : `${sites.length} sites`} sur la carte ; la liste donne les
              mêmes informations.
            </p>
          </section>
          <section
            aria-labelledby="titre-liste"
            id="liste-organisations"
            tabIndex={-1}
            className="focus:outline-none"
          >
            <h2 id="titre-liste" className="mb-4 text-2xl">
              Liste des organisations
            </h2>
            <ol className="grid gap-4 xl:grid-cols-2">
              {items.map((o) => (
                <li key={o.id} id={`organisation-${o.id}`} className="scroll-mt-4">
                  <article className="card h-full space-y-2">
                    <h3 className="text-lg">
                      <Link href={`/annuaire/${o.id}`}>{o.nom}</Link>
                    </h3>
                    <p className="text-sm font-semibold text-gray-800">
                      {ORGANISATION_TYPE_LABELS[o.type]}
                      {o.college ? ` · ${o.college}` : ""}
                    </p>
                    {o.categories.length > 0 ? <p className="text-sm">{o.categories.join(", ")}</p> : null}
                    <p className="text-sm">
                      <span className="font-semibold">Communes : </span>
                      {o.communes.join(", ")}
                    </p>
                    {o.siteWeb ? (
                      <p className="text-sm">
                        <a href={o.siteWeb} rel="noopener noreferrer" target="_blank">
                          Site web<span className="sr-only"> de {o.nom} (nouvelle fenêtre)</span>
                          <span aria-hidden="true"> ↗</span>
                        </a>
                      </p>
                    ) : null}
                  </article>
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </div>
  );
}
