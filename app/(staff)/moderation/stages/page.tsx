import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { getTileConfig } from "@/lib/carte/tiles";
import { formatDateTime } from "@/lib/format";
import { getModerationHistory } from "@/lib/moderation/queries";
import { deciderStage } from "@/lib/stages/actions";
import { MOTIF_MAX } from "@/lib/stages/constants";
import { getStageDetail, getStageModerationQueue } from "@/lib/stages/queries";
import { ModerationHistorySection } from "@/components/moderation/ModerationHistory";
import { StageDetailView } from "@/components/stages/StageDetailView";
import { DecisionForm } from "@/components/moderation/DecisionForm";

export const metadata: Metadata = { title: "Offres de stage à modérer" };

const DECISIONS = {
  publiee: "L'offre est publiée : elle apparaît sur la carte et l'employeur est prévenu.",
  refusee: "L'offre est refusée : l'employeur est prévenu avec le motif.",
} as const;

export default async function ModerationStagesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("staff", "/moderation/stages");
  const [queue, params] = await Promise.all([getStageModerationQueue(), searchParams]);
  // Each offer exactly as its public page will show it, with its history.
  const offres = await Promise.all(
    queue.map(async ({ id }) => {
      const [offre, historique] = await Promise.all([
        getStageDetail(id, user),
        getModerationHistory("StageOffre", id),
      ]);
      return offre ? { offre, historique } : null;
    }),
  );
  const decision =
    params.decision === "publiee" || params.decision === "refusee" ? DECISIONS[params.decision] : undefined;
  const tiles = getTileConfig();
  const items = offres.filter((o) => o !== null);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/moderation">← Modération</Link>
      </p>
      <h1 className="text-3xl">Offres de stage à modérer</h1>
      <div role="status">
        {decision ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            {decision}
          </p>
        ) : null}
      </div>
      <p className="max-w-2xl">
        Chaque offre est présentée telle que le public la verra. Vérifiez qu&apos;elle est réelle, exacte et
        sans contenu discriminatoire avant de la publier. Les plus anciennes sont en haut.
      </p>
      {items.length > 0 ? (
        <p className="text-lg">
          <strong>{items.length}</strong> offre{items.length > 1 ? "s" : ""} en attente.
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="card">Aucune offre en attente de modération.</p>
      ) : (
        <ol className="space-y-10">
          {items.map(({ offre, historique }) => (
            <li key={offre.id} className="card space-y-6">
              {offre.soumiseAt ? (
                <p className="text-sm text-gray-700">Soumise le {formatDateTime(offre.soumiseAt)}</p>
              ) : null}
              <StageDetailView offre={offre} tiles={tiles} headingLevel={2} />
              <ModerationHistorySection
                entries={historique}
                headingId={`historique-${offre.id}`}
                headingLevel={3}
                className="space-y-3 border-t border-gray-300 pt-4"
              />
              <DecisionForm
                action={deciderStage}
                record={{ name: "offreId", value: offre.id }}
                title={{ visible: "Décision", srOnly: `pour ${offre.titre}` }}
                decisionName="decision"
                decisions={[
                  { value: "approuver", label: "Publier", srOnly: offre.titre, variant: "primary" },
                  { value: "refuser", label: "Refuser", srOnly: offre.titre, variant: "danger" },
                ]}
                reason={{
                  label: "Motif en cas de refus",
                  hint: "Obligatoire pour refuser ; il sera transmis à l'employeur, qui pourra corriger l'offre.",
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
