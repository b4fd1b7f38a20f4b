"use client";

import L from "leaflet";
import { useMemo } from "react";
import { Marker, Popup } from "react-leaflet";
import { agregatLabel, type RessourceCommuneAgregat } from "@/lib/ressources/constants";

// The pooled housing and mobility layer of the stage map: one square badge per commune, with text
// in full words ("Hébergement 2", "Mobilité 1"), so it differs from the stage pins (drop-shaped
// images) by shape and by text, and needs no legend to be understood.

/** Fits "Hébergement 99" at 12 px bold. */
const BADGE_WIDTH = 112;

function badgeIcon(a: RessourceCommuneAgregat): L.DivIcon {
  const lines = [
    a.hebergement > 0 ? `<span>Hébergement ${a.hebergement}</span>` : "",
    a.mobilite > 0 ? `<span>Mobilité ${a.mobilite}</span>` : "",
  ].join("");
  const height = a.hebergement > 0 && a.mobilite > 0 ? 40 : 24;
  return L.divIcon({
    html: `<span class="ressource-badge" aria-hidden="true">${lines}</span>`,
    className: "ressource-marker",
    iconSize: [BADGE_WIDTH, height],
    // Up and to the right of the commune's centre, so that a stage group there stays readable.
    iconAnchor: [-12, height + 6],
    popupAnchor: [12 + BADGE_WIDTH / 2, -(height + 6)],
  });
}

export function RessourcesMapLayer({ communes }: { communes: RessourceCommuneAgregat[] }) {
  const markers = useMemo(
    () =>
      communes.map((a) => {
        const label = `${a.nom} : ${agregatLabel(a)} (ressources mutualisées)`;
        return (
          <Marker
            key={a.code}
            position={[a.latitude, a.longitude]}
            icon={badgeIcon(a)}
            title={label}
            alt={label}
            zIndexOffset={500}
          >
            <Popup>
              <p className="text-base font-semibold">{a.nom}</p>
              <p>{agregatLabel(a)}</p>
              <p>
                <a href={`/ressources?commune=${a.code}&rayon=10`}>Voir ces ressources</a>
              </p>
            </Popup>
          </Marker>
        );
      }),
    [communes],
  );
  return <>{markers}</>;
}
