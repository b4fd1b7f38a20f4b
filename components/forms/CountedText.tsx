"use client";

import { useState } from "react";
import { Field } from "@/components/forms/Field";

type Props = {
  label: string;
  name: string;
  max: number;
  multiline?: boolean;
  rows?: number;
  defaultValue: string;
  errors?: string[];
  example: string;
  required?: boolean;
};

/** A text input or textarea (required unless said) whose hint counts the characters typed against the limit. */
export function CountedText({
  label,
  name,
  max,
  multiline,
  rows = 8,
  defaultValue,
  errors,
  example,
  required = true,
}: Props) {
  const [length, setLength] = useState(defaultValue.length);
  const hint = (
    <>
      {example}
      <span className="block">
        {max} caractères au maximum ({length} / {max}).
      </span>
    </>
  );
  return (
    <Field label={label} name={name} hint={hint} errors={errors} required={required}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            required={required}
            rows={rows}
            maxLength={max}
            defaultValue={defaultValue}
            onChange={(e) => setLength(e.target.value.length)}
            className="input"
          />
        ) : (
          <input
            {...control}
            required={required}
            maxLength={max}
            defaultValue={defaultValue}
            onChange={(e) => setLength(e.target.value.length)}
            className="input"
          />
        )
      }
    </Field>
  );
}
