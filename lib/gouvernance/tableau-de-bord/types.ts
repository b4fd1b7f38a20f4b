// The one shape of every indicator of the dashboard and the observatory (pure): the chart, the
// data table and the CSV export are all drawn from it, so they cannot differ.
import type { ValeurDiffusee } from "@/lib/gouvernance/suppression";

/** `Prisma.Sql` runner: the app passes lib/db.ts, the benchmark its own client. */
export type { SqlRunner } from "@/lib/carte/sql";

/** A value as shown: a number, a masked count ("< 5"), a masked statistic, or nothing (no population). */
export type Valeur = ValeurDiffusee;

export type Format = "nombre" | "pourcentage" | "jours";

export type Serie = {
  label: string;
  format: Format;
  /** drawn in the chart (counts); the others are in the table only */
  graphique?: boolean;
};

export type Ligne = { label: string; valeurs: Valeur[]; total?: boolean };

export type Indicateur = {
  id: string;
  titre: string;
  /** one or two sentences: what is counted, over which period */
  description: string;
  /** header of the first column */
  categorie: string;
  series: Serie[];
  lignes: Ligne[];
};

/** Filters every data function takes: "YYYY-MM-DD" days, both included; a Territoire.id or none. */
export type PeriodeFiltre = { debut: string; fin: string; territoireId?: string };

/** True when no line holds a non-zero value: the widget says "Aucune donnée sur la période". */
export function isIndicateurVide(indicateur: Indicateur): boolean {
  return !indicateur.lignes.some((l) => !l.total && l.valeurs.some((v) => v !== null && v !== 0));
}

/** Number from a SQL aggregate (bigint, numeric or null) as a JS number. */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return typeof value === "number" ? value : Number(value);
}

/** A median in days from SQL (seconds or days), one decimal; null stays null. */
export function toJours(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return Math.round(Number(value) * 10) / 10;
}
