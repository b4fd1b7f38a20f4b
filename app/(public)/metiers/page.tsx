import type { Metadata } from "next";
import Link from "next/link";
import { getMetierContent, NIVEAU_EXPLICATIONS } from "@/lib/metiers/content";
import { getMetierSummaryList, type MetierSummary } from "@/lib/metiers/queries";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Les métiers de l'accompagnement",
  description:
    "Aide-soignant, accompagnant éducatif et social, éducateur spécialisé… Les métiers du social et du médico-social, leurs diplômes, et les formations et stages ouverts dans les Landes.",
};

/** "3 formations", "1 formation", "aucune formation". */
function compte(n: number, un: string, plusieurs: string, aucun: string): string {
  if (n === 0) return aucun;
  return `${n.toLocaleString("fr-FR")} ${n > 1 ? plusieurs : un}`;
}

function MetierCard({ metier }: { metier: MetierSummary }) {
  const content = getMetierContent(metier.slug);
  return (
    <li className="card flex flex-col gap-3">
      <h3 className="text-xl">
        <Link href={`/metiers/${metier.slug}`}>{metier.metier}</Link>
      </h3>
      {content ? <p>{content.accroche}</p> : null}
      <p className="text-sm text-gray-700">{metier.intitule}</p>
      <ul
        className="mt-auto space-y-1 border-t border-gray-200 pt-3"
        aria-label={`En ce moment dans les Landes, ${metier.metier}`}
      >
        <li>
          <strong>
            {compte(
              metier.formations,
              "formation ouverte",
              "formations ouvertes",
              "Aucune formation ouverte",
            )}
          </strong>
        </li>
        <li>
          <strong>
            {compte(metier.stages, "offre de stage", "offres de stage", "Aucune offre de stage")}
          </strong>
          {metier.stages > 0 ? ` (${compte(metier.placesStage, "place", "places", "aucune place")})` : null}
        </li>
      </ul>
    </li>
  );
}

export default async function MetiersPage() {
  const metiers = await getMetierSummaryList();
  const niveaux = [...new Set(metiers.map((m) => m.niveau))].sort((a, b) => a - b);
  return (
    <div className="space-y-10">
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">Les métiers de l&apos;accompagnement</h1>
        <p className="text-lg">
          Prendre soin, éduquer, aider à vivre chez soi : découvrez chaque métier, le diplôme qui y prépare,
          et ce qui est ouvert en ce moment dans les Landes pour vous former ou faire un stage.
        </p>
        <p>
          Les chiffres sont ceux du guichet, à jour à chaque visite : formations publiées avec une session pas
          encore terminée, offres de stage publiées qui ont encore des places.
        </p>
      </div>
      {niveaux.map((niveau) => {
        const explication = NIVEAU_EXPLICATIONS[niveau];
        return (
          <section key={niveau} aria-labelledby={`niveau-${niveau}`} className="space-y-4">
            <h2 id={`niveau-${niveau}`} className="text-2xl">
              Diplômes de niveau {niveau}
              {explication ? <span className="font-normal"> ({explication.court})</span> : null}
            </h2>
            <ul className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
              {metiers
                .filter((m) => m.niveau === niveau)
                .map((m) => (
                  <MetierCard key={m.slug} metier={m} />
                ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
