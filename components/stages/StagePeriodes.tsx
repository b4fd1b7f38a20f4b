"use client";

import { useState } from "react";
import { PERIODES_MAX } from "@/lib/stages/constants";
import type { FormValues } from "@/lib/actions/result";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { valueOf, valuesOf } from "@/components/forms/Field";
import { RepeatedRows, RowField } from "@/components/forms/RepeatedRows";

type Periode = { debut: string; fin: string };

/** A stage offer's periods (periodeDebut / periodeFin pairs, in order), or "toute l'année". */
export function StagePeriodes({ values, errors }: { values: FormValues; errors?: string[] }) {
  const [touteLAnnee, setTouteLAnnee] = useState(valueOf(values, "touteLAnnee") === "on");
  const debuts = valuesOf(values, "periodeDebut");
  const fins = valuesOf(values, "periodeFin");
  const initial = Array.from({ length: Math.max(debuts.length, fins.length) }, (_, i) => ({
    debut: debuts[i] ?? "",
    fin: fins[i] ?? "",
  }));
  return (
    <RepeatedRows<Periode>
      rowLabel="Période"
      legend="Périodes d'accueil"
      help={
        <>
          Indiquez les périodes pendant lesquelles vous pouvez accueillir un ou une stagiaire, ou cochez «
          toute l&apos;année ». Une ligne laissée vide est ignorée.
        </>
      }
      errors={errors}
      initial={initial}
      blank={{ debut: "", fin: "" }}
      isBlank={(p) => !p.debut && !p.fin}
      max={PERIODES_MAX}
      addLabel="Ajouter une période"
      removeLabel={() => "Retirer cette période"}
      firstField="debut"
      disabled={touteLAnnee}
      renderRow={(row, ids) => (
        <div className="flex flex-col gap-4 sm:flex-row">
          <RowField
            ids={ids}
            field="debut"
            label="Date de début"
            invalid={!!ids.errorId}
            className="sm:flex-1"
          >
            {(control) => (
              <input {...control} type="date" name="periodeDebut" defaultValue={row.values.debut} />
            )}
          </RowField>
          <RowField ids={ids} field="fin" label="Date de fin" invalid={!!ids.errorId} className="sm:flex-1">
            {(control) => <input {...control} type="date" name="periodeFin" defaultValue={row.values.fin} />}
          </RowField>
        </div>
      )}
    >
      <CheckboxField
        name="touteLAnnee"
        label="Toute l'année (pas de période précise)"
        defaultChecked={touteLAnnee}
        onChange={(e) => setTouteLAnnee(e.target.checked)}
      />
    </RepeatedRows>
  );
}
