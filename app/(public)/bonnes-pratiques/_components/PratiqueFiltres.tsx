"use client";

import Link from "next/link";
import { FilterControl, FilterSelect, formSearchParams, useSearchForm } from "@/components/forms/SearchForm";
import { PRATIQUE_THEME_LABELS } from "@/lib/pratiques/constants";
import { PRATIQUE_FILTER_KEYS, PRATIQUE_RECHERCHE_MAX, type PratiqueFilters } from "@/lib/pratiques/filters";

const THEMES = Object.entries(PRATIQUE_THEME_LABELS).map(([value, label]) => ({ value, label }));
const query = (form: HTMLFormElement) => formSearchParams(form, PRATIQUE_FILTER_KEYS);

/** The library's search form: a plain GET form that works without JavaScript. */
export function PratiqueFiltres({ filters }: { filters: PratiqueFilters }) {
  const { ref, pending, onSubmit } = useSearchForm("/bonnes-pratiques", query);
  return (
    <form
      ref={ref}
      method="get"
      action="/bonnes-pratiques"
      role="search"
      aria-labelledby="titre-filtres"
      onSubmit={onSubmit}
      className="space-y-4 rounded-lg border border-gray-300 bg-sable-50 p-4 shadow-sm"
    >
      <h2 id="titre-filtres" className="sr-only">
        Rechercher une bonne pratique
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <FilterControl label="Rechercher" hint="Dans le titre, le contexte, les actions et les résultats">
          {(id, hintId) => (
            <input
              id={id}
              name="q"
              type="search"
              maxLength={PRATIQUE_RECHERCHE_MAX}
              defaultValue={filters.q ?? ""}
              aria-describedby={hintId}
              className="input"
            />
          )}
        </FilterControl>
        <FilterSelect
          label="Thème"
          name="theme"
          options={THEMES}
          all="Tous les thèmes"
          value={filters.theme}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" aria-disabled={pending} data-focus="rechercher">
          {pending ? "Recherche…" : "Rechercher"}
        </button>
        <Link href="/bonnes-pratiques" className="btn-secondary">
          Tout effacer
        </Link>
      </div>
    </form>
  );
}
