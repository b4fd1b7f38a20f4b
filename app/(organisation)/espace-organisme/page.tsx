import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { formatDay } from "@/lib/format";
import { FORMATION_STATUT_LABELS, MODALITE_LABELS, type FormationStatut } from "@/lib/formations/constants";
import { getOrganismeFormationList, getOrganismeSiteCount } from "@/lib/formations/organisme-queries";
import { FormationStatutBadge } from "@/components/formations/organisme/FormationStatutBadge";
import { MesOrganisations } from "@/components/organisations/MesOrganisations";

export const metadata: Metadata = { title: "Espace organisme de formation" };

/** Offers that need the body first come first. */
const STATUT_ORDER: FormationStatut[] = ["refusee", "soumise", "publiee", "brouillon", "archivee"];

type Formations = Awaited<ReturnType<typeof getOrganismeFormationList>>;

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export default async function EspaceOrganismePage() {
  const user = await requireRole("organisme", "/espace-organisme");
  const [formations, siteCount] = await Promise.all([
    getOrganismeFormationList(user),
    getOrganismeSiteCount(user),
  ]);
  const organisations = user.organisations.filter((o) => o.type === "organisme_formation");
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl">Espace organisme de formation</h1>
        <p className="max-w-2xl">
          Publiez vos formations et leurs sessions dans le catalogue. Décrivez aussi vos sites de formation :
          ce sont les lieux où se dérouleront vos sessions.
        </p>
      </div>
      <section aria-labelledby="titre-formations" className="space-y-5">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="titre-formations" className="text-2xl">
            Mes formations
          </h2>
          {siteCount > 0 ? (
            <Link href="/espace-organisme/formations/nouveau" className="btn-primary">
              <span aria-hidden="true">+</span> Publier une formation
            </Link>
          ) : null}
        </div>
        {siteCount === 0 ? (
          <p className="card">
            Une session de formation a lieu sur l&apos;un de vos sites : pour publier une formation, ajoutez
            d&apos;abord un site à votre organisme
            {organisations[0] ? (
              <>
                {" "}
                depuis{" "}
                <Link href={`/organisations/${organisations[0].id}`}>
                  la page de l&apos;organisme {organisations[0].nom}
                </Link>
              </>
            ) : null}
            .
          </p>
        ) : null}
        {organisations.length > 0 && !organisations.some((o) => o.statut === "verifiee") ? (
          <p className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
            Votre organisme est en attente de vérification par l&apos;institut : vous pouvez déjà préparer des
            brouillons de formations, leur soumission à la modération attendra la vérification.
          </p>
        ) : null}
        {formations.length === 0 ? (
          <p>Vous n&apos;avez pas encore de formation.</p>
        ) : (
          <FormationsParStatut formations={formations} plusieursOrganismes={organisations.length > 1} />
        )}
      </section>
      <MesOrganisations user={user} type="organisme_formation" />
    </div>
  );
}

function FormationsParStatut({
  formations,
  plusieursOrganismes,
}: {
  formations: Formations;
  plusieursOrganismes: boolean;
}) {
  const groupes = STATUT_ORDER.map((statut) => ({
    statut,
    formations: formations.filter((f) => f.statut === statut),
  })).filter((g) => g.formations.length > 0);
  return (
    <div className="space-y-6">
      {groupes.map((g) => (
        <section key={g.statut} aria-labelledby={`groupe-${g.statut}`} className="space-y-3">
          <h3 id={`groupe-${g.statut}`} className="text-xl">
            {FORMATION_STATUT_LABELS[g.statut]} ({g.formations.length})
          </h3>
          <ul className="grid gap-4 md:grid-cols-2">
            {g.formations.map((f) => {
              const prochaine = f.sessions[0];
              return (
                <li key={f.id} className="card space-y-2">
                  <h4 className="text-lg">
                    <Link href={`/espace-organisme/formations/${f.id}`}>{f.titre}</Link>
                  </h4>
                  <p>
                    Statut : <FormationStatutBadge statut={f.statut} />
                  </p>
                  <p className="text-sm text-gray-700">
                    {plusieursOrganismes ? `${f.organisation.nom} · ` : null}
                    {f.diplome.intitule} · {MODALITE_LABELS[f.modalite]}
                  </p>
                  <p>
                    {f._count.sessions === 0
                      ? "Aucune session"
                      : plural(f._count.sessions, "session", "sessions")}
                    {" · "}
                    {prochaine ? `prochaine le ${formatDay(prochaine.debut)}` : "aucune session à venir"}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
