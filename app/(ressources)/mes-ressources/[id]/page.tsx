import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { isoFromDate } from "@/lib/dates";
import { formatPeriode } from "@/lib/format";
import { getModerationHistory } from "@/lib/moderation/queries";
import { archiverRessource } from "@/lib/ressources/actions";
import { getRessourceForOwner } from "@/lib/ressources/queries";
import { idField } from "@/lib/validation/fields";
import { ModerationHistorySection } from "@/components/moderation/ModerationHistory";
import { ActionButtonForm } from "@/components/forms/ActionButtonForm";
import { RessourceForm } from "@/components/ressources/RessourceForm";
import { RessourceStatutBadge } from "@/components/ressources/RessourceStatutBadge";
import { getCommuneSelectOptions } from "../_options";

export const metadata: Metadata = { title: "Ma ressource" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function RessourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/mes-ressources/${id}`);
  if (!idField.safeParse(id).success) notFound();
  const ressource = await getRessourceForOwner(user, id);
  if (!ressource) notFound();
  const [communes, historique, query] = await Promise.all([
    getCommuneSelectOptions(),
    getModerationHistory("Ressource", id),
    searchParams,
  ]);
  const iso = (d: Date | null) => (d ? isoFromDate(d) : "");
  const initial = {
    type: ressource.type,
    mobiliteType: ressource.mobiliteType ?? "",
    titre: ressource.titre,
    description: ressource.description,
    communeCode: ressource.communeCode,
    adresse: ressource.adresse ?? "",
    capacite: String(ressource.capacite),
    disponibleDebut: iso(ressource.disponibleDebut),
    disponibleFin: iso(ressource.disponibleFin),
    tarif: ressource.gratuit ? "gratuit" : "payant",
    prix: ressource.prix ?? "",
    conditions: ressource.conditions ?? "",
    equipements: ressource.equipements ?? "",
  };
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/mes-ressources">← Mes ressources</Link>
      </p>
      <h1 className="text-3xl">{ressource.titre}</h1>
      <div role="status">
        {query.enregistree === "1" ? (
          <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
            <span aria-hidden="true">✓ </span>
            {ressource.statut === "soumise"
              ? "La ressource est enregistrée et envoyée à la modération : vous serez prévenu·e de la décision."
              : "La ressource est enregistrée."}
          </p>
        ) : null}
      </div>
      <p>
        <RessourceStatutBadge statut={ressource.statut} />
        {ressource.organisation ? <span> · au nom de {ressource.organisation.nom}</span> : null}
      </p>
      {ressource.statut === "refusee" && ressource.motifRefus ? (
        <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-4">
          <strong>Motif du refus :</strong> {ressource.motifRefus}
        </p>
      ) : null}
      {ressource.propositions.length > 0 ? (
        <section aria-labelledby="titre-reservations" className="card space-y-2">
          <h2 id="titre-reservations" className="text-xl">
            Réservations par les cellules locales
          </h2>
          <ul className="list-disc pl-6">
            {ressource.propositions.map((p) => (
              <li key={p.id}>
                {formatPeriode(p.debut, p.fin)} :{" "}
                {p.statut === "acceptee" ? "acceptée par l'apprenant·e" : "proposée, en attente de réponse"}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="titre-modifier" className="space-y-3">
        <h2 id="titre-modifier" className="text-2xl">
          Modifier la ressource
        </h2>
        <RessourceForm
          label="Modifier la ressource"
          communes={communes}
          organisations={[]}
          initial={initial}
          ressourceId={ressource.id}
          live={ressource.statut === "publiee"}
        />
      </section>
      {ressource.statut !== "archivee" ? (
        <section aria-labelledby="titre-archiver" className="card space-y-3">
          <h2 id="titre-archiver" className="text-xl">
            Ne plus proposer cette ressource
          </h2>
          <p>Archivée, elle n&apos;est plus proposée ; les réservations acceptées restent valables.</p>
          <ActionButtonForm
            action={archiverRessource}
            hidden={{ ressourceId: ressource.id }}
            pendingLabel="Archivage…"
            variant="danger"
          >
            Archiver la ressource
          </ActionButtonForm>
        </section>
      ) : null}
      <ModerationHistorySection
        entries={historique}
        headingId="historique-ressource"
        headingLevel={2}
        className="card space-y-3"
      />
    </div>
  );
}
