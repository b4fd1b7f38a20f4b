import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { deciderFamille } from "@/lib/ressources/actions";
import { MOTIF_MAX } from "@/lib/ressources/constants";
import { getFamilleModerationQueue } from "@/lib/ressources/queries";
import { DecisionForm } from "@/components/moderation/DecisionForm";

export const metadata: Metadata = { title: "Familles d'accueil à vérifier" };

const DECISIONS = {
  verifiee: "La famille d'accueil est vérifiée : elle peut proposer un hébergement et elle est prévenue.",
  refusee: "La déclaration est refusée : la personne est prévenue avec le motif.",
} as const;

export default async function ModerationFamillesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("staff", "/moderation/familles");
  const [familles, params] = await Promise.all([getFamilleModerationQueue(), searchParams]);
  const decision =
    params.decision === "verifiee" || params.decision === "refusee" ? DECISIONS[params.decision] : undefined;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/moderation">← Modération</Link>
      </p>
      <h1 className="text-3xl">Familles d&apos;accueil à vérifier</h1>
      <div role="status">
        {decision ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            {decision}
          </p>
        ) : null}
      </div>
      <p className="max-w-2xl">
        Contactez la personne (par téléphone ou lors d&apos;une visite) avant de vérifier sa déclaration : une
        fois vérifiée, elle peut proposer une chambre ou un logement aux stagiaires.
      </p>
      {familles.length === 0 ? (
        <p className="card">Aucune déclaration en attente.</p>
      ) : (
        <ol className="space-y-8">
          {familles.map((f) => {
            const nom = `${f.user.prenom} ${f.user.nom}`;
            return (
              <li key={f.id} className="card space-y-3">
                <p className="text-sm text-gray-700">Déclarée le {formatDateTime(f.createdAt)}</p>
                <h2 className="text-2xl">{nom}</h2>
                <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
                  <dt className="font-semibold">Commune</dt>
                  <dd>{f.commune}</dd>
                  <dt className="font-semibold">E-mail</dt>
                  <dd>{f.user.email}</dd>
                  <dt className="font-semibold">Téléphone</dt>
                  <dd>{f.telephone ?? "non renseigné"}</dd>
                </dl>
                <p className="whitespace-pre-line">{f.presentation}</p>
                <DecisionForm
                  action={deciderFamille}
                  record={{ name: "familleId", value: f.id }}
                  title={{ visible: "Décision", srOnly: `pour ${nom}` }}
                  decisionName="decision"
                  decisions={[
                    { value: "approuver", label: "Vérifier", srOnly: nom, variant: "primary" },
                    { value: "refuser", label: "Refuser", srOnly: nom, variant: "danger" },
                  ]}
                  reason={{
                    label: "Motif en cas de refus",
                    hint: "Obligatoire pour refuser ; il sera transmis à la personne.",
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
