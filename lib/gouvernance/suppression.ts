// Statistical secrecy of barrier requests (demandes d'aide): no learner may be singled out from a
// dashboard, the observatory or an export. Applied to the widget data itself, so the table, the
// chart and the CSV show the same masked value.

/** Counts below this (and above 0) are never shown. */
export const SEUIL_DIFFUSION = 5;
/** What replaces a count from 1 to 4. */
export const SECRET = "< 5";
/** What replaces a rate or a median computed on fewer than 5 requests. */
export const NON_DIFFUSE = "non diffusé (effectif < 5)";

/** What replaces a total that, with the rows shown beside it, would give away a masked count. */
export const TOTAL_MASQUE = "non diffusé (révélerait un effectif < 5)";

export type Secret = typeof SECRET;
export type NonDiffuse = typeof NON_DIFFUSE;
export type TotalMasque = typeof TOTAL_MASQUE;
/** A count about requests, as it may be shown. */
export type Effectif = number | Secret;

/** A count from 1 to 4 becomes "< 5"; 0 and counts of 5 or more are shown as they are. */
export function suppressSmallCount(n: number): Effectif {
  return n >= 1 && n < SEUIL_DIFFUSION ? SECRET : n;
}

/**
 * The total of a breakdown whose rows are `parts`: masked as soon as one row is, because subtracting
 * the rows shown from the total would reveal the masked ones (e.g. seven territories at "< 5" and a
 * total of 7 means one request in each).
 */
export function suppressTotal(total: number, parts: readonly number[]): Effectif | TotalMasque {
  if (total >= 1 && total < SEUIL_DIFFUSION) return SECRET;
  return parts.some((n) => suppressSmallCount(n) === SECRET) ? TOTAL_MASQUE : total;
}

/**
 * A percentage (one decimal) of `numerateur` over `denominateur` requests: null without population;
 * not shown when the population is below 5, nor when it would give away a masked count (1 to 4
 * requests on either side of it).
 */
export function suppressRate(numerateur: number, denominateur: number): number | NonDiffuse | null {
  if (denominateur === 0) return null;
  const reste = denominateur - numerateur;
  if (
    denominateur < SEUIL_DIFFUSION ||
    suppressSmallCount(numerateur) === SECRET ||
    suppressSmallCount(reste) === SECRET
  )
    return NON_DIFFUSE;
  return Math.round((1000 * numerateur) / denominateur) / 10;
}

/** A median (or any statistic) over `population` requests: null without one, not shown below 5. */
export function suppressStatistic(value: number | null, population: number): number | NonDiffuse | null {
  if (population === 0 || value === null) return null;
  return population < SEUIL_DIFFUSION ? NON_DIFFUSE : value;
}
