"use client";

import {
  RYTHME_DETAIL_MAX,
  RYTHME_LABELS,
  SESSION_PLACES_MAX,
  SESSIONS_MAX,
} from "@/lib/formations/constants";
import type { FormValues } from "@/lib/actions/result";
import { valuesOf } from "@/components/forms/Field";
import { RepeatedRows, RowField, type RepeatedRow, type RowIds } from "@/components/forms/RepeatedRows";

// Sessions: repeated rows posted as parallel lists (sessionDebut, sessionFin…), read by readSessions.
const ROW_FIELDS = {
  siteId: "sessionSiteId",
  debut: "sessionDebut",
  fin: "sessionFin",
  limite: "sessionLimite",
  places: "sessionPlaces",
  rythme: "sessionRythme",
  rythmeDetail: "sessionRythmeDetail",
} as const;
type SessionField = keyof typeof ROW_FIELDS;
type Session = Record<SessionField, string>;
const FIELDS = Object.keys(ROW_FIELDS) as SessionField[];

type SessionSite = { id: string; nom: string; commune: string };

// Which inputs a row's problem (as readSessions words it) is about; unknown wording flags the whole row.
const PROBLEM_FIELDS: [RegExp, SessionField[]][] = [
  [/\bsite\b/i, ["siteId"]],
  [/date de début et une date de fin/i, ["debut", "fin"]],
  [/date de fin/i, ["debut", "fin"]],
  [/date limite/i, ["limite"]],
  [/places?\b/i, ["places"]],
  [/précisions sur le rythme/i, ["rythmeDetail"]],
  [/rythme/i, ["rythme"]],
];

function invalidFields(messages: string[]): Set<SessionField> {
  const fields = new Set<SessionField>();
  for (const message of messages) {
    const match = PROBLEM_FIELDS.find(([pattern]) => pattern.test(message));
    for (const f of match ? match[1] : FIELDS) fields.add(f);
  }
  return fields;
}

/**
 * A training's sessions. Every row posts all of its inputs, so the lists stay aligned; a row
 * without dates nor places is ignored (the same test as readSessions).
 */
export function FormationSessions({
  values,
  errors,
  sites,
}: {
  values: FormValues;
  errors?: string[];
  sites: SessionSite[];
}) {
  const columns = Object.fromEntries(FIELDS.map((f) => [f, valuesOf(values, ROW_FIELDS[f])])) as Record<
    SessionField,
    string[]
  >;
  const count = Math.max(...FIELDS.map((f) => columns[f].length), 0);
  const initial = Array.from(
    { length: count },
    (_, i) => Object.fromEntries(FIELDS.map((f) => [f, columns[f][i] ?? ""])) as Session,
  );
  const blank: Session = {
    siteId: sites.length === 1 ? (sites[0]?.id ?? "") : "",
    debut: "",
    fin: "",
    limite: "",
    places: "",
    rythme: "",
    rythmeDetail: "",
  };
  return (
    <RepeatedRows<Session>
      rowLabel="Session"
      legend="Sessions"
      card
      help={
        <>
          Une session par groupe d&apos;apprenant·es : où et quand elle a lieu, combien de places, à quel
          rythme. Une ligne sans dates ni places est ignorée.
        </>
      }
      errors={errors}
      initial={initial}
      blank={blank}
      isBlank={(s) => !s.debut && !s.fin && !s.limite && !s.places}
      max={SESSIONS_MAX}
      addLabel="Ajouter une session"
      removeLabel={() => "Retirer cette session"}
      firstField="siteId"
      renderRow={(row, ids) => <SessionFields row={row} ids={ids} sites={sites} />}
    />
  );
}

function SessionFields({
  row,
  ids,
  sites,
}: {
  row: RepeatedRow<Session>;
  ids: RowIds;
  sites: SessionSite[];
}) {
  const invalid = invalidFields(row.errors);
  const field = (f: SessionField) => ({ ids, field: f, invalid: invalid.has(f) });
  const value = (f: SessionField) => ({ name: ROW_FIELDS[f], defaultValue: row.values[f] });
  return (
    <>
      <RowField {...field("siteId")} label="Site">
        {(control) => (
          <select {...control} {...value("siteId")}>
            <option value="">— Choisir un site —</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.nom} ({s.commune})
              </option>
            ))}
          </select>
        )}
      </RowField>
      {/* Aligned on the inputs: a label that wraps must not shift its neighbour's input. */}
      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        <RowField {...field("debut")} label="Date de début">
          {(control) => <input type="date" {...control} {...value("debut")} />}
        </RowField>
        <RowField {...field("fin")} label="Date de fin">
          {(control) => <input type="date" {...control} {...value("fin")} />}
        </RowField>
        <RowField {...field("limite")} label="Date limite de candidature" optional>
          {(control) => <input type="date" {...control} {...value("limite")} />}
        </RowField>
        <RowField {...field("places")} label="Nombre de places">
          {(control) => (
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={SESSION_PLACES_MAX}
              {...control}
              {...value("places")}
            />
          )}
        </RowField>
      </div>
      <RowField {...field("rythme")} label="Rythme" className="sm:w-1/2 sm:pr-2">
        {(control) => (
          <select {...control} {...value("rythme")}>
            <option value="">— Choisir —</option>
            {Object.entries(RYTHME_LABELS).map(([v, text]) => (
              <option key={v} value={v}>
                {text}
              </option>
            ))}
          </select>
        )}
      </RowField>
      <RowField
        {...field("rythmeDetail")}
        label="Précisions sur le rythme"
        optional
        hint="Par exemple : 2 jours en centre / 3 jours en structure."
      >
        {(control) => (
          <input type="text" maxLength={RYTHME_DETAIL_MAX} {...control} {...value("rythmeDetail")} />
        )}
      </RowField>
    </>
  );
}
