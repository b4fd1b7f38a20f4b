import "server-only";
import { db } from "@/lib/db";
import { sortByName } from "@/lib/collation";
import { todayInParis } from "@/lib/dates";
import { loadIndicateur, type IndicateurId } from "./indicateurs";
import type { Indicateur, PeriodeFiltre, SqlRunner } from "./types";

const run: SqlRunner = (query) => db.$queryRaw(query);

/** One indicator of the dashboard (aggregates only) for the filters. Callers check access. */
export function getIndicateur(id: IndicateurId, f: PeriodeFiltre): Promise<Indicateur> {
  return loadIndicateur(run, id, f, todayInParis());
}

export type TerritoireOption = { id: string; value: string; label: string };

/** Territories for the filter, alphabetical (value: slug). */
export async function getTerritoireOptionList(): Promise<TerritoireOption[]> {
  const rows = await db.territoire.findMany({ select: { id: true, slug: true, nom: true } });
  return sortByName(rows, (t) => t.nom).map((t) => ({ id: t.id, value: t.slug, label: t.nom }));
}
