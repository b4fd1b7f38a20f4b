import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guards";
import { typeLabel, disponibiliteLabel } from "@/lib/ressources/labels";
import { getMesRessources } from "@/lib/ressources/queries";
import { isoFromDate } from "@/lib/dates";
import { FamilleForm } from "@/components/ressources/FamilleForm";
import { RessourceStatutBadge } from "@/components/ressources/RessourceStatutBadge";
import { getCommuneSelectOptions } from "./_options";

export const metadata: Metadata = { title: "Mes ressources mutualisées" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MesRessourcesPage({ searchParams }: Props) {
  const user = await requireUser("/mes-ressources");
  const [{ famille, ressources }, params] = await Promise.all([getMesRessources(user), searchParams]);
  const organisations = user.organisations;
  const verifiedOrgs = organisations.filter((o) => o.statut === "verifiee");
  const canOffer = verifiedOrgs.length > 0 || famille?.statut === "verifiee";
  const showDeclaration = organisations.length === 0 && (!famille || famille.statut === "refusee");
  const communes = showDeclaration ? await getCommuneSelectOptions() : [];

  return (
    <div className="space-y-6">
      <h1 className="text-3xl">Mes ressources mutualisées</h1>
      <div role="status">
        {params.declaration === "envoyee" ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            Votre déclaration est envoyée : l&apos;équipe de l&apos;institut la vérifie et vous prévient.
          </p>
        ) : null}
      </div>
      <p className="max-w-2xl">
        Organisations et familles d&apos;accueil vérifiées mettent en commun un hébergement, une salle de
        formation, un moyen de transport ou une garde d&apos;enfants pour les apprenant·es. Les cellules
        locales les proposent aux personnes qui en ont besoin ; les apprenant·es ne voient que la commune.
      </p>

      {organisations.length > 0 && verifiedOrgs.length === 0 ? (
        <p className="card">
          Votre organisation doit être vérifiée par l&apos;institut avant de proposer une ressource.
        </p>
      ) : null}

      {organisations.length === 0 ? (
        <section aria-labelledby="titre-famille" className="card space-y-4">
          <h2 id="titre-famille" className="text-2xl">
            Famille d&apos;accueil
          </h2>
          {famille?.statut === "verifiee" ? (
            <p>
              <strong>Famille d&apos;accueil vérifiée.</strong> Vous pouvez proposer une chambre ou un
              logement aux stagiaires.
            </p>
          ) : famille?.statut === "en_attente" ? (
            <p>
              <strong>Déclaration en attente de vérification</strong> par l&apos;équipe de l&apos;institut.
              Vous serez prévenu·e par e-mail.
            </p>
          ) : (
            <>
              {famille?.statut === "refusee" ? (
                <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-4">
                  <strong>Votre déclaration n&apos;a pas été vérifiée.</strong> Motif : {famille.motifRefus}.
                  Corrigez-la et envoyez-la à nouveau.
                </p>
              ) : (
                <p>
                  Vous pouvez héberger un·e stagiaire ? Déclarez-vous famille d&apos;accueil : l&apos;équipe
                  de l&apos;institut vérifie votre déclaration, puis vous pourrez proposer une chambre. Votre
                  nom et votre adresse ne sont jamais montrés aux apprenant·es avant qu&apos;ils
                  n&apos;acceptent.
                </p>
              )}
              <FamilleForm
                communes={communes}
                initial={{
                  communeCode: famille?.communeCode,
                  presentation: famille?.presentation,
                  telephone: famille?.telephone ?? undefined,
                }}
              />
            </>
          )}
        </section>
      ) : null}

      {canOffer ? (
        <section aria-labelledby="titre-liste" className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="titre-liste" className="text-2xl">
              Ressources proposées
            </h2>
            <Link href="/mes-ressources/nouvelle" className="btn-primary">
              Proposer une ressource
            </Link>
          </div>
          {ressources.length === 0 ? (
            <p className="card">Aucune ressource pour l&apos;instant.</p>
          ) : (
            <ul className="grid gap-4 md:grid-cols-2">
              {ressources.map((r) => (
                <li key={r.id} className="card space-y-2">
                  <h3 className="text-lg">
                    <Link href={`/mes-ressources/${r.id}`}>{r.titre}</Link>
                  </h3>
                  <p>
                    <RessourceStatutBadge statut={r.statut} />
                  </p>
                  <p>
                    {typeLabel(r.type, r.mobiliteType)} · {r.commune.nom} · capacité {r.capacite}
                  </p>
                  <p className="text-sm text-gray-700">
                    {disponibiliteLabel(
                      r.disponibleDebut ? isoFromDate(r.disponibleDebut) : null,
                      r.disponibleFin ? isoFromDate(r.disponibleFin) : null,
                    )}
                    {r.organisation ? ` · ${r.organisation.nom}` : ""}
                  </p>
                  {r.statut === "refusee" && r.motifRefus ? <p>Motif du refus : {r.motifRefus}</p> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
