"use client";

import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
import "@/components/carte/stage-map.css";
import L, { type LatLngBoundsExpression } from "leaflet";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Circle, Marker, Popup, TileLayer, useMap } from "react-leaflet";
import MarkerClusterGroup from "react-leaflet-cluster";
import { LeafletMap } from "@/components/carte/LeafletMap";
import { defaultMarkerIcon } from "@/components/carte/marker-icon";
import { RessourcesMapLayer } from "@/components/ressources/RessourcesMapLayer";
import type { TileConfig } from "@/components/carte/tiles";
import type { Bbox } from "@/lib/carte/filters";
import { bboxContains, LANDES_BBOX_ARRAY, radiusBbox } from "@/lib/carte/geo";
import type { CarteMapData, CartePoint } from "@/lib/carte/sql";
import type { RessourceCommuneAgregat } from "@/lib/ressources/constants";

/** A marker's offer, as shown in its popup. */
export type SelectedStage = {
  id: string;
  lat: number;
  lng: number;
  titre: string;
  organisation: string;
  commune: string;
  placesRestantes: number;
};

/** Markers given by the page instead of the stage endpoint (e.g. the training sites of /formations). */
export type StageMapLayer = {
  points: CartePoint[];
  /** what a group of markers counts, for screen readers ("sites de formation") */
  noun: string;
  /** the map's name for screen readers ("Carte des sites de formation") */
  label: string;
  /** the popup's content for the selected marker */
  popup: (selected: SelectedStage) => ReactNode;
};

export type StageMapProps = {
  tiles: TileConfig;
  /** the canonical filter query string (lib/carte/filters.ts), without bbox or zoom */
  query: string;
  /** the chosen commune and radius, to frame the map and draw the circle */
  centre: { lat: number; lng: number; rayonKm: number } | null;
  /** the point to highlight (card under the pointer or focus, or the selected marker) */
  highlight: { lat: number; lng: number } | null;
  selected: SelectedStage | null;
  onSelect: (stage: SelectedStage | null) => void;
  /** ids of the cards in the list, for the popup's "Voir dans la liste" button */
  listIds: ReadonlySet<string>;
  /** moves to the card of this offer in the list (the popup's "Voir dans la liste" button) */
  onShowInList?: (id: string) => void;
  className: string;
  /** another layer than the stage offers: its markers are shown and `query` is not used */
  layer?: StageMapLayer;
  /** pooled housing and mobility per commune, drawn over the stage markers (lib/ressources) */
  ressources?: RessourceCommuneAgregat[];
};

const toBounds = (b: Bbox): LatLngBoundsExpression => [
  [b[1], b[0]],
  [b[3], b[2]],
];

const activeMarkerIcon = L.icon({
  ...defaultMarkerIcon.options,
  iconSize: [33, 54],
  iconAnchor: [16, 54],
  shadowSize: [54, 54],
  shadowAnchor: [16, 54],
  className: "stage-marker-actif",
});

function groupIcon(count: number, noun = "stages"): L.DivIcon {
  const size = count < 10 ? 36 : count < 100 ? 42 : 50;
  return L.divIcon({
    html: `<span>${count}<span class="sr-only"> ${noun}</span></span>`,
    className: "stage-cluster",
    iconSize: [size, size],
  });
}

// react-leaflet-cluster ships no types for this callback's argument.
type Cluster = { getChildCount(): number };

function outward(value: number, step: number, up: boolean): number {
  return (up ? Math.ceil(value / step) : Math.floor(value / step)) * step;
}

/** The viewport plus half its size around, rounded outward so that nearby views share a cached answer. */
function requestBbox(map: L.Map): Bbox {
  const b = map.getBounds().pad(0.5);
  return [
    Math.max(-180, outward(b.getWest(), 0.01, false)),
    Math.max(-90, outward(b.getSouth(), 0.01, false)),
    Math.min(180, outward(b.getEast(), 0.01, true)),
    Math.min(90, outward(b.getNorth(), 0.01, true)),
  ].map((n) => Number(n.toFixed(2))) as Bbox;
}

