"use client";

import { useCallback, useMemo, useState, type ReactNode } from "react";
import type { SelectedStage } from "@/components/carte/StageMap";
import { STAGE_MAP_HEIGHT, StageMapLoader } from "@/components/carte/StageMapLoader";
import type { TileConfig } from "@/components/carte/tiles";
import { focusElement, LienInterne } from "@/components/ui/LienInterne";
import type { CarteStageItem } from "@/lib/carte/queries";
import type { RessourceCommuneAgregat } from "@/lib/ressources/constants";
import { RessourcesZoneList } from "@/components/ressources/RessourcesZoneList";
import { StageCard } from "./StageCard";

type Props = {
  tiles: TileConfig;
  /** canonical filter query string, for the map endpoint */
  query: string;
  centre: { lat: number; lng: number; rayonKm: number; nom: string } | null;
  items: CarteStageItem[];
  /** below the list: "Voir plus" or the cap notice */
  footer: ReactNode;
  /** the pooled housing and mobility layer, when asked for (?ressources=on) */
  ressources: RessourceCommuneAgregat[] | null;
};

const LARGE_SCREEN = "(min-width: 64rem)";

/** The map and the list of the same results, kept in sync both ways. */
export function CarteResultats({ tiles, query, centre, items, footer, ressources }: Props) {
  const [active, setActive] = useState<string | null>(null);
  const [selected, setSelected] = useState<SelectedStage | null>(null);
  const listIds = useMemo(() => new Set(items.map((i) => i.id)), [items]);
  const activeItem = active ? items.find((i) => i.id === active) : undefined;
  const highlight = activeItem
    ? { lat: activeItem.latitude, lng: activeItem.longitude }
    : selected
      ? { lat: selected.lat, lng: selected.lng }
      : null;

  const onSelect = useCallback(
    (stage: SelectedStage | null) => {
      setSelected(stage);
      // Beside the map (large screens) the list scrolls to the card; on phones the map would scroll away,
      // so the popup offers a "Voir dans la liste" link instead.
      if (stage && listIds.has(stage.id) && window.matchMedia(LARGE_SCREEN).matches) {
        const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        document
          .getElementById(`stage-${stage.id}`)
          ?.scrollIntoView({ block: "nearest", behavior: reduce ? "auto" : "smooth" });
      }
    },
    [listIds],
  );
  const showInList = useCallback((id: string) => {
    const card = document.getElementById(`stage-${id}`);
    if (card) focusElement(card);
  }, []);
  const mapCentre = useMemo(
    () => (centre ? { lat: centre.lat, lng: centre.lng, rayonKm: centre.rayonKm } : null),
    [centre],
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
      <section aria-labelledby="titre-carte" className="relative lg:sticky lg:top-4 lg:self-start">
        <h2 id="titre-carte" className="sr-only">
          Carte des stages
        </h2>
        <LienInterne
          cible="liste-resultats"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-[1100] focus:rounded focus:bg-white focus:p-2 focus:shadow-lg"
        >
          Passer la carte et aller à la liste
        </LienInterne>
        <noscript>
          <p className="mb-2 rounded-md bg-sable-100 p-3">
            La carte a besoin de JavaScript pour s&apos;afficher. La liste des stages contient tous les
            résultats.
          </p>
        </noscript>
        <StageMapLoader
          tiles={tiles}
          query={query}
          centre={mapCentre}
          highlight={highlight}
          selected={selected}
          onSelect={onSelect}
          listIds={listIds}
          onShowInList={showInList}
          className={STAGE_MAP_HEIGHT}
          ressources={ressources ?? undefined}
        />
        {ressources ? <RessourcesZoneList communes={ressources} /> : null}
      </section>
      <section
        aria-labelledby="titre-liste"
        id="liste-resultats"
        tabIndex={-1}
        className="focus:outline-none"
      >
        <h2 id="titre-liste" className="mb-4 text-2xl">
          Liste des stages
        </h2>
        <ol className="space-y-4">
          {items.map((item, index) => (
            <StageCard
              key={item.id}
              item={item}
              rank={index + 1}
              state={selected?.id === item.id ? "choisi" : active === item.id ? "actif" : null}
              onActivate={setActive}
              communeCentre={centre?.nom ?? null}
            />
          ))}
        </ol>
        {footer}
      </section>
    </div>
  );
}
