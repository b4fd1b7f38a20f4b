"use client";

import Link from "next/link";
import {
  CommuneRayonFields,
  FilterControl,
  FilterSelect,
  formSearchParams,
  useSearchForm,
} from "@/components/forms/SearchForm";
import { FILTER_KEYS, TEXTE_MAX, type CarteFilters } from "@/lib/carte/filters";
import type { CarteFilterOptions } from "@/lib/carte/queries";
import { PLACES_MAX } from "@/lib/stages/constants";

/** Filters behind "Plus de filtres", opened when one of them is set. */
const ADVANCED_KEYS = ["public", "categorie", "territoire", "epci", "du", "au", "places"] as const;

type Props = {
  filters: CarteFilters;
  options: CarteFilterOptions;
};

/**
 * The search form: a plain GET form to /carte that works without JavaScript; with it, the URL is
 * updated without a full reload (and without empty parameters), so the back button restores each search.
 */
export function FiltresForm({ filters, options }: Props) {
  const { ref, pending, onSubmit } = useSearchForm("/carte", (form) => formSearchParams(form, FILTER_KEYS));
  const advanced = ADVANCED_KEYS.filter((k) => filters[k] !== undefined).length;

  return (
    <form
      method="get"
      action="/carte"
      role="search"
      aria-labelledby="titre-filtres"
      onSubmit={onSubmit}
      ref={ref}
      className="space-y-4 rounded-lg border border-gray-300 bg-sable-50 p-4 shadow-sm"
    >
      <h2 id="titre-filtres" className="sr-only">
        Rechercher un stage
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[3fr_3fr_5fr]">
        <FilterControl label="Mots-clés">
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
        </FilterControl>
        <FilterSelect
          label="Diplôme ou métier"
          name="diplome"
          options={options.diplomes}
          all="Tous"
          value={filters.diplome}
        />
        <CommuneRayonFields
          communes={options.communes}
          commune={filters.commune}
          rayon={filters.rayon}
          className="sm:col-span-2 lg:col-span-1"
        />
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
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="ressources"
              defaultChecked={filters.ressources ?? false}
              className="h-5 w-5 accent-pin-700"
            />
            Afficher l&apos;hébergement et la mobilité à proximité
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
          <FilterSelect
            label="Public accompagné"
            name="public"
            options={options.publics}
            all="Tous"
            value={filters.public}
          />
          <FilterSelect
            label="Type d'établissement"
            name="categorie"
            options={options.categories}
            all="Tous"
            value={filters.categorie}
          />
          <FilterSelect
            label="Territoire"
            name="territoire"
            options={options.territoires}
            all="Tous"
            value={filters.territoire}
          />
          <FilterSelect
            label="Intercommunalité"
            name="epci"
            options={options.epcis}
            all="Toutes"
            value={filters.epci}
          />
          <fieldset className="sm:col-span-2">
            <legend className="font-semibold">Disponible entre deux dates</legend>
            <div className="mt-1 grid grid-cols-2 gap-3">
              <FilterControl label="Du">
                {(id) => (
                  <input id={id} name="du" type="date" defaultValue={filters.du ?? ""} className="input" />
                )}
              </FilterControl>
              <FilterControl label="Au">
                {(id) => (
                  <input id={id} name="au" type="date" defaultValue={filters.au ?? ""} className="input" />
                )}
              </FilterControl>
            </div>
          </fieldset>
          <FilterControl label="Places libres, au moins">
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
          </FilterControl>
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
