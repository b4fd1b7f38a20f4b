// Statistical secrecy: no person may be singled out from a dashboard, the observatory or an export.
// Every figure that counts people or their applications, requests or evaluations goes through
// `applySecret`, the one function that decides what is shown; it runs on the indicator's data
// itself, so the table, the chart, the CSV and the observatory map show the same masked value.

/** Counts below this are never shown. */
export const SEUIL_DIFFUSION = 5;
/** What replaces a masked count. */
export const SECRET = "< 5";
/** What replaces a rate or a median computed on fewer than 5 people (or that would reveal a masked count). */
export const NON_DIFFUSE = "non diffusé (effectif < 5)";

/** What replaces a total that, with the rows shown beside it, would give away a masked count. */
export const TOTAL_MASQUE = "non diffusé (révélerait un effectif < 5)";

/** The sentence that tells, under an indicator, why some figures read "< 5". */
export const SECRET_NOTE =
  " Les effectifs de 1 à 4 sont affichés « < 5 » pour qu'aucune personne ne soit reconnaissable.";

export type Secret = typeof SECRET;
export type NonDiffuse = typeof NON_DIFFUSE;
export type TotalMasque = typeof TOTAL_MASQUE;

/**
 * A figure before the rule. `effectif`: a count of people (or of their applications, requests,
 * evaluations); `taux`: a percentage of such a count; `statistique`: a median (or any statistic)
 * over `population` of them. A plain number or null is not about people and is shown as it is.
 */
export type Mesure =
  | { effectif: number }
  | { taux: { numerateur: number; denominateur: number } }
  | { statistique: number | null; population: number }
  | number
  | null;

/** A row of figures before the rule; a `total` row sums the others, column by column. */
export type LigneMesuree = { label: string; total?: boolean; mesures: readonly Mesure[] };

/** A figure as it may be shown. */
export type ValeurDiffusee = number | Secret | NonDiffuse | TotalMasque | null;

export type SecretOptions = {
  /**
   * Mask 0 as well ("< 5" for 0 to 4): for public figures on social needs, where a change from 0
   * to "< 5" between two visits would reveal a new request in a small territory.
   */
  masquerZero?: boolean;
};

function isEffectif(m: Mesure): m is { effectif: number } {
  return m !== null && typeof m === "object" && "effectif" in m;
}

function masked(n: number, options: SecretOptions): boolean {
  return n < SEUIL_DIFFUSION && (n >= 1 || options.masquerZero === true);
}

/**
 * The figures of a breakdown as they may be shown:
 * - a count of 1 to 4 (0 to 4 with `masquerZero`) becomes "< 5";
 * - a total becomes "non diffusé" as soon as one row of its column is masked (subtracting the rows
 *   shown would reveal it: seven territories at "< 5" and a total of 7 means one in each);
 * - a rate is not shown on fewer than 5, when its numerator is a masked count, nor when a count of
 *   its row is masked (with the rate, it would give that count back);
 * - a median is not shown on a population of fewer than 5.
 */
export function applySecret(
  lignes: readonly LigneMesuree[],
  options: SecretOptions = {},
): { label: string; total?: boolean; valeurs: ValeurDiffusee[] }[] {
  const parts = lignes.filter((l) => !l.total);
  const columnMasked = (col: number) =>
    parts.some((l) => {
      const m = l.mesures[col] ?? null;
      return isEffectif(m) && masked(m.effectif, options);
    });
  return lignes.map((ligne) => {
    const counts: ValeurDiffusee[] = ligne.mesures.map((m, col) => {
      if (!isEffectif(m)) return null;
      if (masked(m.effectif, options)) return SECRET;
      return ligne.total && columnMasked(col) ? TOTAL_MASQUE : m.effectif;
    });
    const rowMasked = counts.some((v) => typeof v === "string");
    const valeurs = ligne.mesures.map((m, col): ValeurDiffusee => {
      if (m === null || typeof m === "number") return m;
      if ("effectif" in m) return counts[col] ?? null;
      if ("taux" in m) {
        const { numerateur, denominateur } = m.taux;
        if (denominateur === 0) return null;
        if (denominateur < SEUIL_DIFFUSION || masked(numerateur, options) || rowMasked) return NON_DIFFUSE;
        return Math.round((1000 * numerateur) / denominateur) / 10;
      }
      if (m.population === 0 || m.statistique === null) return null;
      return m.population < SEUIL_DIFFUSION ? NON_DIFFUSE : m.statistique;
    });
    return { label: ligne.label, ...(ligne.total !== undefined && { total: ligne.total }), valeurs };
  });
}
