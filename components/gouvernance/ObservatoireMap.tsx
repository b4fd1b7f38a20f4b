"use client";

import { CircleMarker, TileLayer, Tooltip } from "react-leaflet";
import { LeafletMap } from "@/components/carte/LeafletMap";
import { LANDES_CENTER, type TileConfig } from "@/components/carte/tiles";
import type { Valeur } from "@/lib/gouvernance/tableau-de-bord/types";

export type ObservatoireMapPoint = {
  slug: string;
  nom: string;
  latitude: number;
  longitude: number;
  valeur: Valeur;
};

export type ObservatoireMapProps = { points: ObservatoireMapPoint[]; unite: string; tiles: TileConfig };

const RAYON_MAX = 34;
/** A masked count ("< 5") gets this fixed small neutral circle, never a size from its true value. */
const RAYON_SECRET = 7;

/** Proportional circles per territory (area ∝ value); the table under the map holds the same numbers. */
export default function ObservatoireMap({ points, unite, tiles }: ObservatoireMapProps) {
  const max = Math.max(1, ...points.map((p) => (typeof p.valeur === "number" ? p.valeur : 0)));
  return (
    <LeafletMap
      label={`Carte de l'observatoire : ${unite} par territoire`}
      center={LANDES_CENTER}
      zoom={8}
      scrollWheelZoom={false}
      className="h-[28rem] w-full rounded-md border border-gray-400 sm:h-[34rem]"
    >
      <TileLayer url={tiles.url} attribution={tiles.attribution} />
      {points.map((p) => {
        if (typeof p.valeur === "number") {
          if (p.valeur <= 0) return null;
          return (
            <CircleMarker
              key={p.slug}
              center={[p.latitude, p.longitude]}
              radius={RAYON_MAX * Math.sqrt(p.valeur / max)}
              pathOptions={{ color: "#174a31", weight: 2, fillColor: "#2a7150", fillOpacity: 0.55 }}
            >
              <Tooltip>
                {p.nom} : {p.valeur.toLocaleString("fr-FR")} {unite}
              </Tooltip>
            </CircleMarker>
          );
        }
        if (p.valeur === "< 5")
          return (
            <CircleMarker
              key={p.slug}
              center={[p.latitude, p.longitude]}
              radius={RAYON_SECRET}
              pathOptions={{
                color: "#4b5563",
                weight: 2,
                fillColor: "#d1d5db",
                fillOpacity: 0.9,
                dashArray: "3",
              }}
            >
              <Tooltip permanent direction="right">
                {"< 5"}
              </Tooltip>
            </CircleMarker>
          );
        return null;
      })}
    </LeafletMap>
  );
}
