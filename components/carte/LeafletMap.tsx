"use client";

// The one Leaflet map setup of the portal: every map (stages, training sites, directory, observatory,
// site pickers) is a <LeafletMap>, so all speak French and all have a name for screen readers.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, type ReactNode } from "react";
import { MapContainer, useMap, type MapContainerProps } from "react-leaflet";

// Leaflet's controls are in English; their defaults are set once, before any map is created.
L.Control.Zoom.mergeOptions({ zoomInTitle: "Zoomer", zoomOutTitle: "Dézoomer" });
L.Control.Attribution.mergeOptions({
  prefix:
    '<a href="https://leafletjs.com" hreflang="en" title="Leaflet, bibliothèque JavaScript de cartes interactives">Leaflet</a>',
});

/** Labels of what Leaflet writes in English outside the controls' options (popups' close button). */
export const LEAFLET_FR = { fermer: "Fermer" } as const;

function FrenchMap({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    // The map container takes the keyboard focus (arrows move, +/- zoom): a named region.
    const container = map.getContainer();
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", label);
    container.setAttribute("aria-roledescription", "carte");
    const onPopup = (event: L.PopupEvent) => {
      const close = event.popup.getElement()?.querySelector(".leaflet-popup-close-button");
      close?.setAttribute("aria-label", LEAFLET_FR.fermer);
      close?.setAttribute("title", LEAFLET_FR.fermer);
    };
    map.on("popupopen", onPopup);
    return () => {
      map.off("popupopen", onPopup);
    };
  }, [map, label]);
  return null;
}

export type LeafletMapProps = MapContainerProps & {
  /** What the map shows, read by screen readers ("Carte des offres de stage"). */
  label: string;
  children?: ReactNode;
};

/** A react-leaflet MapContainer with French controls and a name. */
export function LeafletMap({ label, children, ...props }: LeafletMapProps) {
  return (
    <MapContainer {...props}>
      <FrenchMap label={label} />
      {children}
    </MapContainer>
  );
}
