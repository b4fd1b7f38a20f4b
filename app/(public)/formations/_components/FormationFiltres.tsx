"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useTransition, type FormEvent, type ReactNode } from "react";
import { RAYON_DEFAUT_KM, RAYON_OPTIONS_KM, TEXTE_MAX } from "@/lib/carte/filters";
import { MODALITE_LABELS, SESSION_PLACES_MAX } from "@/lib/formations/constants";
import { FORMATION_FILTER_KEYS, type FormationFilters, type FormationVue } from "@/lib/formations/filters";

type Option = { value: string; label: string };

/** Filters behind "Plus de filtres", opened when one of them is set. */
const ADVANCED_KEYS = ["territoire", "du", "au", "places"] as const;

const MODALITE_OPTIONS: Option[] = Object.entries(MODALITE_LABELS).map(([value, label]) => ({
  value,
  label,
}));

type Props = {
  filters: FormationFilters;
  vue: FormationVue;
  options: { diplomes: Option[]; territoires: Option[]; communes: Option[] };
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
}: {
  label: string;
  name: string;
  options: Option[];
  all: string;
  value: string | undefined;
}) {
  return (
    <Control label={label}>
      {(id) => (
        <select id={id} name={name} defaultValue={value ?? ""} className="input">
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
  for (const key of [...FORMATION_FILTER_KEYS, "vue"]) {
    const value = data.get(key);
    if (typeof value === "string" && value.trim() !== "") params.set(key, value.trim());
  }
  if (!params.has("commune")) params.delete("rayon");
  if (params.get("vue") !== "carte") params.delete("vue");
  return params.toString();
}

// The form is re-created for each search (so that the back button shows the right values): the
// control that submitted it gets the focus back, or keyboard users would be thrown to the top (as on /carte).
let focusAfterSearch: string | null = null;

function focusKey(element: Element | null): string | null {
  return element?.getAttribute("name") ?? element?.getAttribute("data-focus") ?? null;
}

/**
 * The catalogue's search form: a plain GET form to /formations that works without JavaScript; with
 * it, the URL is updated without a full reload and without empty parameters.
 */
export function FormationFiltres({ filters, vue, options }: Props) {
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
    startTransition(() => router.push(query ? `/formations?${query}` : "/formations", { scroll: false }));
  }

  const advanced = ADVANCED_KEYS.filter((k) => filters[k] !== undefined).length;

  return (
    <form
      ref={form}
      method="get"
      action="/formations"
      role="search"
      aria-labelledby="titre-filtres"
      onSubmit={submit}
      className="space-y-4 rounded-lg border border-gray-300 bg-sable-50 p-4 shadow-sm"
    >
      <h2 id="titre-filtres" className="sr-only">
        Rechercher une formation
      </h2>
      {vue === "carte" ? <input type="hidden" name="vue" value="carte" /> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Control label="Mots-clés" hint="Dans l'intitulé ou le nom de l'organisme">
          {(id, hintId) => (
            <input
              id={id}
              name="q"
              type="search"
              maxLength={TEXTE_MAX}
              defaultValue={filters.q ?? ""}
              aria-describedby={hintId}
              className="input"
            />
          )}
        </Control>
        <Select
          label="Diplôme préparé"
          name="diplome"
          options={options.diplomes}
          all="Tous les diplômes"
          value={filters.diplome}
        />
        <Select
          label="Modalité"
          name="modalite"
          options={MODALITE_OPTIONS}
          all="Toutes les modalités"
          value={filters.modalite}
        />
        <div className="grid grid-cols-[minmax(0,1fr)_7rem] gap-3 sm:col-span-2 lg:col-span-2">
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
        <div className="flex items-end">
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name="apprentissage"
              defaultChecked={filters.apprentissage ?? false}
              className="h-5 w-5 accent-pin-700"
            />
            Apprentissage possible
          </label>
        </div>
      </div>
      <details open={advanced > 0}>
        <summary className="cursor-pointer font-semibold text-pin-700 underline underline-offset-2 hover:text-pin-900">
          Plus de filtres{advanced > 0 ? ` (${advanced} actif${advanced > 1 ? "s" : ""})` : ""}
        </summary>
        <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Select
            label="Territoire"
            name="territoire"
            options={options.territoires}
            all="Tous"
            value={filters.territoire}
          />
          <fieldset className="sm:col-span-2">
            <legend className="font-semibold">Début de la session entre deux dates</legend>
            <div className="mt-1 grid grid-cols-2 gap-3">
              <Control label="Entre le">
                {(id) => (
                  <input id={id} name="du" type="date" defaultValue={filters.du ?? ""} className="input" />
                )}
              </Control>
              <Control label="Et le">
                {(id) => (
                  <input id={id} name="au" type="date" defaultValue={filters.au ?? ""} className="input" />
                )}
              </Control>
            </div>
          </fieldset>
          <Control label="Places, au moins">
            {(id) => (
              <input
                id={id}
                name="places"
                type="number"
                inputMode="numeric"
                min={1}
                max={SESSION_PLACES_MAX}
                defaultValue={filters.places ?? ""}
                className="input"
              />
            )}
          </Control>
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" aria-disabled={pending} data-focus="rechercher">
          {pending ? "Recherche…" : "Rechercher"}
        </button>
        <Link href={vue === "carte" ? "/formations?vue=carte" : "/formations"} className="btn-secondary">
          Tout effacer
        </Link>
      </div>
    </form>
  );
}
