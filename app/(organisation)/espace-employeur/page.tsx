import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { CANDIDATURE_RAPPEL_JOURS, STAGE_STATUT_LABELS, type StageStatut } from "@/lib/stages/constants";
import { getEmployeurSiteCount } from "@/lib/stages/employeur-queries";
import { getEmployeurStageList } from "@/lib/stages/queries";
import { MesOrganisations } from "@/components/organisations/MesOrganisations";

export const metadata: Metadata = { title: "Espace employeur" };

/** Offers that need the employer first come first. */
const STATUT_ORDER: StageStatut[] = [
  "publiee",
  "pourvue",
  "soumise",
  "refusee",
  "brouillon",
  "expiree",
  "archivee",
];

type Offres = Awaited<ReturnType<typeof getEmployeurStageList>>;

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export default async function EspaceEmployeurPage() {
  const user = await requireRole("employeur", "/espace-employeur");
  const [offres, siteCount] = await Promise.all([getEmployeurStageList(user), getEmployeurSiteCount(user)]);
  const organisations = user.organisations.filter((o) => o.type === "employeur");
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl">Espace employeur</h1>
        <p className="max-w-2xl">
          Proposez vos offres de stage et répondez aux candidatures. Décrivez aussi vos sites (établissements,
          services) : ce sont les lieux où vous accueillerez des stagiaires.
        </p>
      </div>
      <Rappel offres={offres} />
      <section aria-labelledby="titre-offres" className="space-y-5">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="titre-offres" className="text-2xl">
            Mes offres de stage
          </h2>
          {siteCount > 0 ? (
            <Link href="/espace-employeur/stages/nouveau" className="btn-primary">
              <span aria-hidden="true">+</span> Proposer un stage
            </Link>
          ) : null}
        </div>
        {siteCount === 0 ? (
          <p className="card">
            Un stage se déroule sur l&apos;un de vos sites : pour proposer un stage, ajoutez d&apos;abord un
            site à votre organisation
            {organisations[0] ? (
              <>
                {" "}
                depuis{" "}
                <Link href={`/organisations/${organisations[0].id}`}>
                  la page de l&apos;organisation {organisations[0].nom}
                </Link>
              </>
            ) : null}
            .
          </p>
        ) : null}
        {organisations.length > 0 && !organisations.some((o) => o.statut === "verifiee") ? (
          <p className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
            Votre organisation est en attente de vérification par l&apos;institut : vous pouvez déjà préparer
            des brouillons d&apos;offres, leur soumission à la modération attendra la vérification.
          </p>
        ) : null}
        {offres.length === 0 ? (
          <p>Vous n&apos;avez pas encore d&apos;offre de stage.</p>
        ) : (
          <OffresParStatut offres={offres} plusieursOrganisations={organisations.length > 1} />
        )}
      </section>
      <MesOrganisations user={user} type="employeur" />
    </div>
  );
}

/** The reminder for applications left unanswered too long, with the offers concerned. */
function Rappel({ offres }: { offres: Offres }) {
  const concernees = offres.filter((o) => o.sansReponse > 0);
  const total = concernees.reduce((n, o) => n + o.sansReponse, 0);
  if (total === 0) return null;
  return (
    <section
      aria-labelledby="titre-rappel"
      className="space-y-3 rounded-md border-2 border-l-8 border-amber-700 bg-amber-50 p-5 text-amber-950"
    >
      <h2 id="titre-rappel" className="text-xl text-amber-950">
        <span aria-hidden="true">⚠ </span>
        {total > 1
          ? `${total} candidatures attendent une réponse depuis plus de ${CANDIDATURE_RAPPEL_JOURS} jours`
          : `1 candidature attend une réponse depuis plus de ${CANDIDATURE_RAPPEL_JOURS} jours`}
      </h2>
      <p>Les apprenant·es ont besoin de votre réponse pour organiser leur stage : acceptez ou refusez-les.</p>
      <ul className="list-disc space-y-1 pl-6">
        {concernees.map((o) => (
          <li key={o.id}>
            <Link href={`/espace-employeur/stages/${o.id}`} className="font-semibold">
              {o.titre}
            </Link>{" "}
            : {plural(o.sansReponse, "candidature", "candidatures")}
          </li>
        ))}
      </ul>
    </section>
  );
}

function OffresParStatut({
  offres,
  plusieursOrganisations,
}: {
  offres: Offres;
  plusieursOrganisations: boolean;
}) {
  const groupes = STATUT_ORDER.map((statut) => ({
    statut,
    offres: offres.filter((o) => o.statut === statut),
  })).filter((g) => g.offres.length > 0);
  return (
    <div className="space-y-6">
      {groupes.map((g) => (
        <section key={g.statut} aria-labelledby={`groupe-${g.statut}`} className="space-y-3">
          <h3 id={`groupe-${g.statut}`} className="text-xl">
            {STAGE_STATUT_LABELS[g.statut]} ({g.offres.length})
          </h3>
          <ul className="grid gap-4 md:grid-cols-2">
            {g.offres.map((o) => (
              <li key={o.id} className="card space-y-2">
                <h4 className="text-lg">
                  <Link href={`/espace-employeur/stages/${o.id}`}>{o.titre}</Link>
                </h4>
                <p className="text-sm text-gray-700">
                  {plusieursOrganisations ? `${o.organisation.nom} · ` : null}
                  {o.commune.nom} · Statut : {STAGE_STATUT_LABELS[o.statut]}
                </p>
                <p>
                  {plural(o.placesRestantes, "place restante", "places restantes")} sur {o.places}
                </p>
                <p>
                  {o.candidatures === 0
                    ? "Aucune candidature"
                    : plural(o.candidatures, "candidature", "candidatures")}
                  {o.enAttente > 0 ? `, dont ${o.enAttente} en attente de réponse` : null}
                  {o.sansReponse > 0 ? (
                    <strong className="block text-amber-900">
                      <span aria-hidden="true">⚠ </span>
                      {plural(o.sansReponse, "candidature", "candidatures")} sans réponse depuis plus de{" "}
                      {CANDIDATURE_RAPPEL_JOURS} jours
                    </strong>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
