import type { Metadata } from "next";
import Link from "next/link";
import { FilterNotices } from "@/components/forms/FilterNotices";
import { formatDate } from "@/lib/format";
import { PRATIQUE_THEME_LABELS } from "@/lib/pratiques/constants";
import { describePratiqueIssue, parsePratiqueFilters, pratiquesHref } from "@/lib/pratiques/filters";
import { getPratiqueLibrary } from "@/lib/pratiques/queries";
import { PratiqueFiltres } from "./_components/PratiqueFiltres";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Bonnes pratiques",
  description:
    "Des actions qui ont fonctionné dans les structures sociales et médico-sociales des Landes : recrutement, qualité de vie au travail, management, formation, mobilité, logement.",
};

const extrait = (text: string) => (text.length > 220 ? `${text.slice(0, 220).trimEnd()}…` : text);

export default async function BonnesPratiquesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { filters, issues } = parsePratiqueFilters(await searchParams);
  const pratiques = await getPratiqueLibrary(filters);
  const count =
    pratiques.length === 0
      ? "Aucune bonne pratique trouvée"
      : pratiques.length === 1
        ? "1 bonne pratique"
        : `${pratiques.length} bonnes pratiques`;
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <h1 className="text-3xl">Bonnes pratiques</h1>
        <p className="max-w-3xl sm:text-lg">
          Des actions qui ont fonctionné, partagées par les membres des collèges de l&apos;institut et relues
          par son équipe. Membre d&apos;un collège ?{" "}
          <Link href="/gouvernance/bonnes-pratiques/nouvelle">Proposez la vôtre</Link>.
        </p>
      </div>
      <PratiqueFiltres key={pratiquesHref(filters)} filters={filters} />
      <FilterNotices messages={issues.map(describePratiqueIssue)} />
      <p role="status" aria-live="polite" className="text-xl font-bold">
        {count}
        {filters.q && pratiques.length > 1 ? (
          <span className="font-normal"> (les plus pertinentes d&apos;abord)</span>
        ) : null}
      </p>
      {pratiques.length === 0 ? (
        <div className="card space-y-2">
          <p>Essayez d&apos;autres mots ou un autre thème.</p>
          {filters.q || filters.theme ? (
            <p>
              <Link href="/bonnes-pratiques">Voir toutes les bonnes pratiques</Link>
            </p>
          ) : null}
        </div>
      ) : (
        <ol className="grid gap-4 md:grid-cols-2">
          {pratiques.map((p) => (
            <li key={p.id} className="card space-y-2">
              <h2 className="text-xl">
                <Link href={`/bonnes-pratiques/${p.id}`}>{p.titre}</Link>
              </h2>
              <p className="text-sm text-gray-700">
                <span className="font-semibold">{PRATIQUE_THEME_LABELS[p.theme]}</span>
                {p.publieeAt ? ` · publiée le ${formatDate(p.publieeAt)}` : ""}
              </p>
              <p>{extrait(p.contexte)}</p>
              <p className="text-sm text-gray-700">{p.contactOrganisation}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
