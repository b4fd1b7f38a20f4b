"use client";

import { useEffect, useMemo } from "react";
import { Marker, TileLayer, useMap } from "react-leaflet";
import type { LeafletEvent, Marker as LeafletMarker } from "leaflet";
import { LeafletMap } from "@/components/carte/LeafletMap";
import { defaultMarkerIcon } from "@/components/carte/marker-icon";
import type { TileConfig } from "@/components/carte/tiles";

export type PinMapProps = {
  latitude: number;
  longitude: number;
  tiles: TileConfig;
  onMove: (latitude: number, longitude: number) => void;
  label: string;
};

function Recenter({ latitude, longitude }: { latitude: number; longitude: number }) {
  const map = useMap();
  useEffect(() => {
    map.setView([latitude, longitude], map.getZoom(), { animate: false });
  }, [map, latitude, longitude]);
  return null;
}

/** A map with one draggable pin; the numeric fields beside it are the keyboard equivalent. */
export default function PinMap({ latitude, longitude, tiles, onMove, label }: PinMapProps) {
  const handlers = useMemo(
    () => ({
      dragend(event: LeafletEvent) {
        const { lat, lng } = (event.target as LeafletMarker).getLatLng();
        onMove(Number(lat.toFixed(6)), Number(lng.toFixed(6)));
      },
    }),
    [onMove],
  );
  return (
    <LeafletMap
      label={`Carte pour placer le site : ${label}`}
      center={[latitude, longitude]}
      zoom={13}
      scrollWheelZoom={false}
      className="h-72 w-full rounded-md border border-gray-400 sm:h-96"
    >
      <TileLayer url={tiles.url} attribution={tiles.attribution} />
      <Marker
        position={[latitude, longitude]}
        draggable
        icon={defaultMarkerIcon}
        eventHandlers={handlers}
        title={label}
        alt={label}
      />
      <Recenter latitude={latitude} longitude={longitude} />
    </LeafletMap>
  );
}
