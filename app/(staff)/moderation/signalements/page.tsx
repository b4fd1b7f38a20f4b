import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { MOTIF_MAX, SIGNALEMENT_MOTIFS, STAGE_STATUT_LABELS } from "@/lib/stages/constants";
import { traiterSignalement } from "@/lib/stages/actions";
import { getSignalementQueue } from "@/lib/stages/queries";
import { DecisionForm } from "@/components/moderation/DecisionForm";

export const metadata: Metadata = { title: "Signalements d'offres de stage" };

const TRAITEMENTS = {
  rejeter: "Le signalement est écarté : l'offre reste publiée.",
  depublier: "L'offre est retirée de la carte ; l'employeur est prévenu avec le motif.",
} as const;

const motifLabel = (motif: string) =>
  motif in SIGNALEMENT_MOTIFS ? SIGNALEMENT_MOTIFS[motif as keyof typeof SIGNALEMENT_MOTIFS] : motif;

export default async function ModerationSignalementsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("staff", "/moderation/signalements");
  const [signalements, params] = await Promise.all([getSignalementQueue(), searchParams]);
  const traitement =
    params.traitement === "rejeter" || params.traitement === "depublier"
      ? TRAITEMENTS[params.traitement]
      : undefined;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/moderation">← Modération</Link>
      </p>
      <h1 className="text-3xl">Signalements d&apos;offres de stage</h1>
      <div role="status">
        {traitement ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            {traitement}
          </p>
        ) : null}
      </div>
      <p className="max-w-2xl">
        Ouvrez l&apos;offre pour la vérifier. Retirer l&apos;offre la fait disparaître de la carte et répond à
        tous ses signalements ouverts ; l&apos;employeur pourra la corriger et la soumettre à nouveau. Les
        plus anciens signalements sont en haut.
      </p>
      {signalements.length === 0 ? (
        <p className="card">Aucun signalement en attente.</p>
      ) : (
        <ol className="space-y-6">
          {signalements.map((s) => (
            <li key={s.id} className="card space-y-4">
              <h2 className="text-xl">
                <Link href={`/stages/${s.offre.id}`}>{s.offre.titre}</Link>
              </h2>
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">Organisation</dt>
                <dd>{s.offre.organisation.nom}</dd>
                <dt className="font-semibold">État de l&apos;offre</dt>
                <dd>{STAGE_STATUT_LABELS[s.offre.statut]}</dd>
                <dt className="font-semibold">Motif du signalement</dt>
                <dd>{motifLabel(s.motif)}</dd>
                <dt className="font-semibold">Commentaire</dt>
                <dd className="whitespace-pre-line break-words">{s.commentaire || "Aucun commentaire"}</dd>
                <dt className="font-semibold">Signalé par</dt>
                <dd>
                  {s.auteur.prenom} {s.auteur.nom}
                </dd>
                <dt className="font-semibold">Le</dt>
                <dd>{formatDateTime(s.createdAt)}</dd>
              </dl>
              <DecisionForm
                action={traiterSignalement}
                record={{ name: "signalementId", value: s.id }}
                title={{ srOnly: `Traitement du signalement sur ${s.offre.titre}` }}
                decisionName="action"
                decisions={[
                  {
                    value: "rejeter",
                    label: "Écarter le signalement",
                    srOnly: `sur ${s.offre.titre}`,
                    variant: "secondary",
                  },
                  { value: "depublier", label: "Retirer l'offre", srOnly: s.offre.titre, variant: "danger" },
                ]}
                reason={{
                  label: "Motif de votre décision",
                  hint: "Obligatoire pour retirer l'offre : il sera transmis à l'employeur. Pour écarter le signalement, il reste dans l'historique de l'offre.",
                  maxLength: MOTIF_MAX,
                }}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
