import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guards";
import { formatDate, formatDateTime, formatPeriode } from "@/lib/format";
import { getModerationHistory } from "@/lib/moderation/queries";
import { RouteIdSchema } from "@/lib/organisations/ids";
import { CANDIDATURE_RAPPEL_JOURS } from "@/lib/stages/constants";
import { markCandidaturesRead } from "@/lib/stages/mutations";
import { getCandidatureListForOffre, getStageDetail, type StageDetail } from "@/lib/stages/queries";
import { ModerationHistorySection } from "@/components/moderation/ModerationHistory";
import { ConfirmForm } from "@/components/forms/ConfirmForm";
import { archiverStage } from "@/lib/stages/actions";
import { CandidatureActions } from "@/components/stages/employeur/CandidatureActions";
import { CandidatureStatutBadge } from "@/components/stages/employeur/CandidatureStatutBadge";
import { StageStatutBadge } from "@/components/stages/employeur/StageStatutBadge";

export const metadata: Metadata = { title: "Mon offre de stage" };

const SearchSchema = z.object({
  enregistre: z.enum(["brouillon", "soumettre"]).optional().catch(undefined),
});

type Candidatures = NonNullable<Awaited<ReturnType<typeof getCandidatureListForOffre>>>;

/** Applications waiting for an answer since before this instant are flagged. */
function rappelDepuis(): Date {
  return new Date(Date.now() - CANDIDATURE_RAPPEL_JOURS * 24 * 60 * 60 * 1000);
}

function savedMessage(intent: "brouillon" | "soumettre", statut: StageDetail["statut"]): string {
  if (intent === "brouillon") {
    return "Le brouillon est enregistré. Il n'est visible que par votre organisation : soumettez-le à la modération quand il est prêt.";
  }
  if (statut === "publiee" || statut === "pourvue") {
    return "Les modifications sont enregistrées : l'offre reste publiée.";
  }
  return "L'offre est soumise à la modération. L'équipe de l'institut la relit avant publication ; vous serez prévenu·e de sa décision.";
}

