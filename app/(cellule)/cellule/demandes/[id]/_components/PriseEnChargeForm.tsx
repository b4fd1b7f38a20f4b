"use client";

import { useActionState } from "react";
import { prendreEnChargeDemande } from "@/lib/freins/actions";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";

/** "Prendre en charge": the request becomes the agent's. */
export function PriseEnChargeForm({ demandeId, reprise }: { demandeId: string; reprise: boolean }) {
  const [state, action] = useActionState(prendreEnChargeDemande, undefined);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="demandeId" value={demandeId} />
      {state?.ok ? null : (
        <SubmitButton pendingLabel="Enregistrement…">
          {reprise ? "Reprendre le suivi de cette demande" : "Prendre en charge cette demande"}
        </SubmitButton>
      )}
    </form>
  );
}
