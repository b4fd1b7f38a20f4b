import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { formatDate, formatSession } from "@/lib/format";
import { CANDIDATURE_STATUT_LABELS, type CandidatureStatut } from "@/lib/stages/constants";
import { getMesCandidatureList } from "@/lib/stages/queries";
import { RetirerCandidatureForm } from "./_components/RetirerCandidatureForm";

export const metadata: Metadata = { title: "Mes candidatures" };

const RETIRABLE: readonly CandidatureStatut[] = ["envoyee", "lue", "acceptee"];

const STATUT_CLASSES: Record<CandidatureStatut, string> = {
  envoyee: "border-gray-600 bg-gray-50 text-gray-900",
  lue: "border-sky-800 bg-sky-50 text-sky-900",
  acceptee: "border-pin-700 bg-pin-50 text-pin-900",
  refusee: "border-red-700 bg-red-50 text-red-900",
  retiree: "border-gray-600 bg-gray-50 text-gray-900",
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
                  <span
                    className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${STATUT_CLASSES[c.statut]}`}
                  >
                    {CANDIDATURE_STATUT_LABELS[c.statut]}
                  </span>
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
              <RetirerCandidatureForm
                candidatureId={c.id}
                titre={c.offre.titre}
                retirable={RETIRABLE.includes(c.statut)}
                acceptee={c.statut === "acceptee"}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
