import { getCurrentUser } from "@/lib/auth/session";
import { formatPeriode } from "@/lib/format";
import { annulerProposition } from "@/lib/ressources/actions";
import { MATCHING_RAYONS_KM, RESSOURCE_TYPE_LABELS } from "@/lib/ressources/constants";
import { PROPOSITION_STATUT_LABELS } from "@/lib/ressources/labels";
import { getMatchingRessourceList } from "@/lib/ressources/matching";
import { parseMatchingRayon } from "@/lib/ressources/schemas";
import { ActionButtonForm } from "@/components/forms/ActionButtonForm";
import { MatchingResults } from "@/components/ressources/MatchingResults";

type Props = { demandeId: string; searchParams: Record<string, string | string[] | undefined> };

const OUVERTE = ["nouvelle", "prise_en_charge", "solution_proposee"];

/**
 * For an agent on a request's page: the pooled resources answering its needs around its commune
 * (radius in the URL), with a "Proposer" form each, and the propositions already made. Re-checks
 * that the caller handles the request; renders nothing otherwise.
 */
export async function MatchingPanel({ demandeId, searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) return null;
  const rayon = parseMatchingRayon(searchParams);
  const matching = await getMatchingRessourceList(user, demandeId, rayon);
  if (!matching) return null;
  const { demande, types, propositions, resultats } = matching;
  const ouverte = OUVERTE.includes(demande.statut);
  // The other parameters of the page survive a change of radius.
  const autres = Object.entries(searchParams).flatMap(([k, v]) =>
    k === "rayon" || typeof v !== "string" ? [] : [[k, v] as const],
  );

  return (
    <section aria-labelledby="titre-ressources" className="card space-y-5">
      <h2 id="titre-ressources" className="text-2xl">
        Ressources mutualisées à proposer
      </h2>

      {propositions.length > 0 ? (
        <section aria-labelledby="titre-propositions-faites" className="space-y-3">
          <h3 id="titre-propositions-faites" className="text-xl">
            Propositions faites
          </h3>
          <ul className="space-y-3">
            {propositions.map((p) => (
              <li key={p.id} className="rounded-md border border-gray-300 p-3">
                <p className="font-semibold">
                  {p.ressource.titre} ({RESSOURCE_TYPE_LABELS[p.ressource.type]}, {p.ressource.commune})
                </p>
                <p>
                  {formatPeriode(p.debut, p.fin)} · <strong>{PROPOSITION_STATUT_LABELS[p.statut]}</strong>
                </p>
                {p.statut === "proposee" ? (
                  <div className="mt-2">
                    <ActionButtonForm
                      action={annulerProposition}
                      hidden={{ propositionId: p.id }}
                      pendingLabel="Retrait…"
                      variant="secondary"
                    >
                      Retirer la proposition<span className="sr-only"> {p.ressource.titre}</span>
                    </ActionButtonForm>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {types.length === 0 ? (
        <p>
          Aucun besoin de cette demande n&apos;est couvert par les ressources mutualisées (aide financière) :
          répondez-y par les dispositifs habituels.
        </p>
      ) : !ouverte ? (
        <p>Cette demande est close : aucune ressource ne peut plus y être proposée.</p>
      ) : (
        <>
          <p>
            Ressources de type {types.map((t) => RESSOURCE_TYPE_LABELS[t].toLowerCase()).join(", ")}{" "}
            disponibles {formatPeriode(demande.debut, demande.fin)}, autour de {demande.commune}, du plus
            proche au plus loin. Les ressources déjà réservées sur une période qui chevauche celle-ci ne sont
            pas listées.
          </p>
          <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Distance de recherche">
            {autres.map(([k, v]) => (
              <input key={k} type="hidden" name={k} value={v} />
            ))}
            <div className="space-y-1">
              <label htmlFor="rayon-ressources" className="block font-semibold">
                Distance autour de {demande.commune}
              </label>
              <select id="rayon-ressources" name="rayon" defaultValue={String(rayon)} className="input">
                {MATCHING_RAYONS_KM.map((km) => (
                  <option key={km} value={km}>
                    {km} km
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary">
              Actualiser
            </button>
          </form>
          <p role="status" className="font-semibold">
            {resultats.length === 0
              ? `Aucune ressource disponible dans un rayon de ${rayon} km.`
              : `${resultats.length} ressource${resultats.length > 1 ? "s" : ""} dans un rayon de ${rayon} km.`}
          </p>
          <MatchingResults demande={demande} resultats={resultats} />
        </>
      )}
    </section>
  );
}