export default async function StageEmployeurPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const user = await requireRole("employeur", `/espace-employeur/stages/${id}`);
  const parsedId = RouteIdSchema.safeParse(id);
  const [offre, candidaturesAvant] = parsedId.success
    ? await Promise.all([
        getStageDetail(parsedId.data, user),
        getCandidatureListForOffre(user, parsedId.data),
      ])
    : [null, null];
  if (!offre?.vueProprietaire || !candidaturesAvant) notFound();
  // Opening the offer is reading its new applications: they are flagged "Nouvelle" this time only.
  const nouvelles = new Set(candidaturesAvant.filter((c) => c.statut === "envoyee").map((c) => c.id));
  const [history, { enregistre }] = await Promise.all([
    getModerationHistory("StageOffre", offre.id),
    searchParams.then((p) => SearchSchema.parse(p)),
    nouvelles.size ? markCandidaturesRead(user, offre.id) : null,
  ]);
  // Those awaiting an answer first (oldest first, as the query returns them), then the answered ones.
  const candidatures = candidaturesAvant
    .map((c) => (c.statut === "envoyee" ? { ...c, statut: "lue" as const } : c))
    .sort((a, b) => Number(b.statut === "lue") - Number(a.statut === "lue"));
  const visible = offre.statut === "publiee" || offre.statut === "pourvue";
  return (
    <div className="space-y-8">
      <p>
        <Link href="/espace-employeur">← Espace employeur</Link>
      </p>
      <div className="space-y-3">
        <h1 className="text-3xl">{offre.titre}</h1>
        <p className="text-gray-700">
          {offre.organisation.nom} · {offre.site.nom}, {offre.commune.nom}
        </p>
      </div>
      <div role="status">
        {enregistre ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            {savedMessage(enregistre, offre.statut)}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="titre-statut" className="card space-y-4">
        <h2 id="titre-statut" className="sr-only">
          Statut et actions
        </h2>
        <p className="text-lg">
          Statut : <StageStatutBadge statut={offre.statut} />
        </p>
        {offre.statut === "refusee" && offre.motifRefus ? (
          <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
            <span className="font-semibold">Motif indiqué par l&apos;institut : </span>
            <span className="whitespace-pre-line">{offre.motifRefus}</span>
            <span className="mt-2 block">Modifiez l&apos;offre puis soumettez-la à nouveau.</span>
          </p>
        ) : null}
        {offre.statut === "soumise" && offre.soumiseAt ? (
          <p>Soumise le {formatDateTime(offre.soumiseAt)} : l&apos;équipe de l&apos;institut la relit.</p>
        ) : null}
        {visible && offre.publieeAt ? <p>Publiée le {formatDate(offre.publieeAt)}.</p> : null}
        <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
          <Link href={`/espace-employeur/stages/${offre.id}/modifier`} className="btn-primary">
            Modifier l&apos;offre
          </Link>
          {visible ? (
            <Link href={`/stages/${offre.id}`} className="btn-secondary">
              Voir la page publique
            </Link>
          ) : null}
          <ConfirmForm
            action={archiverStage}
            hidden={{ offreId: offre.id }}
            available={offre.statut !== "archivee"}
            openLabel="Archiver l'offre…"
            label="Archiver l'offre"
            question="Archiver cette offre ? Une offre archivée n'apparaît plus sur la carte et ne reçoit plus de candidature. Vous pourrez toujours la consulter, la modifier et la soumettre à nouveau."
            confirmLabel="Confirmer l'archivage"
            pendingLabel="Archivage…"
          />
        </div>
      </section>

      <section aria-labelledby="titre-candidatures" className="space-y-4">
        <h2 id="titre-candidatures" className="text-2xl">
          Candidatures ({candidatures.length})
        </h2>
        {candidatures.length === 0 ? (
          <p className="card">
            {visible
              ? "Aucune candidature pour l'instant."
              : "Aucune candidature : les apprenant·es peuvent candidater une fois l'offre publiée."}
          </p>
        ) : (
          <CandidatureList candidatures={candidatures} nouvelles={nouvelles} />
        )}
      </section>

      <section aria-labelledby="titre-detail" className="card space-y-4">
        <h2 id="titre-detail" className="text-2xl">
          L&apos;offre telle qu&apos;enregistrée
        </h2>
        <OffreFacts offre={offre} />
        <h3 className="text-lg">Description</h3>
        <p className="whitespace-pre-line">{offre.description}</p>
      </section>

      <ModerationHistorySection
        entries={history}
        headingId="titre-historique"
        headingLevel={2}
        className="card space-y-4"
      />
    </div>
  );
}

function CandidatureList({
  candidatures,
  nouvelles,
}: {
  candidatures: Candidatures;
  nouvelles: Set<string>;
}) {
  const limite = rappelDepuis();
  return (
    <ul className="space-y-4">
      {candidatures.map((c) => {
        const apprenant = `${c.apprenant.prenom} ${c.apprenant.nom}`;
        const enAttente = c.statut === "envoyee" || c.statut === "lue";
        const enRetard = enAttente && c.createdAt < limite;
        return (
          <li key={c.id} className={`card space-y-3 ${enRetard ? "border-l-4 border-l-amber-700" : ""}`}>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <h3 className="text-xl">{apprenant}</h3>
              <CandidatureStatutBadge statut={c.statut} />
              {nouvelles.has(c.id) ? (
                <span className="rounded bg-sky-800 px-2 py-0.5 text-sm font-semibold text-white">
                  Nouvelle
                </span>
              ) : null}
            </div>
            {enRetard ? (
              <p className="font-semibold text-amber-900">
                <span aria-hidden="true">⚠ </span>
                Sans réponse depuis plus de {CANDIDATURE_RAPPEL_JOURS} jours.
              </p>
            ) : null}
            <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">E-mail</dt>
              <dd className="break-all">
                <a href={`mailto:${c.apprenant.email}`}>{c.apprenant.email}</a>
              </dd>
              <dt className="font-semibold">Organisme de formation</dt>
              <dd>{c.organismeFormation}</dd>
              <dt className="font-semibold">Diplôme préparé</dt>
              <dd>{c.diplome.intitule}</dd>
              <dt className="font-semibold">Période souhaitée</dt>
              <dd>{formatPeriode(c.periodeDebut, c.periodeFin)}</dd>
              <dt className="font-semibold">Reçue le</dt>
              <dd>{formatDate(c.createdAt)}</dd>
            </dl>
            <div className="space-y-1">
              <p className="font-semibold">Message</p>
              <blockquote className="whitespace-pre-line border-l-4 border-gray-300 pl-4">
                {c.message}
              </blockquote>
            </div>
            {c.statut === "refusee" && c.motifRefus ? (
              <p>
                <span className="font-semibold">Motif du refus : </span>
                {c.motifRefus}
              </p>
            ) : null}
            <CandidatureActions candidatureId={c.id} apprenant={apprenant} enAttente={enAttente} />
          </li>
        );
      })}
    </ul>
  );
}

