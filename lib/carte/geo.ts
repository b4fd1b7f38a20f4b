// Distances and boxes on the map (pure, client-safe).
import { LANDES_BBOX } from "@/lib/territoires/landes";
import type { Bbox } from "@/lib/carte/filters";

export const EARTH_RADIUS_KM = 6371;
/** Length of one degree of latitude (and of longitude at the equator). */
export const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

/** The département's box as [minLng, minLat, maxLng, maxLat]. */
export const LANDES_BBOX_ARRAY: Bbox = [
  LANDES_BBOX.minLng,
  LANDES_BBOX.minLat,
  LANDES_BBOX.maxLng,
  LANDES_BBOX.maxLat,
];

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km (the same formula as the SQL in lib/carte/sql.ts). */
export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The box around a circle of `km` around a point (to frame the map on a radius search). */
export function radiusBbox(lat: number, lng: number, km: number): Bbox {
  const dLat = km / KM_PER_DEGREE;
  const dLng = km / (KM_PER_DEGREE * Math.cos(rad(lat)));
  return [lng - dLng, lat - dLat, lng + dLng, lat + dLat];
}

/** True when `inner` lies within `outer`. */
export function bboxContains(outer: Bbox, inner: Bbox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/**
 * Size in degrees of the grid cells that group offers server-side at this zoom: about 60 px
 * on screen (a 256 px tile spans 360 / 2^zoom degrees of longitude).
 */
export function gridCell(zoom: number): { lng: number; lat: number } {
  const lng = ((360 / 2 ** zoom) * 60) / 256;
  // Web Mercator stretches latitude by 1 / cos(lat): ~0.72 in the Landes (44°N).
  return { lng, lat: lng * Math.cos(rad(44)) };
}
