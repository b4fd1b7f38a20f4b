// Tile source passed from the server (lib/env.ts) to client maps, so it is runtime configuration.
export type TileConfig = { url: string; attribution: string };

/** Centre of the Landes, for maps with nothing to show yet. */
export const LANDES_CENTER: [number, number] = [43.96, -0.78];
