"use client";

import { useCallback, useMemo, useState } from "react";
import type { SelectedStage, StageMapLayer } from "@/components/carte/StageMap";
import { StageMapLoader } from "@/components/carte/StageMapLoader";
import type { TileConfig } from "@/components/carte/tiles";
import type { CartePoint } from "@/lib/carte/sql";
import type { AnnuaireSiteMarker } from "@/lib/annuaire/queries";

const HEIGHT = "h-[55vh] min-h-80 max-h-[36rem] lg:h-[calc(100vh-2rem)] lg:max-h-[40rem]";

/** The listed organisations' sites on the stage map's component, as another layer; the list is the equivalent. */
export function AnnuaireCarte({ tiles, sites }: { tiles: TileConfig; sites: AnnuaireSiteMarker[] }) {
  const [selected, setSelected] = useState<SelectedStage | null>(null);
  const orgIds = useMemo(() => new Set(sites.map((s) => s.organisationId)), [sites]);
  const showInList = useCallback((id: string) => {
    const card = document.getElementById(`organisation-${id}`);
    card?.scrollIntoView({ block: "start" });
    card?.querySelector("a")?.focus();
  }, []);
  const layer = useMemo<StageMapLayer>(() => {
    const byId = new Map(sites.map((s) => [s.id, s]));
    return {
      points: sites.map((s): CartePoint => [s.id, s.lat, s.lng, s.nom, s.organisation, s.commune, 1]),
      noun: "sites",
      label: "Carte des sites des organisations de l'annuaire",
      popup: (sel) => {
        const site = byId.get(sel.id);
        if (!site) return null;
        return (
          <>
            <p className="text-base font-semibold">
              <a href={`/annuaire/${site.organisationId}`}>{site.organisation}</a>
            </p>
            <p>
              {site.nom}, {site.commune}
            </p>
            <button
              type="button"
              onClick={() => showInList(site.organisationId)}
              className="font-semibold text-pin-700 underline underline-offset-2 hover:text-pin-900"
            >
              Voir dans la liste<span className="sr-only"> : {site.organisation}</span>
            </button>
          </>
        );
      },
    };
  }, [sites, showInList]);
  return (
    <StageMapLoader
      tiles={tiles}
      query=""
      centre={null}
      highlight={selected ? { lat: selected.lat, lng: selected.lng } : null}
      selected={selected}
      onSelect={setSelected}
      listIds={orgIds}
      className={HEIGHT}
      layer={layer}
    />
  );
}
