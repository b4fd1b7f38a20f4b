import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { formatDate, formatSession } from "@/lib/format";
import { BESOIN_COURTS, URGENCE_COURTS } from "@/lib/freins/constants";
import { getMesDemandeList } from "@/lib/freins/queries";
import { DemandeStatutBadge } from "@/components/freins/DemandeStatutBadge";

export const metadata: Metadata = { title: "Mes demandes d'aide" };

export default async function MesDemandesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("apprenant", "/espace-apprenant/demandes");
  const [demandes, params] = await Promise.all([getMesDemandeList(user), searchParams]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/espace-apprenant">← Mon espace apprenant</Link>
      </p>
      <h1 className="text-3xl">Mes demandes d&apos;aide</h1>
      <div role="status">
        {params.supprimee === "1" ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            Votre demande est supprimée définitivement, avec ses messages.
          </p>
        ) : null}
      </div>
      <p className="max-w-2xl">
        Un besoin de logement, de transport, de garde d&apos;enfants, d&apos;argent ou de matériel pour votre
        stage ou votre formation ? La cellule locale de votre territoire vous aide à lever ces freins.
      </p>
      <p>
        <Link href="/espace-apprenant/demandes/nouvelle" className="btn-primary">
          Demander une aide
        </Link>
      </p>
      {demandes.length === 0 ? (
        <p className="card">Vous n&apos;avez encore fait aucune demande d&apos;aide.</p>
      ) : (
        <ul className="max-w-3xl space-y-4">
          {demandes.map((d) => (
            <li key={d.id} className="card space-y-3">
              <h2 className="text-xl">
                <Link href={`/espace-apprenant/demandes/${d.id}`}>
                  {d.besoins.map((b) => BESOIN_COURTS[b]).join(", ")} à {d.commune.nom}
                </Link>
              </h2>
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">Statut</dt>
                <dd>
                  <DemandeStatutBadge statut={d.statut} />
                </dd>
                <dt className="font-semibold">Période</dt>
                <dd>{formatSession(d.debut, d.fin)}</dd>
                <dt className="font-semibold">Urgence</dt>
                <dd>{URGENCE_COURTS[d.urgence]}</dd>
                <dt className="font-semibold">Envoyée le</dt>
                <dd>{formatDate(d.createdAt)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
