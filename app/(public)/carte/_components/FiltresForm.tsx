"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useTransition, type FormEvent, type ReactNode } from "react";
import {
  FILTER_KEYS,
  RAYON_DEFAUT_KM,
  RAYON_OPTIONS_KM,
  TEXTE_MAX,
  type CarteFilters,
} from "@/lib/carte/filters";
import type { CarteFilterOptions, Option } from "@/lib/carte/queries";
import { PLACES_MAX } from "@/lib/stages/constants";

/** Filters behind "Plus de filtres", opened when one of them is set. */
const ADVANCED_KEYS = ["public", "categorie", "territoire", "epci", "du", "au", "places"] as const;

type Props = {
  filters: CarteFilters;
  options: CarteFilterOptions;
};

function Control({
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

function Select({
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
    <Control label={label} hint={hint}>
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
    </Control>
  );
}

/** The query string of the form: empty fields and a radius without commune left out. */
function formQuery(form: HTMLFormElement): string {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = data.get(key);
    if (typeof value === "string" && value.trim() !== "") params.set(key, value.trim());
  }
  if (!params.has("commune")) params.delete("rayon");
  return params.toString();
}

// The form is re-created for each search (so that the back button shows the right values): the
// control that submitted it gets the focus back, or keyboard users would be thrown to the top.
let focusAfterSearch: string | null = null;

function focusKey(element: Element | null): string | null {
  return element?.getAttribute("name") ?? element?.getAttribute("data-focus") ?? null;
}

/**
 * The search form: a plain GET form to /carte that works without JavaScript; with it, the URL is
 * updated without a full reload (and without empty parameters), so the back button restores each search.
 */
export function FiltresForm({ filters, options }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const rayons: number[] = [...RAYON_OPTIONS_KM];
  const rayon = filters.rayon ?? RAYON_DEFAUT_KM;
  if (!rayons.includes(rayon)) rayons.push(rayon);
  rayons.sort((a, b) => a - b);

  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!focusAfterSearch) return;
    const key = focusAfterSearch.replace(/"/g, "");
    focusAfterSearch = null;
    form.current?.querySelector<HTMLElement>(`[name="${key}"], [data-focus="${key}"]`)?.focus();
  }, []);
  // The same search again does not re-create the form: forget the request.
  useEffect(() => {
    if (!pending) focusAfterSearch = null;
  }, [pending]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    focusAfterSearch = focusKey(document.activeElement);
    const query = formQuery(event.currentTarget);
    startTransition(() => router.push(query ? `/carte?${query}` : "/carte", { scroll: false }));
  }

  const advanced = ADVANCED_KEYS.filter((k) => filters[k] !== undefined).length;

  return (
    <form
      method="get"
      action="/carte"
      role="search"
      aria-labelledby="titre-filtres"
      onSubmit={submit}
      ref={form}
      className="space-y-4 rounded-lg border border-gray-300 bg-sable-50 p-4 shadow-sm"
    >
      <h2 id="titre-filtres" className="sr-only">
        Rechercher un stage
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[3fr_3fr_5fr]">
        <Control label="Mots-clés">
          {(id) => (
            <input
              id={id}
              name="q"
              type="search"
              maxLength={TEXTE_MAX}
              defaultValue={filters.q ?? ""}
              className="input"
            />
          )}
        </Control>
        <Select
          label="Diplôme ou métier"
          name="diplome"
          options={options.diplomes}
          all="Tous"
          value={filters.diplome}
        />
        <div className="grid grid-cols-[minmax(0,1fr)_7rem] gap-3 sm:col-span-2 lg:col-span-1">
          <Select
            label="Commune"
            name="commune"
            options={options.communes}
            all="Toutes les Landes"
            value={filters.commune}
          />
          <Control label="Rayon">
            {(id) => (
              <select id={id} name="rayon" defaultValue={String(rayon)} className="input">
                {rayons.map((km) => (
                  <option key={km} value={km}>
                    {km} km
                  </option>
                ))}
              </select>
            )}
          </Control>
        </div>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <fieldset className="flex flex-wrap gap-x-6 gap-y-2">
          <legend className="sr-only">Facilités</legend>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="logement"
              defaultChecked={filters.logement ?? false}
              className="h-5 w-5 accent-pin-700"
            />
            Logement possible
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="sansVoiture"
              defaultChecked={filters.sansVoiture ?? false}
              className="h-5 w-5 accent-pin-700"
            />
            Accessible sans voiture
          </label>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="btn-primary" aria-disabled={pending} data-focus="rechercher">
            {pending ? "Recherche…" : "Rechercher"}
          </button>
          <Link href="/carte" className="btn-secondary">
            Tout effacer
          </Link>
        </div>
      </div>
      <details open={advanced > 0} className="group">
        <summary className="cursor-pointer font-semibold text-pin-700 underline underline-offset-2 hover:text-pin-900">
          Plus de filtres{advanced > 0 ? ` (${advanced} actif${advanced > 1 ? "s" : ""})` : ""}
        </summary>
        <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Select
            label="Public accompagné"
            name="public"
            options={options.publics}
            all="Tous"
            value={filters.public}
          />
          <Select
            label="Type d'établissement"
            name="categorie"
            options={options.categories}
            all="Tous"
            value={filters.categorie}
          />
          <Select
            label="Territoire"
            name="territoire"
            options={options.territoires}
            all="Tous"
            value={filters.territoire}
          />
          <Select
            label="Intercommunalité"
            name="epci"
            options={options.epcis}
            all="Toutes"
            value={filters.epci}
          />
          <fieldset className="sm:col-span-2">
            <legend className="font-semibold">Disponible entre deux dates</legend>
            <div className="mt-1 grid grid-cols-2 gap-3">
              <Control label="Du">
                {(id) => (
                  <input id={id} name="du" type="date" defaultValue={filters.du ?? ""} className="input" />
                )}
              </Control>
              <Control label="Au">
                {(id) => (
                  <input id={id} name="au" type="date" defaultValue={filters.au ?? ""} className="input" />
                )}
              </Control>
            </div>
          </fieldset>
          <Control label="Places libres, au moins">
            {(id) => (
              <input
                id={id}
                name="places"
                type="number"
                inputMode="numeric"
                min={1}
                max={PLACES_MAX}
                defaultValue={filters.places ?? ""}
                className="input"
              />
            )}
          </Control>
        </div>
        <p className="mt-4">
          <button type="submit" className="btn-primary" aria-disabled={pending} data-focus="rechercher-plus">
            Rechercher avec ces filtres
          </button>
        </p>
      </details>
    </form>
  );
}
