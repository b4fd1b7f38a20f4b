import "server-only";
import { env } from "@/lib/env";
import type { TileConfig } from "@/components/carte/tiles";

export function getTileConfig(): TileConfig {
  return { url: env.MAP_TILES_URL, attribution: env.MAP_TILES_ATTRIBUTION };
}