function OffreFacts({ offre }: { offre: StageDetail }) {
  const duree =
    offre.dureeMinSemaines === offre.dureeMaxSemaines
      ? `${offre.dureeMinSemaines} semaine${offre.dureeMinSemaines > 1 ? "s" : ""}`
      : `De ${offre.dureeMinSemaines} à ${offre.dureeMaxSemaines} semaines`;
  const conditions = [
    offre.gratification
      ? `Stage gratifié${offre.gratificationDetail ? ` : ${offre.gratificationDetail}` : ""}`
      : "Stage non gratifié",
    offre.logement ? "Logement possible" : null,
    offre.sansVoiture
      ? [
          "Accessible sans voiture",
          offre.transportDetail,
          offre.distanceGareKm !== null
            ? `à ${offre.distanceGareKm.toLocaleString("fr-FR")} km de la gare ou de l'arrêt`
            : null,
        ]
          .filter(Boolean)
          .join(", ")
      : null,
    offre.permisRequis ? "Permis de conduire exigé" : null,
    offre.horairesNuit ? "Horaires de nuit" : null,
    offre.horairesWeekend ? "Horaires de week-end" : null,
  ].filter((c): c is string => !!c);
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">Site</dt>
      <dd>
        {offre.site.nom}, {offre.site.adresse}, {offre.commune.codesPostaux[0]} {offre.commune.nom}
      </dd>
      <dt className="font-semibold">Année ou niveau</dt>
      <dd>{offre.niveau}</dd>
      <dt className="font-semibold">Diplômes visés</dt>
      <dd>
        <ul className="list-disc pl-5">
          {offre.diplomes.map((d) => (
            <li key={d.id}>{d.intitule}</li>
          ))}
        </ul>
      </dd>
      <dt className="font-semibold">Public</dt>
      <dd>{offre.public?.libelle ?? "Non précisé"}</dd>
      <dt className="font-semibold">Établissement</dt>
      <dd>{offre.categorie?.libelle ?? "Non précisé"}</dd>
      <dt className="font-semibold">Périodes</dt>
      <dd>
        {offre.touteLAnnee ? (
          "Toute l'année"
        ) : (
          <ul className="list-disc pl-5">
            {offre.periodes.map((p, i) => (
              <li key={i}>{formatPeriode(p.debut, p.fin)}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt className="font-semibold">Durée</dt>
      <dd>{duree}</dd>
      <dt className="font-semibold">Places</dt>
      <dd>
        {offre.placesRestantes} restante{offre.placesRestantes > 1 ? "s" : ""} sur {offre.places}
      </dd>
      <dt className="font-semibold">Tuteur ou tutrice</dt>
      <dd>
        {offre.tuteurNom}, {offre.tuteurFonction}
        <span className="block break-all">{offre.tuteurContact}</span>
      </dd>
      <dt className="font-semibold">Conditions</dt>
      <dd>
        <ul className="list-disc pl-5">
          {conditions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}
