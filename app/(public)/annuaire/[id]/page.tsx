import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ORGANISATION_TYPE_LABELS } from "@/lib/annuaire/constants";
import { getAnnuaireOrganisation } from "@/lib/annuaire/queries";
import { carteHref } from "@/lib/carte/filters";
import { formationsHref } from "@/lib/formations/filters";
import { RouteIdSchema } from "@/lib/organisations/ids";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const parsed = RouteIdSchema.safeParse(id);
  return parsed.success ? getAnnuaireOrganisation(parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await load((await params).id);
  return organisation
    ? { title: organisation.nom, description: organisation.presentation?.slice(0, 200) ?? undefined }
    : { title: "Organisation introuvable" };
}

/** A link to another site, opened in a new tab and said so. */
function LienExterne({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} rel="noopener noreferrer" target="_blank">
      {children}
      <span className="sr-only"> (site externe, nouvelle fenêtre)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}

export default async function AnnuaireOrganisationPage({ params }: Props) {
  const o = await load((await params).id);
  if (!o) notFound();
  // The catalogues search the organisation's name among their words (at most 100 characters).
  const recherche = { q: o.nom.slice(0, 100) };
  return (
    <article className="max-w-4xl space-y-8" aria-labelledby="titre-organisation">
      <p>
        <Link href="/annuaire">← Annuaire des partenaires</Link>
      </p>
      <header className="space-y-2">
        <h1 id="titre-organisation" className="text-3xl">
          {o.nom}
        </h1>
        <p className="text-lg font-semibold text-gray-800">
          {ORGANISATION_TYPE_LABELS[o.type]}
          {o.college ? (
            <>
              {" · "}
              <Link href="/gouvernance/colleges">{o.college}</Link>
            </>
          ) : null}
        </p>
      </header>
      {o.presentation ? (
        <section aria-labelledby="titre-presentation" className="space-y-2">
          <h2 id="titre-presentation" className="text-2xl">
            Présentation
          </h2>
          <p className="whitespace-pre-line">{o.presentation}</p>
        </section>
      ) : null}
      <section aria-labelledby="titre-lieux" className="space-y-2">
        <h2 id="titre-lieux" className="text-2xl">
          Lieux d&apos;activité
        </h2>
        <p>
          <span className="font-semibold">Communes : </span>
          {o.communes.join(", ")}
        </p>
        {o.sites.length > 0 ? (
          <ul className="list-disc space-y-1 pl-6">
            {o.sites.map((s) => (
              <li key={s.id}>
                {s.nom}, {s.commune}
                {s.categorie ? ` (${s.categorie})` : ""}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      {o.siteWeb || o.liens.length > 0 ? (
        <section aria-labelledby="titre-liens" className="space-y-2">
          <h2 id="titre-liens" className="text-2xl">
            Site web et outils numériques
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {o.siteWeb ? (
              <li>
                <LienExterne href={o.siteWeb}>Site web</LienExterne>
              </li>
            ) : null}
            {o.liens.map((l) => (
              <li key={l.id}>
                <LienExterne href={l.url}>{l.libelle}</LienExterne>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="titre-offres" className="space-y-2">
        <h2 id="titre-offres" className="text-2xl">
          Sur le guichet
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            {o.stages === 0 ? (
              "Aucune offre de stage publiée en ce moment."
            ) : (
              <Link href={carteHref(recherche)}>
                {o.stages === 1 ? "1 offre de stage publiée" : `${o.stages} offres de stage publiées`}
              </Link>
            )}
          </li>
          <li>
            {o.formations === 0 ? (
              "Aucune formation publiée en ce moment."
            ) : (
              <Link href={formationsHref(recherche)}>
                {o.formations === 1 ? "1 formation publiée" : `${o.formations} formations publiées`}
              </Link>
            )}
          </li>
        </ul>
      </section>
    </article>
  );
}
