"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useTransition, type FormEvent, type ReactNode } from "react";
import { RAYON_DEFAUT_KM, RAYON_OPTIONS_KM } from "@/lib/carte/filters";
import { hrefWithParams } from "@/lib/search-params";

// Pieces shared by the search forms of the stage map and the training catalogue (GET forms whose
// state lives in the URL).

type Option = { value: string; label: string };

/** A labelled control of a search form, with an optional hint. */
export function FilterControl({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: (id: string, hintId?: string) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-aide` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {children(id, hintId)}
      {hint ? (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A list of a search form whose first choice (`all`, empty value) sets no filter. */
export function FilterSelect({
  label,
  name,
  options,
  all,
  value,
  hint,
}: {
  label: string;
  name: string;
  options: Option[];
  all: string;
  value: string | undefined;
  hint?: string;
}) {
  return (
    <FilterControl label={label} hint={hint}>
      {(id, hintId) => (
        <select id={id} name={name} defaultValue={value ?? ""} aria-describedby={hintId} className="input">
          <option value="">{all}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FilterControl>
  );
}

/** The commune list and its radius side by side (`className` places the pair in the form's grid). */
export function CommuneRayonFields({
  communes,
  commune,
  rayon = RAYON_DEFAUT_KM,
  className,
}: {
  communes: Option[];
  commune: string | undefined;
  rayon?: number;
  className: string;
}) {
  const rayons: number[] = [...RAYON_OPTIONS_KM];
  if (!rayons.includes(rayon)) rayons.push(rayon);
  rayons.sort((a, b) => a - b);
  return (
    <div className={`grid grid-cols-[minmax(0,1fr)_7rem] gap-3 ${className}`}>
      <FilterSelect
        label="Commune"
        name="commune"
        options={communes}
        all="Toutes les Landes"
        value={commune}
      />
      <FilterControl label="Rayon">
        {(id) => (
          <select id={id} name="rayon" defaultValue={String(rayon)} className="input">
            {rayons.map((km) => (
              <option key={km} value={km}>
                {km} km
              </option>
            ))}
          </select>
        )}
      </FilterControl>
    </div>
  );
}

/** The form's fields among `keys`, trimmed, empty ones and a radius without commune left out. */
export function formSearchParams(form: HTMLFormElement, keys: readonly string[]): URLSearchParams {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = data.get(key);
    if (typeof value === "string" && value.trim() !== "") params.set(key, value.trim());
  }
  if (!params.has("commune")) params.delete("rayon");
  return params;
}

// The form is re-created for each search (so that the back button shows the right values): the
// control that submitted it gets the focus back, or keyboard users would be thrown to the top.
let focusAfterSearch: string | null = null;

function focusKey(element: Element | null): string | null {
  return element?.getAttribute("name") ?? element?.getAttribute("data-focus") ?? null;
}

/**
 * Submits a plain GET search form to `action` without a full reload (the URL gets `queryOf(form)`,
 * so the back button restores each search) and gives the focus back to the submitting control.
 */
export function useSearchForm(action: string, queryOf: (form: HTMLFormElement) => URLSearchParams) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!focusAfterSearch) return;
    const key = focusAfterSearch.replace(/"/g, "");
    focusAfterSearch = null;
    ref.current?.querySelector<HTMLElement>(`[name="${key}"], [data-focus="${key}"]`)?.focus();
  }, []);
  // The same search again does not re-create the form: forget the request.
  useEffect(() => {
    if (!pending) focusAfterSearch = null;
  }, [pending]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    focusAfterSearch = focusKey(document.activeElement);
    const href = hrefWithParams(action, queryOf(event.currentTarget));
    startTransition(() => router.push(href, { scroll: false }));
  }

  return { ref, pending, onSubmit };
}
