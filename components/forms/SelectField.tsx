"use client";

import type { ReactNode, SelectHTMLAttributes } from "react";
import { Field } from "@/components/forms/Field";

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id"> & {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  errors?: string[];
  options: { value: string; label: string }[];
  placeholder?: string;
};

export function SelectField({
  label,
  name,
  hint,
  errors,
  required,
  options,
  placeholder,
  className,
  ...select
}: Props) {
  return (
    <Field label={label} name={name} hint={hint} errors={errors} required={required}>
      {(control) => (
        <select {...select} {...control} required={required} className={`input ${className ?? ""}`}>
          <option value="">{placeholder ?? "— Choisir —"}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
