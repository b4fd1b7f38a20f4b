import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { deciderAdhesion } from "@/lib/gouvernance/actions";
import { MOTIF_MAX } from "@/lib/gouvernance/constants";
import { getAdhesionModerationQueue } from "@/lib/gouvernance/queries";
import { getModerationHistory } from "@/lib/moderation/queries";
import { DecisionForm } from "@/components/moderation/DecisionForm";
import { ModerationHistorySection } from "@/components/moderation/ModerationHistory";
import { ORGANISATION_TYPE_LABELS } from "@/lib/annuaire/constants";

export const metadata: Metadata = { title: "Adhésions aux collèges" };

const DECISIONS = {
  acceptee: "L'adhésion est acceptée : le membre accède au tableau de bord et il est prévenu.",
  refusee: "La demande est refusée : la personne qui l'a faite est prévenue avec le motif.",
} as const;

export default async function ModerationAdhesionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("staff", "/moderation/adhesions");
  const [queue, params] = await Promise.all([getAdhesionModerationQueue(), searchParams]);
  const items = await Promise.all(
    queue.map(async (m) => ({ m, historique: await getModerationHistory("CollegeMembership", m.id) })),
  );
  const decision =
    params.decision === "acceptee" || params.decision === "refusee" ? DECISIONS[params.decision] : undefined;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/moderation">← Modération</Link>
      </p>
      <h1 className="text-3xl">Adhésions aux collèges</h1>
      <div role="status">
        {decision ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            {decision}
          </p>
        ) : null}
      </div>
      <p className="max-w-2xl">
        Vérifiez que l&apos;organisation ou la personne relève bien du collège demandé. Une organisation ou
        une personne n&apos;appartient qu&apos;à un seul collège. Les plus anciennes demandes sont en haut.
      </p>
      {items.length === 0 ? (
        <p className="card">Aucune demande d&apos;adhésion en attente.</p>
      ) : (
        <ol className="space-y-8">
          {items.map(({ m, historique }) => {
            const qui = m.organisation
              ? m.organisation.nom
              : m.user
                ? `${m.user.prenom} ${m.user.nom}`
                : "Compte supprimé";
            return (
              <li key={m.id} className="card space-y-4">
                <article aria-labelledby={`adhesion-${m.id}`} className="space-y-3">
                  <p className="text-sm text-gray-700">Demandée le {formatDateTime(m.createdAt)}</p>
                  <h2 id={`adhesion-${m.id}`} className="text-2xl">
                    {qui} <span className="font-normal">→ {m.college.nom}</span>
                  </h2>
                  <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
                    {m.organisation ? (
                      <>
                        <dt className="font-semibold">Organisation</dt>
                        <dd>
                          {ORGANISATION_TYPE_LABELS[m.organisation.type]}, {m.organisation.commune.nom} (SIRET{" "}
                          {m.organisation.siret})
                        </dd>
                      </>
                    ) : (
                      <>
                        <dt className="font-semibold">Adhésion</dt>
                        <dd>À titre individuel</dd>
                      </>
                    )}
                    <dt className="font-semibold">Demandeur·se</dt>
                    <dd>
                      {m.demandeur
                        ? `${m.demandeur.prenom} ${m.demandeur.nom} (${m.demandeur.email})`
                        : "Compte supprimé"}
                    </dd>
                  </dl>
                  <h3 className="text-lg">Motivation</h3>
                  <p className="whitespace-pre-line">{m.motivation}</p>
                </article>
                <ModerationHistorySection
                  entries={historique}
                  headingId={`historique-${m.id}`}
                  headingLevel={3}
                  className="space-y-3 border-t border-gray-300 pt-4"
                />
                <DecisionForm
                  action={deciderAdhesion}
                  record={{ name: "membershipId", value: m.id }}
                  title={{ visible: "Décision", srOnly: `pour ${qui}` }}
                  decisionName="decision"
                  decisions={[
                    { value: "accepter", label: "Accepter", srOnly: qui, variant: "primary" },
                    { value: "refuser", label: "Refuser", srOnly: qui, variant: "danger" },
                  ]}
                  reason={{
                    label: "Motif en cas de refus",
                    hint: "Obligatoire pour refuser ; il sera transmis à la personne qui a fait la demande.",
                    maxLength: MOTIF_MAX,
                  }}
                />
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
