"use client";

import { useActionState } from "react";
import { proposerRessource } from "@/lib/ressources/actions";
import { formatDistance } from "@/lib/format";
import { disponibiliteLabel, typeLabel } from "@/lib/ressources/labels";
import type { MatchingResult } from "@/lib/ressources/matching";
import { valueOf } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";
import { ProposerForm } from "@/components/ressources/ProposerForm";

/** The matched resources, each with its "Proposer" form; one outcome message for the list. */
export function MatchingResults({
  demande,
  resultats,
}: {
  demande: { id: string; debut: string; fin: string };
  resultats: MatchingResult["resultats"];
}) {
  const [state, action] = useActionState(proposerRessource, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  const failedId = valueOf(failure?.values, "ressourceId");
  return (
    <div className="space-y-4">
      {/* Success only here: an error is shown in the form it belongs to, which keeps what was typed. */}
      <FormMessage state={state?.ok ? state : undefined} />
      <ol key={formKey} className="space-y-4">
        {resultats.map((r) => (
          <li key={r.id} className="space-y-3 rounded-md border border-gray-300 p-4">
            <div className="space-y-1">
              <h3 className="text-lg">{r.titre}</h3>
              <p>
                <strong>{typeLabel(r.type, r.mobiliteType)}</strong> · {r.commune} (
                {formatDistance(r.distanceKm)}) · capacité {r.capacite}
              </p>
              <p>{r.proposePar}</p>
              <p>
                <span className="font-semibold">Adresse (confidentielle, pour la cellule) : </span>
                {r.adresse ?? "non renseignée"}
              </p>
              <p>
                {disponibiliteLabel(r.disponibleDebut, r.disponibleFin)} ·{" "}
                {r.gratuit ? "Gratuit" : `Payant : ${r.prix ?? ""}`}
              </p>
              {r.conditions ? <p className="whitespace-pre-line">Conditions : {r.conditions}</p> : null}
            </div>
            <ProposerForm
              action={action}
              failure={failedId === r.id ? failure : undefined}
              demandeId={demande.id}
              ressourceId={r.id}
              titre={r.titre}
              debut={demande.debut}
              fin={demande.fin}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
