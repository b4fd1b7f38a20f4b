import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guards";
import { todayInParis } from "@/lib/dates";
import { formatDate, formatDateTime } from "@/lib/format";
import { getOrganismeFormation } from "@/lib/formations/organisme-queries";
import { getModerationHistory } from "@/lib/moderation/queries";
import { RouteIdSchema } from "@/lib/organisations/ids";
import { ModerationHistorySection } from "@/components/moderation/ModerationHistory";
import { ConfirmForm } from "@/components/forms/ConfirmForm";
import { archiverFormation } from "@/lib/formations/actions";
import { FormationDetailView } from "@/components/formations/organisme/FormationDetailView";
import { FormationStatutBadge } from "@/components/formations/organisme/FormationStatutBadge";

export const metadata: Metadata = { title: "Ma formation" };

const SearchSchema = z.object({
  enregistre: z.enum(["brouillon", "soumettre"]).optional().catch(undefined),
});

const SAVED = {
  brouillon:
    "Le brouillon est enregistré. Il n'est visible que par votre organisme : soumettez-le à la modération quand il est prêt.",
  soumettre:
    "La formation est soumise à la modération. L'équipe de l'institut la relit avant publication ; vous serez prévenu·e de sa décision.",
} as const;

export default async function FormationOrganismePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const user = await requireRole("organisme", `/espace-organisme/formations/${id}`);
  const parsedId = RouteIdSchema.safeParse(id);
  const offre = parsedId.success ? await getOrganismeFormation(user, parsedId.data) : null;
  if (!offre) notFound();
  const [history, { enregistre }] = await Promise.all([
    getModerationHistory("OffreFormation", offre.id),
    searchParams.then((p) => SearchSchema.parse(p)),
  ]);
  const publiee = offre.statut === "publiee";
  return (
    <div className="space-y-8">
      <p>
        <Link href="/espace-organisme">← Espace organisme</Link>
      </p>
      <div className="space-y-3">
        <h1 className="text-3xl">{offre.titre}</h1>
        <p className="text-gray-700">
          {offre.organisation.nom} · {offre.diplome.intitule}
        </p>
      </div>
      <div role="status">
        {enregistre ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            {SAVED[enregistre]}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="titre-statut" className="card space-y-4">
        <h2 id="titre-statut" className="sr-only">
          Statut et actions
        </h2>
        <p className="text-lg">
          Statut : <FormationStatutBadge statut={offre.statut} />
        </p>
        {offre.statut === "refusee" && offre.motifRefus ? (
          <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
            <span className="font-semibold">Motif indiqué par l&apos;institut : </span>
            <span className="whitespace-pre-line">{offre.motifRefus}</span>
            <span className="mt-2 block">Modifiez la formation puis soumettez-la à nouveau.</span>
          </p>
        ) : null}
        {offre.statut === "soumise" && offre.soumiseAt ? (
          <p>Soumise le {formatDateTime(offre.soumiseAt)} : l&apos;équipe de l&apos;institut la relit.</p>
        ) : null}
        {publiee && offre.publieeAt ? <p>Publiée le {formatDate(offre.publieeAt)}.</p> : null}
        <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
          <Link href={`/espace-organisme/formations/${offre.id}/modifier`} className="btn-primary">
            Modifier la formation
          </Link>
          {publiee ? (
            <Link href={`/formations/${offre.id}`} className="btn-secondary">
              Voir la page publique
            </Link>
          ) : null}
          <ConfirmForm
            action={archiverFormation}
            hidden={{ offreId: offre.id }}
            available={offre.statut !== "archivee"}
            openLabel="Archiver la formation…"
            label="Archiver la formation"
            question="Archiver cette formation ? Une formation archivée n'apparaît plus dans le catalogue. Vous pourrez toujours la consulter, la modifier et la soumettre à nouveau."
            confirmLabel="Confirmer l'archivage"
            pendingLabel="Archivage…"
          />
        </div>
      </section>

      <section aria-labelledby="titre-detail" className="card space-y-6">
        <h2 id="titre-detail" className="text-2xl">
          La formation telle qu&apos;enregistrée
        </h2>
        <FormationDetailView offre={offre} today={todayInParis()} headingLevel={3} />
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
