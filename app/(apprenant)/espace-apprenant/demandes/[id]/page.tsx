import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { formatDate, formatDateTime, formatSession } from "@/lib/format";
import {
  BESOIN_LABELS,
  CANAL_LABELS,
  DEMANDE_STATUT_LABELS,
  MESSAGE_MAX,
  STATUTS_CLOS,
  URGENCE_COURTS,
} from "@/lib/freins/constants";
import { ecrireMessageApprenant, retirerDemande, supprimerDemande } from "@/lib/freins/actions";
import { getDemandeForApprenant } from "@/lib/freins/queries";
import { idField } from "@/lib/validation/fields";
import { ConfirmForm } from "@/components/forms/ConfirmForm";
import { DemandeStatutBadge } from "@/components/freins/DemandeStatutBadge";
import { MessageThread } from "@/components/freins/MessageThread";
import { TextPostForm } from "@/components/freins/TextPostForm";
import { timelineLabel } from "@/components/freins/timeline";
import { PropositionsApprenant } from "@/components/ressources/PropositionsApprenant";

export const metadata: Metadata = { title: "Ma demande d'aide" };

export default async function MaDemandePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireRole("apprenant", `/espace-apprenant/demandes/${id}`);
  if (!idField.safeParse(id).success) notFound();
  const demande = await getDemandeForApprenant(user, id);
  if (!demande) notFound();
  const closed = (STATUTS_CLOS as readonly string[]).includes(demande.statut);
  const cellule =
    demande.territoire.cellule?.nom ?? `la cellule locale du territoire ${demande.territoire.nom}`;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/espace-apprenant/demandes">← Mes demandes d&apos;aide</Link>
      </p>
      <h1 className="text-3xl">Ma demande d&apos;aide à {demande.commune.nom}</h1>
      <div role="status">
        {query.envoyee === "1" ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            Votre demande est envoyée à {cellule}. Vous serez prévenu·e par e-mail et ici à chaque réponse.
          </p>
        ) : null}
      </div>

      <section aria-labelledby="titre-resume" className="card max-w-3xl space-y-3">
        <h2 id="titre-resume" className="text-xl">
          Votre demande
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Statut</dt>
          <dd>
            <DemandeStatutBadge statut={demande.statut} />
          </dd>
          {demande.statut === "sans_solution" && demande.motifSansSolution ? (
            <>
              <dt className="font-semibold">Motif</dt>
              <dd className="whitespace-pre-line">{demande.motifSansSolution}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Transmise à</dt>
          <dd>{cellule}</dd>
          {demande.agent ? (
            <>
              <dt className="font-semibold">Suivie par</dt>
              <dd>{demande.agent.prenom}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Besoins</dt>
          <dd>{demande.besoins.map((b) => BESOIN_LABELS[b]).join(", ")}</dd>
          {demande.contexte ? (
            <>
              <dt className="font-semibold">Pour</dt>
              <dd>{demande.contexte}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Période</dt>
          <dd>{formatSession(demande.debut, demande.fin)}</dd>
          <dt className="font-semibold">Urgence</dt>
          <dd>{URGENCE_COURTS[demande.urgence]}</dd>
          <dt className="font-semibold">Contact préféré</dt>
          <dd>
            {CANAL_LABELS[demande.canalContact]}
            {demande.telephone ? ` (${demande.telephone})` : null}
          </dd>
          <dt className="font-semibold">Envoyée le</dt>
          <dd>{formatDate(demande.createdAt)}</dd>
        </dl>
        <h3 className="text-lg">Description</h3>
        <p className="whitespace-pre-line break-words">{demande.description}</p>
      </section>

      <section aria-labelledby="titre-suivi" className="max-w-3xl space-y-3">
        <h2 id="titre-suivi" className="text-xl">
          Suivi
        </h2>
        <ol className="list-disc space-y-1 pl-6">
          <li>
            {formatDateTime(demande.createdAt)} : demande envoyée ({DEMANDE_STATUT_LABELS.nouvelle})
          </li>
          {demande.timeline
            .filter((t) => t.action !== "demande.creation")
            .map((t) => (
              <li key={t.id}>
                {formatDateTime(t.createdAt)} : {timelineLabel(t.action, true)}
              </li>
            ))}
        </ol>
      </section>

      <PropositionsApprenant demandeId={demande.id} />

      <section aria-labelledby="titre-messages" className="max-w-3xl space-y-4">
        <h2 id="titre-messages" className="text-xl">
          Messages avec la cellule locale
        </h2>
        <MessageThread messages={demande.messages} selfId={user.id} apprenantId={user.id} />
        <TextPostForm
          action={ecrireMessageApprenant}
          demandeId={demande.id}
          label="Votre message"
          hint={`Visible par les agents de la cellule locale et l'équipe de l'institut (${MESSAGE_MAX} caractères au maximum).`}
          max={MESSAGE_MAX}
          submitLabel="Envoyer le message"
        />
      </section>

      <section aria-labelledby="titre-gerer" className="card max-w-3xl space-y-4">
        <h2 id="titre-gerer" className="text-xl">
          Retirer ou supprimer ma demande
        </h2>
        {closed ? null : (
          <ConfirmForm
            action={retirerDemande}
            hidden={{ demandeId: demande.id }}
            openLabel="Retirer ma demande"
            label="Retirer ma demande"
            question="Retirer votre demande ? La cellule locale ne la traitera plus ; elle restera visible ici."
            confirmLabel="Oui, retirer ma demande"
            cancelLabel="Non, la garder"
            variant="secondary"
          />
        )}
        <ConfirmForm
          action={supprimerDemande}
          hidden={{ demandeId: demande.id }}
          openLabel="Supprimer définitivement ma demande"
          label="Supprimer définitivement ma demande"
          question="Supprimer définitivement votre demande et ses messages ? Vous ne pourrez pas revenir en arrière."
          confirmLabel="Oui, supprimer définitivement"
          cancelLabel="Non, la garder"
        />
      </section>
    </div>
  );
}
