import type { Indicateur } from "@/lib/gouvernance/tableau-de-bord/types";
import { isIndicateurVide } from "@/lib/gouvernance/tableau-de-bord/types";
import { BarChart } from "./BarChart";
import { DataTable } from "./DataTable";

/**
 * One widget: title, what it counts, the chart, the same numbers as a table right under it, and
 * the CSV link; "Aucune donnée sur la période" when there is nothing to show.
 */
export function IndicateurFigure({ indicateur, csvHref }: { indicateur: Indicateur; csvHref: string }) {
  const titleId = `titre-${indicateur.id}`;
  const vide = isIndicateurVide(indicateur);
  return (
    // Not labelled by its title: a region named "… par territoire" would also answer getByLabel("Territoire").
    <section className="card space-y-3 print:break-inside-avoid print:shadow-none">
      <h3 id={titleId} className="text-lg">
        {indicateur.titre}
      </h3>
      <p className="text-sm text-gray-700 sm:text-base">{indicateur.description}</p>
      {vide ? (
        <p className="rounded-md bg-gray-50 p-4 font-semibold">Aucune donnée sur la période</p>
      ) : (
        <>
          <figure className="space-y-3">
            <BarChart indicateur={indicateur} />
            <figcaption className="sr-only">{indicateur.titre}</figcaption>
          </figure>
          <DataTable indicateur={indicateur} />
        </>
      )}
      <p className="print:hidden">
        <a href={csvHref} download>
          Télécharger les données (CSV)<span className="sr-only"> : {indicateur.titre}</span>
        </a>
      </p>
    </section>
  );
}

/** Placeholder of a widget while its data streams in. */
export function IndicateurSkeleton() {
  return (
    <div className="card space-y-3" aria-busy="true">
      <p className="sr-only">Chargement de l&apos;indicateur…</p>
      <div className="h-6 w-2/3 animate-pulse rounded bg-gray-200" />
      <div className="h-40 animate-pulse rounded bg-gray-100" />
      <div className="h-24 animate-pulse rounded bg-gray-100" />
    </div>
  );
}
