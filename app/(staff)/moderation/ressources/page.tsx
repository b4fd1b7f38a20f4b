import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { isoFromDate } from "@/lib/dates";
import { formatDateTime } from "@/lib/format";
import { getModerationHistory } from "@/lib/moderation/queries";
import { deciderRessource } from "@/lib/ressources/actions";
import { MOTIF_MAX } from "@/lib/ressources/constants";
import { disponibiliteLabel, typeLabel } from "@/lib/ressources/labels";
import { getRessourceModerationQueue } from "@/lib/ressources/queries";
import { DecisionForm } from "@/components/moderation/DecisionForm";
import { ModerationHistorySection } from "@/components/moderation/ModerationHistory";

export const metadata: Metadata = { title: "Ressources mutualisées à modérer" };

const DECISIONS = {
  publiee: "La ressource est publiée : les cellules locales peuvent la proposer et son auteur est prévenu.",
  refusee: "La ressource est refusée : son auteur est prévenu avec le motif.",
} as const;

export default async function ModerationRessourcesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("staff", "/moderation/ressources");
  const [queue, params] = await Promise.all([getRessourceModerationQueue(), searchParams]);
  const items = await Promise.all(
    queue.map(async (r) => ({ ressource: r, historique: await getModerationHistory("Ressource", r.id) })),
  );
  const decision =
    params.decision === "publiee" || params.decision === "refusee" ? DECISIONS[params.decision] : undefined;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/moderation">← Modération</Link>
      </p>
      <h1 className="text-3xl">Ressources mutualisées à modérer</h1>
      <div role="status">
        {decision ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            {decision}
          </p>
        ) : null}
      </div>
      <p className="max-w-2xl">
        Vérifiez que la ressource est réelle, décrite sans contenu discriminatoire, et que l&apos;adresse
        exacte n&apos;apparaît pas dans le titre ou la description (les apprenant·es ne doivent voir que la
        commune). Les plus anciennes sont en haut.
      </p>
      {items.length === 0 ? (
        <p className="card">Aucune ressource en attente de modération.</p>
      ) : (
        <ol className="space-y-10">
          {items.map(({ ressource: r, historique }) => (
            <li key={r.id} className="card space-y-4">
              {r.soumiseAt ? (
                <p className="text-sm text-gray-700">Soumise le {formatDateTime(r.soumiseAt)}</p>
              ) : null}
              <h2 className="text-2xl">{r.titre}</h2>
              <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
                <dt className="font-semibold">Type</dt>
                <dd>{typeLabel(r.type, r.mobiliteType)}</dd>
                <dt className="font-semibold">Proposée par</dt>
                <dd>
                  {r.organisation
                    ? r.organisation.nom
                    : r.proprietaire
                      ? `Famille d'accueil : ${r.proprietaire.prenom} ${r.proprietaire.nom} (${r.proprietaire.email})`
                      : "Compte supprimé"}
                </dd>
                <dt className="font-semibold">Commune</dt>
                <dd>{r.commune.nom}</dd>
                <dt className="font-semibold">Adresse (privée)</dt>
                <dd>{r.adresse ?? "non renseignée"}</dd>
                <dt className="font-semibold">Capacité</dt>
                <dd>{r.capacite}</dd>
                <dt className="font-semibold">Disponibilité</dt>
                <dd>
                  {disponibiliteLabel(
                    r.disponibleDebut ? isoFromDate(r.disponibleDebut) : null,
                    r.disponibleFin ? isoFromDate(r.disponibleFin) : null,
                  )}
                </dd>
                <dt className="font-semibold">Tarif</dt>
                <dd>{r.gratuit ? "Gratuit" : r.prix}</dd>
                {r.conditions ? (
                  <>
                    <dt className="font-semibold">Conditions</dt>
                    <dd className="whitespace-pre-line">{r.conditions}</dd>
                  </>
                ) : null}
                {r.equipements ? (
                  <>
                    <dt className="font-semibold">Équipements</dt>
                    <dd className="whitespace-pre-line">{r.equipements}</dd>
                  </>
                ) : null}
              </dl>
              <p className="whitespace-pre-line">{r.description}</p>
              <ModerationHistorySection
                entries={historique}
                headingId={`historique-${r.id}`}
                headingLevel={3}
                className="space-y-3 border-t border-gray-300 pt-4"
              />
              <DecisionForm
                action={deciderRessource}
                record={{ name: "ressourceId", value: r.id }}
                title={{ visible: "Décision", srOnly: `pour ${r.titre}` }}
                decisionName="decision"
                decisions={[
                  { value: "approuver", label: "Publier", srOnly: r.titre, variant: "primary" },
                  { value: "refuser", label: "Refuser", srOnly: r.titre, variant: "danger" },
                ]}
                reason={{
                  label: "Motif en cas de refus",
                  hint: "Obligatoire pour refuser ; il sera transmis à l'auteur, qui pourra corriger la ressource.",
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
