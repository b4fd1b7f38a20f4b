"use client";

import { useId, type ReactNode } from "react";
import { FieldLabel } from "@/components/forms/Field";
import { FieldsetErrors } from "@/components/forms/FieldsetErrors";
import { splitRowErrors, useHydrated, useRepeatedRows } from "@/components/forms/useRepeatedRows";

export type RepeatedRow<V> = { key: number; values: V; errors: string[] };

/** What a row's inputs need: their ids, and the id of the row's messages when it has some. */
export type RowIds = { id: (field: string) => string; errorId: string | undefined };

type Props<V> = {
  /** Numbers the rows ("Période 1") and prefixes a row's messages in the schema ("Période 1 : …"). */
  rowLabel: string;
  legend: string;
  /** The group is a card of its own, its legend a heading; otherwise it sits inside a card. */
  card?: boolean;
  help: ReactNode;
  /** The group's messages as the action returned them: each row's go to that row. */
  errors?: string[];
  /** The rows shown first (stored or echoed values); a blank row follows unless the last one is. */
  initial: V[];
  blank: V;
  isBlank: (values: V) => boolean;
  max: number;
  addLabel: string;
  removeLabel: (number: number) => ReactNode;
  /** The field whose input takes the focus in an added row. */
  firstField: string;
  /** Every row and the add button inactive (e.g. "toute l'année" ticked). */
  disabled?: boolean;
  /** Shown between the group's messages and the rows. */
  children?: ReactNode;
  renderRow: (row: RepeatedRow<V>, ids: RowIds) => ReactNode;
};

/**
 * A group of repeated rows posted as parallel lists (one input name per column). Without JavaScript
 * the rows rendered on the server are the given ones plus a blank one; with it, rows can be added
 * and removed (see useRepeatedRows for the focus).
 */
export function RepeatedRows<V>({
  rowLabel,
  legend,
  card,
  help,
  errors,
  initial,
  blank,
  isBlank,
  max,
  addLabel,
  removeLabel,
  firstField,
  disabled = false,
  children,
  renderRow,
}: Props<V>) {
  const baseId = useId();
  const hydrated = useHydrated();
  const rowErrors = splitRowErrors(errors, rowLabel);
  const general = rowErrors.general;
  const { rows, add, remove, addButton } = useRepeatedRows<RepeatedRow<V>>(
    () => {
      const rows = initial.map((values, i) => ({ key: i, values, errors: rowErrors.forRow(i) }));
      const last = rows.at(-1);
      if (!last || !isBlank(last.values)) rows.push({ key: rows.length, values: blank, errors: [] });
      return rows;
    },
    (key) => ({ key, values: blank, errors: [] }),
    (key) => `${baseId}-${firstField}-${key}`,
  );

  const helpId = `${baseId}-aide`;
  const errorId = `${baseId}-erreurs`;
  return (
    <fieldset
      className={card ? "card space-y-4" : "space-y-4"}
      aria-describedby={`${helpId}${general.length ? ` ${errorId}` : ""}`}
    >
      {card ? (
        <legend className="float-left mb-2 w-full">
          <h2 className="text-2xl">{legend}</h2>
        </legend>
      ) : (
        <legend className="font-semibold">{legend}</legend>
      )}
      <p id={helpId} className={`text-sm text-gray-700 ${card ? "clear-left" : ""}`}>
        {help}
      </p>
      <FieldsetErrors id={errorId} errors={general} />
      {children}
      <ol className="space-y-4">
        {rows.map((row, index) => {
          const rowErrorId = row.errors.length ? `${baseId}-erreur-${row.key}` : undefined;
          return (
            <li key={row.key}>
              <fieldset
                disabled={hydrated && disabled}
                className={`rounded-md border p-3 sm:p-4 ${row.errors.length ? "border-2 border-red-700" : "border-gray-300"} ${hydrated && disabled ? "bg-gray-50" : ""}`}
              >
                <legend className="px-1 font-semibold">
                  {rowLabel} {index + 1}
                </legend>
                <div className="space-y-4">
                  {rowErrorId ? <FieldsetErrors id={rowErrorId} errors={row.errors} /> : null}
                  {renderRow(row, { id: (field) => `${baseId}-${field}-${row.key}`, errorId: rowErrorId })}
                  {hydrated ? (
                    <button type="button" className="btn-secondary" onClick={() => remove(row.key)}>
                      {removeLabel(index + 1)}
                    </button>
                  ) : null}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {hydrated && rows.length < max ? (
        <button ref={addButton} type="button" className="btn-secondary" onClick={add} disabled={disabled}>
          <span aria-hidden="true">+</span> {addLabel}
        </button>
      ) : null}
    </fieldset>
  );
}

type RowControl = { id: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string };

/**
 * One input of a row: its label (and hint) wired to the control the children render; `invalid`
 * points it at the row's messages.
 */
export function RowField({
  ids,
  field,
  label,
  optional,
  invalid,
  hint,
  className,
  children,
}: {
  ids: RowIds;
  field: string;
  label: string;
  optional?: boolean;
  invalid: boolean;
  hint?: ReactNode;
  className?: string;
  children: (control: RowControl) => ReactNode;
}) {
  const id = ids.id(field);
  const hintId = hint ? ids.id(`${field}-aide`) : undefined;
  const describedBy = [hintId, invalid ? ids.errorId : undefined].filter(Boolean).join(" ");
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <FieldLabel htmlFor={id} optional={optional}>
        {label}
      </FieldLabel>
      {hint ? (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        "aria-invalid": invalid ? true : undefined,
        "aria-describedby": describedBy || undefined,
        className: "input",
      })}
    </div>
  );
}
