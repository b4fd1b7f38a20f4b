import { getCurrentUser } from "@/lib/auth/session";
import { formatPeriode } from "@/lib/format";
import { accepterProposition, declinerProposition } from "@/lib/ressources/actions";
import { PROPOSITION_STATUT_LABELS, typeLabel } from "@/lib/ressources/labels";
import { getPropositionsForApprenant } from "@/lib/ressources/queries";
import { ActionButtonForm } from "@/components/forms/ActionButtonForm";

/**
 * On a learner's request page: the resources the cell proposed, at commune level, with accept and
 * decline buttons; the exact address and the owner's contact appear only once accepted. Re-checks
 * that the request is the caller's; renders nothing otherwise.
 */
export async function PropositionsApprenant({ demandeId }: { demandeId: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const propositions = await getPropositionsForApprenant(user, demandeId);
  if (!propositions || propositions.length === 0) return null;
  return (
    <section aria-labelledby="titre-propositions" className="card space-y-4">
      <h2 id="titre-propositions" className="text-2xl">
        Solutions proposées par votre cellule locale
      </h2>
      <ul className="space-y-4">
        {propositions.map((p) => (
          <li key={p.id} className="space-y-2 rounded-md border border-gray-300 p-4">
            <h3 className="text-lg">{p.titre}</h3>
            <p>
              <strong>{typeLabel(p.type, p.mobiliteType)}</strong> à {p.commune} ·{" "}
              {formatPeriode(p.debut, p.fin)}
            </p>
            <p>
              Proposé par : {p.proposePar} · capacité {p.capacite} ·{" "}
              {p.gratuit ? "gratuit" : `payant : ${p.prix ?? ""}`}
            </p>
            <p className="whitespace-pre-line">{p.description}</p>
            {p.conditions ? <p className="whitespace-pre-line">Conditions : {p.conditions}</p> : null}
            {p.message ? (
              <p className="whitespace-pre-line rounded-md bg-sable-50 p-3">
                <span className="font-semibold">Message de la cellule : </span>
                {p.message}
              </p>
            ) : null}
            <p>
              Statut : <strong>{PROPOSITION_STATUT_LABELS[p.statut]}</strong>
            </p>
            {p.contact ? (
              <div className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-3">
                <p className="font-semibold">Coordonnées</p>
                <p>Adresse : {p.contact.adresse ?? "à convenir avec le contact ci-dessous"}</p>
                <p>Contact : {p.contact.nom}</p>
                {p.contact.telephone ? <p>Téléphone : {p.contact.telephone}</p> : null}
                {p.contact.email ? (
                  <p>
                    E-mail : <a href={`mailto:${p.contact.email}`}>{p.contact.email}</a>
                  </p>
                ) : null}
              </div>
            ) : null}
            {p.statut === "proposee" ? (
              <>
                <p className="text-sm text-gray-700">
                  L&apos;adresse exacte et le contact vous sont donnés dès que vous acceptez.
                </p>
                <div className="flex flex-wrap gap-3">
                  <ActionButtonForm
                    action={accepterProposition}
                    hidden={{ propositionId: p.id }}
                    pendingLabel="Envoi…"
                  >
                    Accepter<span className="sr-only"> {p.titre}</span>
                  </ActionButtonForm>
                  <ActionButtonForm
                    action={declinerProposition}
                    hidden={{ propositionId: p.id }}
                    pendingLabel="Envoi…"
                    variant="secondary"
                  >
                    Décliner<span className="sr-only"> {p.titre}</span>
                  </ActionButtonForm>
                </div>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
