// CSV export of one indicator (pure): the same values as its table, masked counts included,
// through lib/opendata/csv.ts (French spreadsheet format, formula-like cells neutralised).
import { CSV_BOM, toCsv } from "@/lib/opendata/csv";
import type { Indicateur } from "./types";

/** Header (category, then each series), then one row per line; "< 5" and "non diffusé" stay text. */
export function buildIndicateurCsv(indicateur: Indicateur): string {
  const rows = [
    [indicateur.categorie, ...indicateur.series.map((s) => s.label)],
    ...indicateur.lignes.map((l) => [l.label, ...l.valeurs]),
  ];
  return CSV_BOM + toCsv(rows);
}
