// Bounding box of the Landes département, for validating coordinates (pure, client-safe).

export type Bbox = { minLat: number; maxLat: number; minLng: number; maxLng: number };

/**
 * Box of the département from @etalab/fr-bounding-boxes (IGN ADMIN EXPRESS), rounded outward
 * to 3 decimals; a unit test checks it against the box computed from the package.
 */
export const LANDES_BBOX: Readonly<Bbox> = Object.freeze({
  minLat: 43.487,
  maxLat: 44.533,
  minLng: -1.525,
  maxLng: 0.137,
});

/**
 * True when the point lies inside the département's bounding box. A rectangle: it also accepts
 * points just across the border (Gironde, Gers, Pyrénées-Atlantiques), never points far away.
 */
export function isInLandes(lat: number, lng: number): boolean {
  return (
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    lat >= LANDES_BBOX.minLat &&
    lat <= LANDES_BBOX.maxLat &&
    lng >= LANDES_BBOX.minLng &&
    lng <= LANDES_BBOX.maxLng
  );
}
