"use client";

import { useCallback, useMemo, useState } from "react";
import type { SelectedStage, StageMapLayer } from "@/components/carte/StageMap";
import { StageMapLoader } from "@/components/carte/StageMapLoader";
import type { TileConfig } from "@/components/carte/tiles";
import type { CartePoint } from "@/lib/carte/sql";
import type { FormationSiteMarker } from "@/lib/formations/public-queries";

type Props = {
  tiles: TileConfig;
  sites: FormationSiteMarker[];
  centre: { lat: number; lng: number; rayonKm: number } | null;
  /** ids of the offers whose card is on the page, for the popup's "Voir dans la liste" links */
  listIds: string[];
};

export const FORMATIONS_MAP_HEIGHT =
  "h-[55vh] min-h-80 max-h-[36rem] lg:h-[calc(100vh-2rem)] lg:max-h-[44rem]";

function SitePopup({
  site,
  inList,
  onShowInList,
}: {
  site: FormationSiteMarker;
  inList: ReadonlySet<string>;
  onShowInList: (id: string) => void;
}) {
  return (
    <>
      <p className="text-base font-semibold">{site.nom}</p>
      <p>
        {site.organisation}, {site.commune}
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {site.formations.map((f) => (
          <li key={f.id}>
            <a href={`/formations/${f.id}`}>{f.titre}</a>
            {inList.has(f.id) ? (
              <>
                {" "}
                {/* A button, not a #fragment link, as on /carte: Next's router loses Back after those. */}
                <button
                  type="button"
                  onClick={() => onShowInList(f.id)}
                  className="font-semibold text-pin-700 underline underline-offset-2 hover:text-pin-900"
                >
                  Voir dans la liste<span className="sr-only"> : {f.titre}</span>
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The training sites of the results on the stage map's component, as another layer. */
export function FormationsCarte({ tiles, sites, centre, listIds }: Props) {
  const [selected, setSelected] = useState<SelectedStage | null>(null);
  const inList = useMemo(() => new Set(listIds), [listIds]);
  const showInList = useCallback((id: string) => {
    const card = document.getElementById(`formation-${id}`);
    card?.scrollIntoView({ block: "start" });
    card?.querySelector("a")?.focus();
  }, []);
  const layer = useMemo<StageMapLayer>(() => {
    const byId = new Map(sites.map((s) => [s.id, s]));
    return {
      points: sites.map((s): CartePoint => [
        s.id,
        s.lat,
        s.lng,
        s.nom,
        s.organisation,
        s.commune,
        s.formations.length,
      ]),
      noun: "sites de formation",
      label: "Carte des sites de formation",
      popup: (sel) => {
        const site = byId.get(sel.id);
        return site ? <SitePopup site={site} inList={inList} onShowInList={showInList} /> : null;
      },
    };
  }, [sites, inList, showInList]);
  return (
    <StageMapLoader
      tiles={tiles}
      query=""
      centre={centre}
      highlight={selected ? { lat: selected.lat, lng: selected.lng } : null}
      selected={selected}
      onSelect={setSelected}
      listIds={inList}
      onShowInList={showInList}
      className={FORMATIONS_MAP_HEIGHT}
      layer={layer}
    />
  );
}
