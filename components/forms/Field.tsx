"use client";

import { useId, type ReactNode } from "react";

export type ControlProps = {
  id: string;
  name: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

type FieldProps = {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
};

/** Label, control, hint and error wired together for assistive technologies. */
export function Field({ label, name, hint, errors, required, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-aide` : undefined;
  const errorId = errors?.length ? `${id}-erreur` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <FieldLabel htmlFor={id} optional={!required}>
        {label}
      </FieldLabel>
      {hint ? (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      {children({ id, name, "aria-invalid": errorId ? true : undefined, "aria-describedby": describedBy })}
      {errorId ? (
        <p id={errorId} className="flex gap-1 text-sm font-semibold text-red-800">
          <span aria-hidden="true">⚠</span>
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A control's label; an optional control says so in words. */
export function FieldLabel({
  htmlFor,
  optional,
  children,
}: {
  htmlFor: string;
  optional?: boolean;
  children: ReactNode;
}) {
  return (
    <label htmlFor={htmlFor} className="block font-semibold">
      {children}
      {optional ? <span className="font-normal text-gray-700"> (facultatif)</span> : null}
    </label>
  );
}

type Values = Record<string, string | string[]> | undefined;

/** The echoed value of a field after a failed submission, so nothing typed is lost. */
export function valueOf(values: Values, name: string): string | undefined {
  const v = values?.[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The echoed values of a repeated field (a string when one, an array when several). */
export function valuesOf(values: Values, name: string): string[] {
  const v = values?.[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
