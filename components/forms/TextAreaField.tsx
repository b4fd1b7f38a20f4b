"use client";

import type { ReactNode, TextareaHTMLAttributes } from "react";
import { Field } from "@/components/forms/Field";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id"> & {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  errors?: string[];
};

/** A labelled textarea (TextField's multi-line twin); with a character counter, use CountedText. */
export function TextAreaField({ label, name, hint, errors, required, className, ...textarea }: Props) {
  return (
    <Field label={label} name={name} hint={hint} errors={errors} required={required}>
      {(control) => (
        <textarea {...textarea} {...control} required={required} className={`input ${className ?? ""}`} />
      )}
    </Field>
  );
}
