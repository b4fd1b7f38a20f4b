"use client";

import { Marker, TileLayer } from "react-leaflet";
import { LeafletMap } from "@/components/carte/LeafletMap";
import { defaultMarkerIcon } from "@/components/carte/marker-icon";
import type { TileConfig } from "@/components/carte/tiles";

export type SiteMiniMapProps = {
  latitude: number;
  longitude: number;
  tiles: TileConfig;
  /** What the map shows, for assistive technologies (the address text beside it is the real equivalent). */
  label: string;
};

/**
 * A small read-only map with one pin. Every interaction is off, so nothing in it takes the
 * keyboard focus but the attribution links.
 */
export default function SiteMiniMap({ latitude, longitude, tiles, label }: SiteMiniMapProps) {
  return (
    <LeafletMap
      label={label}
      center={[latitude, longitude]}
      zoom={13}
      dragging={false}
      touchZoom={false}
      scrollWheelZoom={false}
      doubleClickZoom={false}
      boxZoom={false}
      keyboard={false}
      zoomControl={false}
      className="h-56 w-full rounded-md border border-gray-400 sm:h-64"
    >
      <TileLayer url={tiles.url} attribution={tiles.attribution} />
      <Marker
        position={[latitude, longitude]}
        icon={defaultMarkerIcon}
        interactive={false}
        keyboard={false}
      />
    </LeafletMap>
  );
}
