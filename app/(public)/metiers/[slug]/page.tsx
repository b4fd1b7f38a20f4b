import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ALIAS_SLUGS, getMetierContent, NIVEAU_EXPLICATIONS, niveauLabel } from "@/lib/metiers/content";
import { getMetierDetail } from "@/lib/metiers/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const SLUG = /^[a-z0-9-]{1,64}$/;

/** The page's data once per request (generateMetadata and the page share it); null for a 404. */
const loadMetier = cache(async (slug: string) => {
  const content = SLUG.test(slug) ? getMetierContent(slug) : undefined;
  if (!content) return null;
  const detail = await getMetierDetail(slug);
  return detail ? { content, detail } : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const metier = await loadMetier(slug);
  if (!metier) return { title: "Page introuvable" };
  const { detail, content } = metier;
  const title = `${detail.metier} : le métier et la formation dans les Landes`;
  const description = `${content.accroche} ${detail.intitule}, ${niveauLabel(detail.niveau).toLowerCase()}.`;
  return { title, description, openGraph: { title, description, type: "article" } };
}

function pluriel(n: number, un: string, plusieurs: string): string {
  return `${n.toLocaleString("fr-FR")} ${n > 1 ? plusieurs : un}`;
}

export default async function MetierPage({ params }: Props) {
  const { slug } = await params;
  const alias = ALIAS_SLUGS[slug];
  if (alias) permanentRedirect(`/metiers/${alias}`);
  const metier = await loadMetier(slug);
  if (!metier) notFound();
  const { content, detail } = metier;
  const explication = NIVEAU_EXPLICATIONS[detail.niveau];
  const formationsHref = `/formations?diplome=${encodeURIComponent(detail.slug)}`;
  const carteHref = `/carte?diplome=${encodeURIComponent(detail.slug)}`;

  return (
    <div className="space-y-10">
      <nav aria-label="Fil d'Ariane" className="text-sm">
        <ol className="flex flex-wrap gap-x-2">
          <li>
            <Link href="/metiers">Les métiers</Link>
            <span aria-hidden="true"> /</span>
          </li>
          <li aria-current="page">{detail.metier}</li>
        </ol>
      </nav>

      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl sm:text-4xl">{detail.metier}</h1>
        <p className="text-lg">{content.accroche}</p>
        {content.autresNoms?.length ? (
          <p className="text-gray-700">Aussi appelé : {content.autresNoms.join(", ")}.</p>
        ) : null}
      </header>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        {/* First in reading order, so a phone shows what is open before the long texts; right column on a wide screen. */}
        <section aria-labelledby="titre-landes" className="space-y-6 lg:col-start-2 lg:row-start-1">
          <h2 id="titre-landes" className="text-2xl">
            En ce moment dans les Landes
          </h2>
          <section aria-labelledby="titre-formations" className="card space-y-3 bg-pin-50">
            <h3 id="titre-formations" className="text-xl">
              Se former
            </h3>
            <p className="text-3xl font-bold text-pin-800">
              {detail.formations === 0
                ? "Aucune formation ouverte"
                : pluriel(detail.formations, "formation ouverte", "formations ouvertes")}
            </p>
            <p className="text-sm">Formations publiées dont une session n&apos;est pas terminée.</p>
            <p>
              <Link href={formationsHref} className="btn-primary">
                Voir les formations<span className="sr-only"> au métier de {detail.metier}</span>
              </Link>
            </p>
          </section>
          <section aria-labelledby="titre-stages" className="card space-y-3">
            <h3 id="titre-stages" className="text-xl">
              Faire un stage
            </h3>
            <p className="text-3xl font-bold text-pin-800">
              {detail.stages === 0
                ? "Aucune offre de stage"
                : pluriel(detail.stages, "offre de stage", "offres de stage")}
            </p>
            {detail.stages > 0 ? (
              <p className="text-sm">
                {pluriel(detail.placesStage, "place disponible", "places disponibles")} chez des employeurs
                des Landes.
              </p>
            ) : (
              <p className="text-sm">
                Aucune offre ouverte pour ce diplôme aujourd&apos;hui : revenez bientôt.
              </p>
            )}
            <p>
              <Link href={carteHref} className="btn-secondary">
                Voir les stages sur la carte
                <span className="sr-only"> pour le métier de {detail.metier}</span>
              </Link>
            </p>
          </section>
          {detail.categories.length > 0 ? (
            <section aria-labelledby="titre-employeurs" className="space-y-3">
              <h3 id="titre-employeurs" className="text-xl">
                Qui accueille en stage
              </h3>
              <p className="text-sm">
                Types d&apos;établissements qui proposent un stage ouvert pour ce diplôme.
              </p>
              <ul className="divide-y divide-gray-200 rounded-lg border border-gray-300">
                {detail.categories.map((c) => (
                  <li
                    key={c.code ?? "sans-categorie"}
                    className="flex items-baseline justify-between gap-4 px-4 py-2"
                  >
                    {c.code ? (
                      <Link href={`${carteHref}&categorie=${encodeURIComponent(c.code)}`}>{c.libelle}</Link>
                    ) : (
                      <span>{c.libelle}</span>
                    )}
                    <span className="shrink-0 font-semibold">{pluriel(c.stages, "offre", "offres")}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </section>
        <div className="space-y-10 lg:col-start-1 lg:row-start-1">
          <section aria-labelledby="titre-metier" className="space-y-3">
            <h2 id="titre-metier" className="text-2xl">
              Le métier au quotidien
            </h2>
            <p>{content.presentation}</p>
            <h3 className="pt-2 text-xl">Où travailler</h3>
            <ul className="list-disc space-y-1 pl-6">
              {content.lieux.map((lieu) => (
                <li key={lieu}>{lieu}</li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="titre-diplome" className="space-y-3">
            <h2 id="titre-diplome" className="text-2xl">
              Le diplôme
            </h2>
            <dl className="space-y-3">
              <div>
                <dt className="font-semibold">Diplôme préparé</dt>
                <dd>
                  {detail.intitule}
                  {detail.rncp ? (
                    <>
                      {" "}
                      (fiche <abbr title="Répertoire national des certifications professionnelles">
                        RNCP
                      </abbr>{" "}
                      {detail.rncp.replace(/^RNCP/, "")})
                    </>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt className="font-semibold">Niveau</dt>
                <dd>
                  {niveauLabel(detail.niveau)}
                  {explication ? <span className="block text-gray-700">{explication.long}</span> : null}
                </dd>
              </div>
              <div>
                <dt className="font-semibold">Durée de la formation</dt>
                <dd>{content.duree}</dd>
              </div>
              <div>
                <dt className="font-semibold">Pour entrer en formation</dt>
                <dd>{content.acces}</dd>
              </div>
            </dl>
          </section>
        </div>
      </div>

      <p>
        <Link href="/metiers">Découvrir les autres métiers de l&apos;accompagnement</Link>
      </p>
    </div>
  );
}
