"use client";

import Link from "next/link";
import { FilterControl, FilterSelect, formSearchParams, useSearchForm } from "@/components/forms/SearchForm";
import { TEXTE_MAX } from "@/lib/carte/filters";
import { ORGANISATION_TYPE_LABELS } from "@/lib/annuaire/constants";
import { ANNUAIRE_FILTER_KEYS, type AnnuaireFilters } from "@/lib/annuaire/filters";

type Option = { value: string; label: string };
const TYPES: Option[] = Object.entries(ORGANISATION_TYPE_LABELS).map(([value, label]) => ({ value, label }));
const query = (form: HTMLFormElement) => formSearchParams(form, ANNUAIRE_FILTER_KEYS);

/** The directory's search form: a plain GET form to /annuaire that works without JavaScript. */
export function AnnuaireFiltres({
  filters,
  territoires,
}: {
  filters: AnnuaireFilters;
  territoires: Option[];
}) {
  const { ref, pending, onSubmit } = useSearchForm("/annuaire", query);
  return (
    <form
      ref={ref}
      method="get"
      action="/annuaire"
      role="search"
      aria-labelledby="titre-filtres"
      onSubmit={onSubmit}
      className="space-y-4 rounded-lg border border-gray-300 bg-sable-50 p-4 shadow-sm"
    >
      <h2 id="titre-filtres" className="sr-only">
        Rechercher un partenaire
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterControl label="Mots-clés" hint="Dans le nom, la présentation ou la commune">
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
          label="Type d'organisation"
          name="type"
          options={TYPES}
          all="Tous les types"
          value={filters.type}
        />
        <FilterSelect
          label="Territoire"
          name="territoire"
          options={territoires}
          all="Toutes les Landes"
          value={filters.territoire}
          hint="La commune de l'organisation ou de l'un de ses sites"
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" aria-disabled={pending} data-focus="rechercher">
          {pending ? "Recherche…" : "Rechercher"}
        </button>
        <Link href="/annuaire" className="btn-secondary">
          Tout effacer
        </Link>
      </div>
    </form>
  );
}
