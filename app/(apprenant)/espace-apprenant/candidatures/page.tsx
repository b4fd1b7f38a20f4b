import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { formatDate, formatSession } from "@/lib/format";
import { CANDIDATURE_STATUT_LABELS, type CandidatureStatut } from "@/lib/stages/constants";
import { getMesCandidatureList } from "@/lib/stages/queries";
import { retirerCandidature } from "@/lib/stages/actions";
import { ConfirmForm } from "@/components/forms/ConfirmForm";
import { StatutBadge, type StatutTone } from "@/components/ui/StatutBadge";

export const metadata: Metadata = { title: "Mes candidatures" };

const RETIRABLE: readonly CandidatureStatut[] = ["envoyee", "lue", "acceptee"];

const STATUT_TONES: Record<CandidatureStatut, StatutTone> = {
  envoyee: "neutral",
  lue: "info",
  acceptee: "success",
  refusee: "danger",
  retiree: "neutral",
};

export default async function MesCandidaturesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("apprenant", "/espace-apprenant/candidatures");
  const [candidatures, params] = await Promise.all([getMesCandidatureList(user), searchParams]);
  const envoyee = params.envoyee === "1";
  return (
    <div className="space-y-6">
      <p>
        <Link href="/espace-apprenant">← Mon espace apprenant</Link>
      </p>
      <h1 className="text-3xl">Mes candidatures</h1>
      <div role="status">
        {envoyee ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            Votre candidature est envoyée : l&apos;employeur est prévenu. Vous recevrez sa réponse par e-mail
            et ici.
          </p>
        ) : null}
      </div>
      {candidatures.length === 0 ? (
        <div className="card space-y-2">
          <p>Vous n&apos;avez encore envoyé aucune candidature.</p>
          <p>
            <Link href="/carte">Trouver un stage sur la carte</Link>
          </p>
        </div>
      ) : (
        <ul className="max-w-3xl space-y-4">
          {candidatures.map((c) => (
            <li key={c.id} className="card space-y-3">
              <h2 className="text-xl">
                <Link href={`/stages/${c.offre.id}`}>{c.offre.titre}</Link>
              </h2>
              <p>
                {c.offre.organisation.nom}
                <span aria-hidden="true"> · </span>
                <span className="sr-only">, </span>
                {c.offre.commune.nom}
              </p>
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">Statut</dt>
                <dd>
                  <StatutBadge tone={STATUT_TONES[c.statut]}>
                    {CANDIDATURE_STATUT_LABELS[c.statut]}
                  </StatutBadge>
                </dd>
                {c.statut === "refusee" && c.motifRefus ? (
                  <>
                    <dt className="font-semibold">Motif du refus</dt>
                    <dd className="whitespace-pre-line">{c.motifRefus}</dd>
                  </>
                ) : null}
                <dt className="font-semibold">Période souhaitée</dt>
                <dd>{formatSession(c.periodeDebut, c.periodeFin)}</dd>
                <dt className="font-semibold">Envoyée le</dt>
                <dd>{formatDate(c.createdAt)}</dd>
              </dl>
              {c.statut === "acceptee" ? (
                <p className="font-semibold">L&apos;employeur va vous contacter pour organiser le stage.</p>
              ) : null}
              {/* Rendered for every application, so the outcome survives the list's refresh. */}
              <ConfirmForm
                action={retirerCandidature}
                hidden={{ candidatureId: c.id }}
                available={RETIRABLE.includes(c.statut)}
                openLabel={
                  <>
                    Retirer ma candidature<span className="sr-only"> à {c.offre.titre}</span>
                  </>
                }
                label={`Confirmer le retrait de la candidature à ${c.offre.titre}`}
                question={
                  <>
                    Retirer votre candidature à « {c.offre.titre} » ?{" "}
                    {c.statut === "acceptee" ? "Votre place sera rendue à d'autres candidat·es. " : null}
                    L&apos;employeur en sera prévenu et vous ne pourrez pas revenir en arrière.
                  </>
                }
                confirmLabel="Oui, retirer ma candidature"
                pendingLabel="Retrait en cours…"
                cancelLabel="Non, la garder"
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
