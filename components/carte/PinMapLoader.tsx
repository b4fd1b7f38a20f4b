"use client";

import dynamic from "next/dynamic";

// Leaflet needs `window`: load it in the browser only.
export const PinMapLoader = dynamic(() => import("@/components/carte/PinMap"), {
  ssr: false,
  loading: () => (
    <p className="flex h-72 items-center justify-center rounded-md border border-gray-400 bg-gray-50 sm:h-96">
      Chargement de la carte…
    </p>
  ),
});
