"use client";

import dynamic from "next/dynamic";

// Leaflet needs `window`: load it in the browser only.
export const SiteMiniMapLoader = dynamic(() => import("@/components/carte/SiteMiniMap"), {
  ssr: false,
  loading: () => (
    <p className="flex h-56 items-center justify-center rounded-md border border-gray-400 bg-gray-50 sm:h-64">
      Chargement de la carte…
    </p>
  ),
});
