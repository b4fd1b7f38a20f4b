import type { Metadata } from "next";
import Link from "next/link";
import { getCollegePublicList } from "@/lib/gouvernance/queries";
import { REGLE_ADHESION } from "@/lib/gouvernance/constants";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Les collèges de la gouvernance",
  description:
    "Les cinq collèges de l'IFLTS : institutions, employeurs, organismes de formation, étudiants et apprenants, familles et personnes accompagnées, et leurs membres.",
};

function personnes(n: number): string {
  if (n === 0) return "Aucune personne membre pour l'instant.";
  return n === 1 ? "1 personne membre." : `${n} personnes membres.`;
}

export default async function CollegesPage() {
  const colleges = await getCollegePublicList();
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl">Les collèges de la gouvernance</h1>
        <p className="max-w-3xl sm:text-lg">
          L&apos;institut est gouverné par cinq collèges qui réunissent celles et ceux qui forment, recrutent,
          financent, apprennent et sont accompagnés. Les organisations membres sont nommées ; les personnes
          membres à titre individuel sont seulement comptées.
        </p>
        <p className="max-w-3xl">{REGLE_ADHESION}</p>
        <p>
          <Link href="/gouvernance/adherer" className="btn-primary">
            Demander à rejoindre un collège
          </Link>
        </p>
      </div>
      <ol className="space-y-6">
        {colleges.map((c) => (
          <li key={c.id}>
            <section aria-labelledby={`college-${c.slug}`} className="card space-y-3">
              <h2 id={`college-${c.slug}`} className="text-2xl">
                {c.nom}
              </h2>
              <p className="max-w-3xl">{c.description}</p>
              {c.membreType === "organisation" ? (
                c.organisations.length === 0 ? (
                  <p>Aucune organisation membre pour l&apos;instant.</p>
                ) : (
                  <>
                    <h3 className="text-lg">
                      {c.organisations.length === 1
                        ? "1 organisation membre"
                        : `${c.organisations.length} organisations membres`}
                    </h3>
                    <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
                      {c.organisations.map((o) => (
                        <li key={o.id}>
                          {o.listee ? <Link href={`/annuaire/${o.id}`}>{o.nom}</Link> : o.nom}
                        </li>
                      ))}
                    </ul>
                  </>
                )
              ) : (
                <p className="font-semibold">{personnes(c.personnes)}</p>
              )}
            </section>
          </li>
        ))}
      </ol>
    </div>
  );
}
