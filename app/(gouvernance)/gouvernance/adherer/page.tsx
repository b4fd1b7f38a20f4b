import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guards";
import { formatDate } from "@/lib/format";
import { MEMBERSHIP_STATUT_LABELS, REGLE_ADHESION, type MembershipStatut } from "@/lib/gouvernance/constants";
import { getCollegeOptionList, getMesAdhesionList } from "@/lib/gouvernance/queries";
import { AdhesionForm } from "./_components/AdhesionForm";
import { ActionButtonForm } from "@/components/forms/ActionButtonForm";
import { StatutBadge, type StatutTone } from "@/components/ui/StatutBadge";
import { quitterCollege } from "@/lib/gouvernance/actions";

export const metadata: Metadata = { title: "Rejoindre un collège" };

const MESSAGES = {
  envoyee:
    "Votre demande est envoyée : l'équipe de l'institut l'examinera et vous serez prévenu·e de sa décision.",
  retiree: "C'est fait : l'adhésion ou la demande est terminée.",
} as const;

const STATUT_TONES: Record<MembershipStatut, StatutTone> = {
  en_attente: "pending",
  acceptee: "success",
  refusee: "danger",
  retiree: "neutral",
};

export default async function AdhererPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/gouvernance/adherer");
  const [colleges, adhesions, params] = await Promise.all([
    getCollegeOptionList(),
    getMesAdhesionList(user),
    searchParams,
  ]);
  const organisations = user.organisations
    .filter((o) => o.statut === "verifiee")
    .map((o) => ({ value: o.id, label: o.nom }));
  // Representatives join on behalf of their organisation; everyone else in their own name.
  const membreType = organisations.length > 0 ? "organisation" : "personne";
  const choix = colleges
    .filter((c) => c.membreType === membreType)
    .map((c) => ({ value: c.slug, label: c.nom }));
  const message =
    params.demande === "envoyee" || params.demande === "retiree" ? MESSAGES[params.demande] : undefined;
  const unverified = user.organisations.filter((o) => o.statut !== "verifiee");

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl">Rejoindre un collège</h1>
        <p className="max-w-3xl sm:text-lg">
          La gouvernance de l&apos;institut réunit cinq collèges. Leurs membres accèdent au tableau de bord de
          la gouvernance et peuvent partager leurs bonnes pratiques.{" "}
          <Link href="/gouvernance/colleges">Découvrir les collèges et leurs membres</Link>.
        </p>
        <p className="max-w-3xl rounded-md border-l-4 border-pin-700 bg-sable-100 p-4">
          <strong>La règle : </strong>
          {REGLE_ADHESION}
        </p>
      </div>
      <div role="status">
        {message ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            {message}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="titre-adhesions" className="space-y-4">
        <h2 id="titre-adhesions" className="text-2xl">
          Vos adhésions et demandes
        </h2>
        {adhesions.length === 0 ? (
          <p>Aucune adhésion ni demande pour l&apos;instant.</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {adhesions.map((a) => (
              <li key={a.id} className="card space-y-2">
                <h3 className="text-lg">{a.college.nom}</h3>
                <p>
                  <StatutBadge tone={STATUT_TONES[a.statut]}>
                    {MEMBERSHIP_STATUT_LABELS[a.statut]}
                  </StatutBadge>
                </p>
                <p className="text-sm text-gray-700">
                  {a.organisation ? `Au nom de ${a.organisation.nom}` : "À titre individuel"} · demandée le{" "}
                  {formatDate(a.createdAt)}
                  {a.decideeAt ? ` · mise à jour le ${formatDate(a.decideeAt)}` : ""}
                </p>
                {a.statut === "refusee" && a.motifRefus ? (
                  <p>
                    <span className="font-semibold">Motif : </span>
                    {a.motifRefus}
                  </p>
                ) : null}
                {a.statut === "en_attente" || a.statut === "acceptee" ? (
                  <ActionButtonForm action={quitterCollege} hidden={{ membershipId: a.id }} variant="danger">
                    {a.statut === "en_attente" ? "Retirer la demande" : "Quitter le collège"}
                    <span className="sr-only"> {a.college.nom}</span>
                  </ActionButtonForm>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {unverified.length > 0 && organisations.length === 0 ? (
        <p className="max-w-3xl">
          Votre organisation doit être vérifiée par l&apos;institut avant de pouvoir rejoindre un collège.
        </p>
      ) : (
        <AdhesionForm colleges={choix} organisations={organisations} />
      )}
    </div>
  );
}
