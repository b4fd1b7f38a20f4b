"use client";

import { useId, type ChangeEventHandler, type ReactNode } from "react";

/** A checkbox with its label beside it; sends "on" (or `value`) when ticked. */
export function CheckboxField({
  name,
  label,
  value,
  defaultChecked,
  invalid,
  onChange,
}: {
  name: string;
  label: ReactNode;
  value?: string;
  defaultChecked?: boolean;
  invalid?: boolean;
  onChange?: ChangeEventHandler<HTMLInputElement>;
}) {
  const id = useId();
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        aria-invalid={invalid ? true : undefined}
        onChange={onChange}
        className="mt-1 size-5 shrink-0 accent-pin-700"
      />
      <label htmlFor={id} className="cursor-pointer">
        {label}
      </label>
    </div>
  );
}
