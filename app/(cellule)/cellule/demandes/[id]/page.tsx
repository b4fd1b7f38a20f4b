import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { formatDateTime, formatSession } from "@/lib/format";
import {
  BESOIN_LABELS,
  CANAL_LABELS,
  MESSAGE_MAX,
  NOTE_MAX,
  STATUTS_CLOS,
  URGENCE_COURTS,
} from "@/lib/freins/constants";
import { ajouterNoteDemande, ecrireMessageAgent, prendreEnChargeDemande } from "@/lib/freins/actions";
import { getDemandeForAgent } from "@/lib/freins/queries";
import { idField } from "@/lib/validation/fields";
import { DemandeStatutBadge } from "@/components/freins/DemandeStatutBadge";
import { MessageThread } from "@/components/freins/MessageThread";
import { TextPostForm } from "@/components/freins/TextPostForm";
import { timelineLabel } from "@/components/freins/timeline";
import { MatchingPanel } from "@/components/ressources/MatchingPanel";
import { ActionButtonForm } from "@/components/forms/ActionButtonForm";
import { StatutForm } from "./_components/StatutForm";

export const metadata: Metadata = { title: "Demande d'aide" };

export default async function CelluleDemandePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireRole(["cellule", "staff"], `/cellule/demandes/${id}`);
  if (!idField.safeParse(id).success) notFound();
  // Records the read in the request's audit trail.
  const demande = await getDemandeForAgent(user, id);
  if (!demande) notFound();
  const closed = (STATUTS_CLOS as readonly string[]).includes(demande.statut);
  const titre = `${demande.besoins.map((b) => BESOIN_LABELS[b]).join(", ")} à ${demande.commune.nom}`;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/cellule">← Demandes d&apos;aide</Link>
      </p>
      <h1 className="text-3xl">{titre}</h1>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <section aria-labelledby="titre-demande" className="card space-y-3">
            <h2 id="titre-demande" className="text-xl">
              La demande
            </h2>
            <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">Statut</dt>
              <dd>
                <DemandeStatutBadge statut={demande.statut} />
              </dd>
              {demande.motifSansSolution ? (
                <>
                  <dt className="font-semibold">Motif</dt>
                  <dd className="whitespace-pre-line">{demande.motifSansSolution}</dd>
                </>
              ) : null}
              <dt className="font-semibold">Apprenant·e</dt>
              <dd>
                {demande.apprenant ? (
                  <>
                    {demande.apprenant.prenom} {demande.apprenant.nom}
                    <span className="block break-all">{demande.apprenant.email}</span>
                  </>
                ) : (
                  "Demande anonymisée"
                )}
              </dd>
              <dt className="font-semibold">Contact préféré</dt>
              <dd>
                {CANAL_LABELS[demande.canalContact]}
                {demande.telephone ? ` : ${demande.telephone}` : null}
              </dd>
              <dt className="font-semibold">Territoire</dt>
              <dd>
                {demande.territoire.nom} ({demande.commune.nom})
              </dd>
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
              <dt className="font-semibold">Reçue le</dt>
              <dd>{formatDateTime(demande.createdAt)}</dd>
              <dt className="font-semibold">Suivie par</dt>
              <dd>
                {demande.agent ? `${demande.agent.prenom} ${demande.agent.nom}` : "Personne pour le moment"}
              </dd>
            </dl>
            <h3 className="text-lg">Description</h3>
            <p className="whitespace-pre-line break-words">{demande.description}</p>
          </section>

          <MatchingPanel demandeId={demande.id} searchParams={query} />

          <section aria-labelledby="titre-messages" className="space-y-4">
            <h2 id="titre-messages" className="text-xl">
              Messages avec l&apos;apprenant·e
            </h2>
            <MessageThread messages={demande.messages} selfId={user.id} apprenantId={demande.apprenantId} />
            {demande.apprenantId ? (
              <TextPostForm
                action={ecrireMessageAgent}
                demandeId={demande.id}
                label="Votre message à l'apprenant·e"
                hint={`L'apprenant·e le lit dans son espace et en est prévenu·e par e-mail (${MESSAGE_MAX} caractères au maximum).`}
                max={MESSAGE_MAX}
                submitLabel="Envoyer le message"
              />
            ) : null}
          </section>
        </div>

        <div className="space-y-6">
          {closed ? null : (
            <section aria-labelledby="titre-traitement" className="card space-y-4">
              <h2 id="titre-traitement" className="text-xl">
                Traitement
              </h2>
              {demande.agentId !== user.id ? (
                <ActionButtonForm
                  action={prendreEnChargeDemande}
                  hidden={{ demandeId: demande.id }}
                  pendingLabel="Enregistrement…"
                >
                  {demande.agentId !== null
                    ? "Reprendre le suivi de cette demande"
                    : "Prendre en charge cette demande"}
                </ActionButtonForm>
              ) : (
                <p role="status">Vous suivez cette demande.</p>
              )}
              <StatutForm demandeId={demande.id} statut={demande.statut} />
            </section>
          )}

          <section
            aria-labelledby="titre-notes"
            className="space-y-4 rounded-md border-2 border-amber-700 bg-amber-50 p-4"
          >
            <h2 id="titre-notes" className="text-xl">
              Notes internes
            </h2>
            <p className="font-semibold">Note interne — jamais visible par l&apos;apprenant·e</p>
            {demande.notes.length === 0 ? (
              <p>Aucune note.</p>
            ) : (
              <ol className="space-y-3">
                {demande.notes.map((n) => (
                  <li key={n.id} className="rounded-md border border-amber-700 bg-white p-3">
                    <p className="text-sm text-gray-700">
                      <strong className="text-gray-900">
                        {n.auteur ? `${n.auteur.prenom} ${n.auteur.nom}` : "Compte supprimé"}
                      </strong>
                      , le {formatDateTime(n.createdAt)}
                    </p>
                    <p className="mt-1 whitespace-pre-line break-words">{n.contenu}</p>
                  </li>
                ))}
              </ol>
            )}
            <TextPostForm
              action={ajouterNoteDemande}
              demandeId={demande.id}
              label="Nouvelle note interne"
              hint="Visible seulement par les agents de la cellule et l'équipe de l'institut."
              max={NOTE_MAX}
              submitLabel="Ajouter la note"
            />
          </section>

          <section aria-labelledby="titre-journal" className="card space-y-3">
            <h2 id="titre-journal" className="text-xl">
              Journal
            </h2>
            <p className="text-sm text-gray-700">
              Changements de statut et consultations, les plus récents en haut.
            </p>
            <ol className="space-y-1 text-sm">
              {demande.timeline.map((t) => (
                <li key={t.id}>
                  {formatDateTime(t.createdAt)} : {timelineLabel(t.action)}
                  {t.actor ? ` par ${t.actor.prenom} ${t.actor.nom}` : null}
                  {t.reason ? ` — ${t.reason}` : null}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </div>
  );
}
