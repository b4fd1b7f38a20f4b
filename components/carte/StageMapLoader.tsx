"use client";

import dynamic from "next/dynamic";

/** Height of the stage map and of its placeholder: half the screen on phones, the window's on large screens. */
export const STAGE_MAP_HEIGHT = "h-[55vh] min-h-80 max-h-[36rem] lg:h-[calc(100vh-2rem)] lg:max-h-[52rem]";

// Leaflet needs `window`: load it in the browser only.
export const StageMapLoader = dynamic(() => import("@/components/carte/StageMap"), {
  ssr: false,
  loading: () => (
    <p
      className={`flex items-center justify-center rounded-md border border-gray-400 bg-gray-50 ${STAGE_MAP_HEIGHT}`}
    >
      Chargement de la carte…
    </p>
  ),
});
