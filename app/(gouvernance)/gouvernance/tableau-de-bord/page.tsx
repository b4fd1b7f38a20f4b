import type { Metadata } from "next";
import { Suspense } from "react";
import { IndicateurFigure, IndicateurSkeleton } from "@/components/gouvernance/IndicateurFigure";
import { FilterNotices } from "@/components/forms/FilterNotices";
import { requireRole } from "@/lib/auth/guards";
import { todayInParis } from "@/lib/dates";
import { formatPeriode } from "@/lib/format";
import {
  checkTableauTerritoire,
  describeTableauIssue,
  parseTableauFiltres,
  tableauSearchParams,
  type TableauFiltres,
} from "@/lib/gouvernance/tableau-de-bord/filtres";
import { THEMES, type IndicateurId } from "@/lib/gouvernance/tableau-de-bord/indicateurs";
import { getIndicateur, getTerritoireOptionList } from "@/lib/gouvernance/tableau-de-bord/queries";
import type { PeriodeFiltre } from "@/lib/gouvernance/tableau-de-bord/types";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Tableau de bord" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One widget: its own query, streamed in its own Suspense boundary. */
async function Widget({
  id,
  periode,
  filtres,
}: {
  id: IndicateurId;
  periode: PeriodeFiltre;
  filtres: TableauFiltres;
}) {
  const indicateur = await getIndicateur(id, periode);
  const params = tableauSearchParams(filtres);
  params.set("indicateur", id);
  return <IndicateurFigure indicateur={indicateur} csvHref={`/gouvernance/tableau-de-bord/csv?${params}`} />;
}

export default async function TableauDeBordPage({ searchParams }: Props) {
  await requireRole(["gouvernance", "staff"], "/gouvernance/tableau-de-bord");
  const today = todayInParis();
  const parsed = parseTableauFiltres(await searchParams, today);
  const territoires = await getTerritoireOptionList();
  const checked = checkTableauTerritoire(parsed.filtres, territoires);
  const filtres = checked.filtres;
  const issues = [...parsed.issues, ...checked.issues];
  const territoire = territoires.find((t) => t.value === filtres.territoire);
  const periode: PeriodeFiltre = { debut: filtres.du, fin: filtres.au, territoireId: territoire?.id };
  const portee = `${formatPeriode(filtres.du, filtres.au)}, ${territoire ? `territoire ${territoire.label}` : "toutes les Landes"}`;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl">Tableau de bord</h1>
        <p className="sm:text-lg">
          Les chiffres du guichet pour les membres des collèges et l&apos;équipe de l&apos;institut :
          uniquement des totaux, jamais de données individuelles.
        </p>
        <p className="font-semibold">Période et territoire affichés : {portee}.</p>
      </div>

      <form
        method="get"
        action="/gouvernance/tableau-de-bord"
        aria-labelledby="titre-filtres"
        className="space-y-4 rounded-lg border border-gray-300 bg-sable-50 p-4 shadow-sm print:hidden"
      >
        <h2 id="titre-filtres" className="text-xl">
          Filtrer
        </h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <div className="space-y-1">
            <label htmlFor="filtre-du" className="block font-semibold">
              Du
            </label>
            <input id="filtre-du" name="du" type="date" defaultValue={filtres.du} className="input" />
          </div>
          <div className="space-y-1">
            <label htmlFor="filtre-au" className="block font-semibold">
              Au
            </label>
            <input id="filtre-au" name="au" type="date" defaultValue={filtres.au} className="input" />
          </div>
          <div className="space-y-1">
            <label htmlFor="filtre-territoire" className="block font-semibold">
              Territoire
            </label>
            <select
              id="filtre-territoire"
              name="territoire"
              defaultValue={filtres.territoire ?? ""}
              className="input"
            >
              <option value="">Toutes les Landes</option>
              {territoires.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="text-sm text-gray-700">Par défaut : les 12 derniers mois, toutes les Landes.</p>
        <button type="submit" className="btn-primary">
          Filtrer
        </button>
      </form>

      <FilterNotices messages={issues.map(describeTableauIssue)} />

      {THEMES.map((theme) => (
        <section key={theme.id} aria-labelledby={`theme-${theme.id}`} className="space-y-4">
          <h2 id={`theme-${theme.id}`} className="text-2xl">
            {theme.titre}
          </h2>
          <div className="space-y-6">
            {theme.indicateurs.map((id) => (
              <Suspense key={`${id}-${tableauSearchParams(filtres)}`} fallback={<IndicateurSkeleton />}>
                <Widget id={id} periode={periode} filtres={filtres} />
              </Suspense>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
