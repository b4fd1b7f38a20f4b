"use client";

import { proposerRessource } from "@/lib/ressources/actions";
import { formatDistance } from "@/lib/format";
import { disponibiliteLabel, typeLabel } from "@/lib/ressources/labels";
import type { MatchingResult } from "@/lib/ressources/matching";
import { FormMessage } from "@/components/forms/FormMessage";
import { useActionForm } from "@/components/forms/useActionForm";
import { ProposerForm } from "@/components/ressources/ProposerForm";

/** The matched resources, each with its "Proposer" form; one outcome message for the list. */
export function MatchingResults({
  demande,
  resultats,
}: {
  demande: { id: string; debut: string; fin: string };
  resultats: MatchingResult["resultats"];
}) {
  const form = useActionForm(proposerRessource);
  const failedId = form.value("ressourceId");
  return (
    <div className="space-y-4">
      {/* Success only here: an error is shown in the form it belongs to, which keeps what was typed. */}
      <FormMessage state={form.state?.ok ? form.state : undefined} />
      <ol key={form.key} className="space-y-4">
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
              action={form.action}
              failure={failedId === r.id ? form.failure : undefined}
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
