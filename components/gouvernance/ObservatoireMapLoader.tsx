"use client";

import dynamic from "next/dynamic";

// Leaflet needs `window`: load it in the browser only.
export const ObservatoireMapLoader = dynamic(() => import("@/components/gouvernance/ObservatoireMap"), {
  ssr: false,
  loading: () => (
    <p className="flex h-[28rem] items-center justify-center rounded-md border border-gray-400 bg-gray-50 sm:h-[34rem]">
      Chargement de la carte…
    </p>
  ),
});
