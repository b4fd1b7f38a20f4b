import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { deciderPratique } from "@/lib/pratiques/actions";
import { MOTIF_MAX } from "@/lib/pratiques/constants";
import { getPratiqueModerationQueue } from "@/lib/pratiques/queries";
import { getModerationHistory } from "@/lib/moderation/queries";
import { DecisionForm } from "@/components/moderation/DecisionForm";
import { ModerationHistorySection } from "@/components/moderation/ModerationHistory";
import { PratiqueDetail } from "@/components/pratiques/PratiqueDetail";

export const metadata: Metadata = { title: "Bonnes pratiques à modérer" };

const DECISIONS = {
  publiee:
    "La bonne pratique est publiée : elle apparaît dans la bibliothèque et son auteur·e est prévenu·e.",
  refusee: "La bonne pratique est refusée : son auteur·e est prévenu·e avec le motif.",
} as const;

export default async function ModerationPratiquesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("staff", "/moderation/bonnes-pratiques");
  const [queue, params] = await Promise.all([getPratiqueModerationQueue(), searchParams]);
  const items = await Promise.all(
    queue.map(async (p) => ({ p, historique: await getModerationHistory("BonnePratique", p.id) })),
  );
  const decision =
    params.decision === "publiee" || params.decision === "refusee" ? DECISIONS[params.decision] : undefined;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/moderation">← Modération</Link>
      </p>
      <h1 className="text-3xl">Bonnes pratiques à modérer</h1>
      <div role="status">
        {decision ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            {decision}
          </p>
        ) : null}
      </div>
      <p className="max-w-2xl">
        Chaque pratique est présentée telle que le public la verra. Vérifiez qu&apos;elle ne nomme aucune
        personne accompagnée et que le contact est celui d&apos;une organisation. Les plus anciennes sont en
        haut.
      </p>
      {items.length === 0 ? (
        <p className="card">Aucune bonne pratique en attente de modération.</p>
      ) : (
        <ol className="space-y-8">
          {items.map(({ p, historique }) => (
            <li key={p.id} className="card space-y-4">
              <article aria-labelledby={`pratique-${p.id}`} className="space-y-4">
                <p className="text-sm text-gray-700">
                  Soumise le {formatDateTime(p.soumiseAt)}
                  {p.auteur ? ` par ${p.auteur.prenom} ${p.auteur.nom} (${p.auteur.email})` : ""}
                </p>
                <h2 id={`pratique-${p.id}`} className="text-2xl">
                  {p.titre}
                </h2>
                <PratiqueDetail pratique={p} headingLevel={3} />
              </article>
              <ModerationHistorySection
                entries={historique}
                headingId={`historique-${p.id}`}
                headingLevel={3}
                className="space-y-3 border-t border-gray-300 pt-4"
              />
              <DecisionForm
                action={deciderPratique}
                record={{ name: "pratiqueId", value: p.id }}
                title={{ visible: "Décision", srOnly: `pour ${p.titre}` }}
                decisionName="decision"
                decisions={[
                  { value: "publier", label: "Publier", srOnly: p.titre, variant: "primary" },
                  { value: "refuser", label: "Refuser", srOnly: p.titre, variant: "danger" },
                ]}
                reason={{
                  label: "Motif en cas de refus",
                  hint: "Obligatoire pour refuser ; il sera transmis à l'auteur·e.",
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
