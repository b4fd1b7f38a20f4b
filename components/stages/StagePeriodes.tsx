"use client";

import { useState } from "react";
import { PERIODES_MAX } from "@/lib/stages/constants";
import type { FormValues } from "@/lib/actions/result";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { valueOf, valuesOf } from "@/components/forms/Field";
import { RepeatedRows } from "@/components/forms/RepeatedRows";

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
      renderRow={(row, { id, errorId }) => (
        <div className="flex flex-col gap-4 sm:flex-row">
          {(["debut", "fin"] as const).map((field) => (
            <div key={field} className="space-y-1 sm:flex-1">
              <label htmlFor={id(field)} className="block font-semibold">
                {field === "debut" ? "Date de début" : "Date de fin"}
              </label>
              <input
                id={id(field)}
                type="date"
                name={field === "debut" ? "periodeDebut" : "periodeFin"}
                defaultValue={row.values[field]}
                aria-invalid={errorId ? true : undefined}
                aria-describedby={errorId}
                className="input"
              />
            </div>
          ))}
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
