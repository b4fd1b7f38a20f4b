import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { getPendingOrganisationList } from "@/lib/organisations/queries";
import { ORGANISATION_TYPES } from "@/lib/comptes/schemas";
import { deciderOrganisation } from "@/lib/organisations/actions";
import { MOTIF_MAX } from "@/lib/organisations/schemas";
import { formatDate } from "@/lib/format";
import { DecisionForm } from "@/components/moderation/DecisionForm";

export const metadata: Metadata = { title: "Organisations à vérifier" };

const DECISIONS = {
  verifiee: "L'organisation est vérifiée ; ses membres sont prévenus par e-mail.",
  refusee: "L'inscription est refusée ; ses membres sont prévenus par e-mail avec le motif.",
} as const;

export default async function ModerationOrganisationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("staff", "/moderation/organisations");
  const [pending, params] = await Promise.all([getPendingOrganisationList(), searchParams]);
  const decision =
    params.decision === "verifiee" || params.decision === "refusee" ? DECISIONS[params.decision] : undefined;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/moderation">← Modération</Link>
      </p>
      <h1 className="text-3xl">Organisations à vérifier</h1>
      <div role="status">
        {decision ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            {decision}
          </p>
        ) : null}
      </div>
      <p className="max-w-2xl">
        Vérifiez le SIRET (annuaire des entreprises) et, pour un établissement, le numéro FINESS, avant de
        valider. Les plus anciennes inscriptions sont en haut.
      </p>
      {pending.length === 0 ? (
        <p className="card">Aucune inscription en attente.</p>
      ) : (
        <ul className="space-y-6">
          {pending.map((o) => (
            <li key={o.id} className="card space-y-4">
              <h2 className="text-xl">{o.nom}</h2>
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">Type</dt>
                <dd>{ORGANISATION_TYPES[o.type]}</dd>
                <dt className="font-semibold">SIRET</dt>
                <dd>{o.siret}</dd>
                <dt className="font-semibold">FINESS</dt>
                <dd>{o.finess ?? "Non renseigné"}</dd>
                <dt className="font-semibold">Adresse</dt>
                <dd>
                  {o.adresse}, {o.commune.codesPostaux[0]} {o.commune.nom}
                </dd>
                <dt className="font-semibold">Référent·e</dt>
                <dd>{o.members.map((m) => `${m.user.prenom} ${m.user.nom} (${m.user.email})`).join(", ")}</dd>
                <dt className="font-semibold">Inscrite le</dt>
                <dd>{formatDate(o.createdAt)}</dd>
              </dl>
              <DecisionForm
                action={deciderOrganisation}
                record={{ name: "organisationId", value: o.id }}
                title={{ srOnly: `Décision pour ${o.nom}` }}
                decisionName="decision"
                decisions={[
                  { value: "verifier", label: "Valider", srOnly: o.nom, variant: "primary" },
                  { value: "refuser", label: "Refuser", srOnly: o.nom, variant: "danger" },
                ]}
                reason={{
                  label: "Motif en cas de refus",
                  hint: "Obligatoire pour refuser ; il sera transmis à l'organisation.",
                  maxLength: MOTIF_MAX,
                  rows: 2,
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
