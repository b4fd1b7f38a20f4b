"use client";

import L from "leaflet";
import iconUrl from "leaflet/dist/images/marker-icon.png";
import iconRetinaUrl from "leaflet/dist/images/marker-icon-2x.png";
import shadowUrl from "leaflet/dist/images/marker-shadow.png";

// Turbopack yields a string for PNGs from node_modules but an object for the app's own (STACK.md).
const src = (m: string | { src: string }) => (typeof m === "string" ? m : m.src);

export const defaultMarkerIcon = L.icon({
  iconUrl: src(iconUrl),
  iconRetinaUrl: src(iconRetinaUrl),
  shadowUrl: src(shadowUrl),
  iconSize: [25, 41],
  iconAnchor: [12, 41],
  popupAnchor: [1, -34],
  shadowSize: [41, 41],
});
