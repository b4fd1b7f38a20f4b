"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { Field } from "@/components/forms/Field";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id"> & {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  errors?: string[];
};

export function TextField({ label, name, hint, errors, required, className, ...input }: Props) {
  return (
    <Field label={label} name={name} hint={hint} errors={errors} required={required}>
      {(control) => (
        <input {...input} {...control} required={required} className={`input ${className ?? ""}`} />
      )}
    </Field>
  );
}
