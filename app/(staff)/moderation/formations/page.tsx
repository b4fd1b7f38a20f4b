import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { todayInParis } from "@/lib/dates";
import { formatDateTime } from "@/lib/format";
import { deciderFormation } from "@/lib/formations/actions";
import { getFormationModerationQueue } from "@/lib/formations/moderation-queries";
import { getModerationHistory } from "@/lib/moderation/queries";
import { ModerationHistorySection } from "@/components/moderation/ModerationHistory";
import { FormationDetailView } from "@/components/formations/organisme/FormationDetailView";
import { FormationStatutBadge } from "@/components/formations/organisme/FormationStatutBadge";
import { DecisionForm } from "@/components/moderation/DecisionForm";
import { MOTIF_MAX } from "@/lib/formations/constants";

export const metadata: Metadata = { title: "Formations à modérer" };

const DECISIONS = {
  publiee: "La formation est publiée : elle apparaît dans le catalogue et l'organisme est prévenu.",
  refusee: "La formation est refusée : l'organisme est prévenu avec le motif.",
} as const;

export default async function ModerationFormationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("staff", "/moderation/formations");
  const [queue, params] = await Promise.all([getFormationModerationQueue(), searchParams]);
  const items = await Promise.all(
    queue.map(async (offre) => ({
      offre,
      historique: await getModerationHistory("OffreFormation", offre.id),
    })),
  );
  const decision =
    params.decision === "publiee" || params.decision === "refusee" ? DECISIONS[params.decision] : undefined;
  const today = todayInParis();
  return (
    <div className="space-y-6">
      <p>
        <Link href="/moderation">← Modération</Link>
      </p>
      <h1 className="text-3xl">Formations à modérer</h1>
      <div role="status">
        {decision ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            {decision}
          </p>
        ) : null}
      </div>
      <p className="max-w-2xl">
        Chaque formation est présentée telle que le public la verra. Vérifiez que l&apos;organisme prépare
        bien au diplôme indiqué, que les sessions sont cohérentes et que le contenu est exact avant de la
        publier. Les plus anciennes sont en haut.
      </p>
      {items.length === 0 ? (
        <p className="card">Aucune formation en attente de modération.</p>
      ) : (
        <ol className="space-y-10">
          {items.map(({ offre, historique }) => (
            <li key={offre.id} className="card space-y-6">
              <article aria-labelledby={`formation-${offre.id}-titre`} className="space-y-6">
                <header className="space-y-2">
                  {offre.soumiseAt ? (
                    <p className="text-sm text-gray-700">Soumise le {formatDateTime(offre.soumiseAt)}</p>
                  ) : null}
                  <h2 id={`formation-${offre.id}-titre`} className="text-2xl">
                    {offre.titre}
                  </h2>
                  <p className="text-lg">
                    <strong>{offre.organisation.nom}</strong>
                  </p>
                  <p>
                    <span className="sr-only">État de la formation : </span>
                    <FormationStatutBadge statut={offre.statut} />
                  </p>
                </header>
                <FormationDetailView offre={offre} today={today} headingLevel={3} />
              </article>
              <ModerationHistorySection
                entries={historique}
                headingId={`historique-${offre.id}`}
                headingLevel={3}
                className="space-y-3 border-t border-gray-300 pt-4"
              />
              <DecisionForm
                action={deciderFormation}
                record={{ name: "offreId", value: offre.id }}
                title={{ visible: "Décision", srOnly: `pour ${offre.titre}` }}
                decisionName="decision"
                decisions={[
                  { value: "approuver", label: "Publier", srOnly: offre.titre, variant: "primary" },
                  { value: "refuser", label: "Refuser", srOnly: offre.titre, variant: "danger" },
                ]}
                reason={{
                  label: "Motif en cas de refus",
                  hint: "Obligatoire pour refuser ; il sera transmis à l'organisme, qui pourra corriger la formation.",
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
