"use client";

import Link from "next/link";
import {
  CommuneRayonFields,
  FilterControl,
  FilterSelect,
  formSearchParams,
  useSearchForm,
} from "@/components/forms/SearchForm";
import { TEXTE_MAX } from "@/lib/carte/filters";
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

/** The query string of the form; the view is kept only when it is the map. */
function formQuery(form: HTMLFormElement): URLSearchParams {
  const params = formSearchParams(form, [...FORMATION_FILTER_KEYS, "vue"]);
  if (params.get("vue") !== "carte") params.delete("vue");
  return params;
}

/**
 * The catalogue's search form: a plain GET form to /formations that works without JavaScript; with
 * it, the URL is updated without a full reload and without empty parameters.
 */
export function FormationFiltres({ filters, vue, options }: Props) {
  const { ref, pending, onSubmit } = useSearchForm("/formations", formQuery);
  const advanced = ADVANCED_KEYS.filter((k) => filters[k] !== undefined).length;

  return (
    <form
      ref={ref}
      method="get"
      action="/formations"
      role="search"
      aria-labelledby="titre-filtres"
      onSubmit={onSubmit}
      className="space-y-4 rounded-lg border border-gray-300 bg-sable-50 p-4 shadow-sm"
    >
      <h2 id="titre-filtres" className="sr-only">
        Rechercher une formation
      </h2>
      {vue === "carte" ? <input type="hidden" name="vue" value="carte" /> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterControl label="Mots-clés" hint="Dans l'intitulé ou le nom de l'organisme">
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
        </FilterControl>
        <FilterSelect
          label="Diplôme préparé"
          name="diplome"
          options={options.diplomes}
          all="Tous les diplômes"
          value={filters.diplome}
        />
        <FilterSelect
          label="Modalité"
          name="modalite"
          options={MODALITE_OPTIONS}
          all="Toutes les modalités"
          value={filters.modalite}
        />
        <CommuneRayonFields
          communes={options.communes}
          commune={filters.commune}
          rayon={filters.rayon}
          className="sm:col-span-2 lg:col-span-2"
        />
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
          <FilterSelect
            label="Territoire"
            name="territoire"
            options={options.territoires}
            all="Tous"
            value={filters.territoire}
          />
          <fieldset className="sm:col-span-2">
            <legend className="font-semibold">Début de la session entre deux dates</legend>
            <div className="mt-1 grid grid-cols-2 gap-3">
              <FilterControl label="Entre le">
                {(id) => (
                  <input id={id} name="du" type="date" defaultValue={filters.du ?? ""} className="input" />
                )}
              </FilterControl>
              <FilterControl label="Et le">
                {(id) => (
                  <input id={id} name="au" type="date" defaultValue={filters.au ?? ""} className="input" />
                )}
              </FilterControl>
            </div>
          </fieldset>
          <FilterControl label="Places, au moins">
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
          </FilterControl>
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
