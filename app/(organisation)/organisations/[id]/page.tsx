import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { getOrganisationForMember } from "@/lib/organisations/queries";
import { RouteIdSchema } from "@/lib/organisations/ids";
import { OrganisationStatutBadge } from "@/components/organisations/OrganisationStatutBadge";
import { NumeroActiviteForm } from "./_components/NumeroActiviteForm";

export const metadata: Metadata = { title: "Mon organisation" };

export default async function OrganisationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const user = await requireRole(["employeur", "organisme"], `/organisations/${id}`);
  const parsedId = RouteIdSchema.safeParse(id);
  const organisation = parsedId.success ? await getOrganisationForMember(user, parsedId.data) : null;
  if (!organisation) notFound();
  const saved = (await searchParams).site === "enregistre";
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl">{organisation.nom}</h1>
        <p>
          Statut : <OrganisationStatutBadge statut={organisation.statut} />
        </p>
        {organisation.statut === "refusee" && organisation.motifRefus ? (
          <p>
            Motif indiqué par l&apos;institut : <em>{organisation.motifRefus}</em>
          </p>
        ) : null}
        <p className="flex flex-wrap gap-3">
          <Link href={`/organisations/${organisation.id}/annuaire`} className="btn-secondary">
            Fiche dans l&apos;annuaire des partenaires
          </Link>
          <Link href="/gouvernance/adherer" className="btn-secondary">
            Rejoindre un collège
          </Link>
        </p>
      </div>
      {saved ? (
        <p
          role="status"
          className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900"
        >
          <span aria-hidden="true">✓ </span>Le site est enregistré.
        </p>
      ) : null}
      {organisation.type === "organisme_formation" ? (
        <section aria-labelledby="titre-declaration" className="space-y-4">
          <h2 id="titre-declaration" className="text-2xl">
            Déclaration d&apos;activité
          </h2>
          {organisation.numeroActivite ? null : (
            <p>
              Sans ce numéro, vos formations publiées figurent dans les données ouvertes en JSON et en CSV,
              mais pas dans le flux LHÉO destiné au Carif-Oref, qui l&apos;exige.
            </p>
          )}
          <NumeroActiviteForm organisationId={organisation.id} numeroActivite={organisation.numeroActivite} />
        </section>
      ) : null}
      <section aria-labelledby="titre-sites" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="titre-sites" className="text-2xl">
            Sites ({organisation.sites.length})
          </h2>
          <Link href={`/organisations/${organisation.id}/sites/nouveau`} className="btn-primary">
            Ajouter un site
          </Link>
        </div>
        {organisation.sites.length === 0 ? (
          <p>
            Aucun site pour l&apos;instant. Ajoutez le premier lieu où vous accueillez du public ou des
            stagiaires.
          </p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {organisation.sites.map((site) => (
              <li key={site.id} className="card space-y-1">
                <h3 className="text-lg">{site.nom}</h3>
                <p>
                  {site.adresse}, {site.commune.codesPostaux[0]} {site.commune.nom}
                </p>
                <p className="text-sm text-gray-700">
                  {[site.categorie?.libelle, site.public?.libelle].filter(Boolean).join(" · ") ||
                    "Catégorie non précisée"}
                </p>
                <p className="text-sm text-gray-700">
                  {site.coordonneesSource === "manuelle"
                    ? "Position précisée sur la carte"
                    : "Position approximative (centre de la commune)"}
                </p>
                <p>
                  <Link href={`/organisations/${organisation.id}/sites/${site.id}`}>
                    Modifier<span className="sr-only"> le site {site.nom}</span>
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
