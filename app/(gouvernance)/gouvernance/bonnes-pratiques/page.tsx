import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { formatDate } from "@/lib/format";
import { PRATIQUE_STATUT_LABELS, PRATIQUE_THEME_LABELS } from "@/lib/pratiques/constants";
import { getMesPratiqueList } from "@/lib/pratiques/queries";

export const metadata: Metadata = { title: "Mes bonnes pratiques" };

export default async function MesPratiquesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole(["gouvernance", "staff"], "/gouvernance/bonnes-pratiques");
  const [pratiques, params] = await Promise.all([getMesPratiqueList(user), searchParams]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl">Mes bonnes pratiques</h1>
      <div role="status">
        {params.soumise === "1" ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            Votre pratique est envoyée : l&apos;équipe de l&apos;institut la relira avant de la publier.
          </p>
        ) : null}
      </div>
      <p className="flex flex-wrap gap-3">
        <Link href="/gouvernance/bonnes-pratiques/nouvelle" className="btn-primary">
          Proposer une bonne pratique
        </Link>
        <Link href="/bonnes-pratiques" className="btn-secondary">
          Voir la bibliothèque
        </Link>
      </p>
      {pratiques.length === 0 ? (
        <p>Vous n&apos;avez encore proposé aucune pratique.</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {pratiques.map((p) => (
            <li key={p.id} className="card space-y-2">
              <h2 className="text-lg">
                {p.statut === "publiee" ? <Link href={`/bonnes-pratiques/${p.id}`}>{p.titre}</Link> : p.titre}
              </h2>
              <p className="text-sm text-gray-700">
                {PRATIQUE_THEME_LABELS[p.theme]} · soumise le {formatDate(p.soumiseAt)}
              </p>
              <p>
                <span className="font-semibold">État : </span>
                {PRATIQUE_STATUT_LABELS[p.statut]}
              </p>
              {p.statut === "refusee" && p.motifRefus ? (
                <p>
                  <span className="font-semibold">Motif : </span>
                  {p.motifRefus}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
