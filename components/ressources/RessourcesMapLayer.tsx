"use client";

import L from "leaflet";
import { useMemo } from "react";
import { Marker, Popup } from "react-leaflet";
import { agregatLabel, type RessourceCommuneAgregat } from "@/lib/ressources/constants";

// The pooled housing and mobility layer of the stage map: one square badge per commune, with text
// ("Héb. 2", "Mob. 1"), so it differs from the stage pins (drop-shaped images) by shape and by text.

function badgeIcon(a: RessourceCommuneAgregat): L.DivIcon {
  const lines = [
    a.hebergement > 0 ? `<span>Héb. ${a.hebergement}</span>` : "",
    a.mobilite > 0 ? `<span>Mob. ${a.mobilite}</span>` : "",
  ].join("");
  const height = a.hebergement > 0 && a.mobilite > 0 ? 40 : 24;
  return L.divIcon({
    html: `<span class="ressource-badge" aria-hidden="true">${lines}</span>`,
    className: "ressource-marker",
    iconSize: [58, height],
    // Up and to the right of the commune's centre, so that a stage group there stays readable.
    iconAnchor: [-12, height + 6],
    popupAnchor: [41, -(height + 6)],
  });
}

const onPopupAdd = (event: L.LeafletEvent) => {
  // Leaflet labels its close button in English.
  const button = (event.target as L.Popup).getElement()?.querySelector(".leaflet-popup-close-button");
  button?.setAttribute("aria-label", "Fermer");
  button?.setAttribute("title", "Fermer");
};

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
            <Popup eventHandlers={{ add: onPopupAdd }}>
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