function viewBbox(map: L.Map): Bbox {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

/** Frames the Landes, or the circle of the radius search, whenever it changes. */
function Frame({ centre }: { centre: StageMapProps["centre"] }) {
  const map = useMap();
  const lat = centre?.lat;
  const lng = centre?.lng;
  const km = centre?.rayonKm;
  useEffect(() => {
    const box = lat !== undefined && lng !== undefined && km ? radiusBbox(lat, lng, km) : LANDES_BBOX_ARRAY;
    map.fitBounds(toBounds(box), { animate: false });
  }, [map, lat, lng, km]);
  return null;
}

type MapStatus = "erreur" | "groupes" | null;

type LoadState = { data: CarteMapData | null; error: boolean };

/** Asks the endpoint for the markers of the viewport; again only when the view leaves what it has. */
function useMapData(query: string): LoadState {
  const map = useMap();
  const [state, setState] = useState<LoadState>({ data: null, error: false });
  const last = useRef<{ query: string; data: CarteMapData } | null>(null);
  useEffect(() => {
    let controller: AbortController | null = null;
    const load = () => {
      const previous = last.current;
      if (
        previous?.query === query &&
        previous.data.mode === "points" &&
        bboxContains(previous.data.bbox, viewBbox(map))
      ) {
        return;
      }
      controller?.abort();
      controller = new AbortController();
      const params = new URLSearchParams(query);
      params.set("bbox", requestBbox(map).join(","));
      params.set("zoom", String(Math.round(map.getZoom())));
      fetch(`/api/carte/stages?${params}`, { signal: controller.signal })
        .then((response) =>
          response.ok ? (response.json() as Promise<CarteMapData>) : Promise.reject(response),
        )
        .then((data) => {
          last.current = { query, data };
          setState({ data, error: false });
        })
        .catch((error: unknown) => {
          if (error instanceof DOMException && error.name === "AbortError") return;
          setState((s) => ({ ...s, error: true }));
        });
    };
    load();
    map.on("moveend", load);
    return () => {
      map.off("moveend", load);
      controller?.abort();
    };
  }, [map, query]);
  return state;
}

function Markers({
  data,
  onSelect,
  noun,
}: {
  data: CarteMapData | null;
  onSelect: (stage: SelectedStage) => void;
  noun?: string;
}) {
  const map = useMap();
  // The callback changes on every render of the page; the 2,000 markers must not be rebuilt for that.
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  const points = data?.mode === "points" ? data.stages : null;
  const markers = useMemo(
    () =>
      points?.map((p: CartePoint) => {
        const [id, lat, lng, titre, organisation, commune, placesRestantes] = p;
        return (
          <Marker
            key={id}
            position={[lat, lng]}
            icon={defaultMarkerIcon}
            title={`${titre} – ${commune}`}
            alt={`${titre} – ${commune}`}
            eventHandlers={{
              click: () => select.current({ id, lat, lng, titre, organisation, commune, placesRestantes }),
            }}
          />
        );
      }),
    [points],
  );
  const iconCreate = useMemo(() => (cluster: Cluster) => groupIcon(cluster.getChildCount(), noun), [noun]);

  if (data?.mode === "groupes") {
    return data.groupes.map(([n, lat, lng, minLat, minLng, maxLat, maxLng]) => (
      <Marker
        key={`${lat},${lng}`}
        position={[lat, lng]}
        icon={groupIcon(n, noun)}
        title={`${n} ${noun ?? "stages"} dans ce secteur : zoomer pour les voir`}
        eventHandlers={{
          click: () =>
            map.fitBounds(
              [
                [minLat, minLng],
                [maxLat, maxLng],
              ],
              { padding: [40, 40], maxZoom: Math.min(map.getZoom() + 3, map.getMaxZoom()) },
            ),
        }}
      />
    ));
  }
  if (!markers) return null;
  return (
    <MarkerClusterGroup
      chunkedLoading
      showCoverageOnHover={false}
      maxClusterRadius={50}
      iconCreateFunction={iconCreate}
    >
      {markers}
    </MarkerClusterGroup>
  );
}

function SelectedPopup({
  selected,
  onClose,
  onShowInList,
  content,
}: {
  selected: SelectedStage;
  onClose: (id: string) => void;
  /** set when the offer has a card in the list */
  onShowInList: ((id: string) => void) | null;
  /** replaces the offer's summary (another layer) */
  content?: ReactNode;
}) {
  const { id, lat, lng } = selected;
  const position = useMemo<[number, number]>(() => [lat, lng], [lat, lng]);
  const handlers = useMemo(() => ({ remove: () => onClose(id) }), [id, onClose]);
  return (
    <Popup position={position} offset={[1, -27]} eventHandlers={handlers}>
      {content ?? (
        <>
          <p className="text-base font-semibold">
            <a href={`/stages/${id}`}>{selected.titre}</a>
          </p>
          <p>{selected.organisation}</p>
          <p>{selected.commune}</p>
          <p>
            {selected.placesRestantes} {selected.placesRestantes > 1 ? "places restantes" : "place restante"}
          </p>
          {onShowInList ? (
            <p>
              {/* A button, not a #fragment link: Next's router loses Back after native fragment links. */}
              <button
                type="button"
                onClick={() => onShowInList(id)}
                className="font-semibold text-pin-700 underline underline-offset-2 hover:text-pin-900"
              >
                Voir dans la liste
              </button>
            </p>
          ) : null}
        </>
      )}
    </Popup>
  );
}

/** The published offers on a clustered Leaflet map; the list beside it is its accessible equivalent. */
export default function StageMap({
  tiles,
  query,
  centre,
  highlight,
  selected,
  onSelect,
  listIds,
  onShowInList,
  className,
  layer,
  ressources,
}: StageMapProps) {
  const initialBounds = useMemo(
    () => toBounds(centre ? radiusBbox(centre.lat, centre.lng, centre.rayonKm) : LANDES_BBOX_ARRAY),
    // Only the first framing: <Frame> follows later changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const selectedId = useRef<string | null>(null);
  useEffect(() => {
    selectedId.current = selected?.id ?? null;
  }, [selected]);
  // A popup removed because another one replaced it must not clear the new selection.
  const onClose = useMemo(
    () => (id: string) => {
      if (selectedId.current === id) onSelect(null);
    },
    [onSelect],
  );

  const [status, setStatus] = useState<MapStatus>(null);
  const layerPoints = layer?.points;
  const layerData = useMemo<CarteMapData | null>(
    () =>
      layerPoints
        ? { mode: "points", total: layerPoints.length, bbox: LANDES_BBOX_ARRAY, stages: layerPoints }
        : null,
    [layerPoints],
  );

  return (
    <div className="stage-map">
      <LeafletMap
        label={layer?.label ?? "Carte des offres de stage"}
        bounds={initialBounds}
        minZoom={7}
        maxZoom={18}
        scrollWheelZoom={false}
        className={`w-full rounded-md border border-gray-400 bg-gray-100 ${className}`}
      >
        <TileLayer url={tiles.url} attribution={tiles.attribution} />
        <Frame centre={centre} />
        {centre ? (
          <Circle
            center={[centre.lat, centre.lng]}
            radius={centre.rayonKm * 1000}
            interactive={false}
            pathOptions={{ color: "#1f5f3f", weight: 2, dashArray: "6 6", fillOpacity: 0.04 }}
          />
        ) : null}
        {layer ? (
          <Markers data={layerData} onSelect={onSelect} noun={layer.noun} />
        ) : (
          <MapData query={query} onSelect={onSelect} onStatus={setStatus} />
        )}
        {ressources ? <RessourcesMapLayer communes={ressources} /> : null}
        {highlight ? (
          <Marker
            position={[highlight.lat, highlight.lng]}
            icon={activeMarkerIcon}
            interactive={false}
            keyboard={false}
            zIndexOffset={1000}
          />
        ) : null}
        {selected ? (
          <SelectedPopup
            key={selected.id}
            selected={selected}
            onClose={onClose}
            onShowInList={onShowInList && listIds.has(selected.id) ? onShowInList : null}
            content={layer?.popup(selected)}
          />
        ) : null}
      </LeafletMap>
      {status === "erreur" ? (
        <p role="status" className="mt-2 text-sm font-semibold text-red-800">
          Les repères n&apos;ont pas pu être chargés : la liste des résultats reste complète.
        </p>
      ) : status === "groupes" ? (
        <p className="mt-2 text-sm">
          Beaucoup de stages dans cette zone : ils sont regroupés par secteur. Zoomez ou choisissez un groupe
          pour les voir un par un.
        </p>
      ) : null}
    </div>
  );
}

function MapData({
  query,
  onSelect,
  onStatus,
}: {
  query: string;
  onSelect: (stage: SelectedStage) => void;
  onStatus: (message: MapStatus) => void;
}) {
  const { data, error } = useMapData(query);
  const status: MapStatus = error ? "erreur" : data?.mode === "groupes" ? "groupes" : null;
  useEffect(() => onStatus(status), [onStatus, status]);
  return <Markers data={data} onSelect={onSelect} />;
}
