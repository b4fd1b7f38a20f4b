import "server-only";
import { db } from "@/lib/db";
import { todayInParis } from "@/lib/dates";
import { loadObservatoire, type Observatoire, type ObservatoireId } from "./observatoire";

/** Public observatory data (aggregates per territory only). */
export function getObservatoire(id: ObservatoireId): Promise<Observatoire> {
  return loadObservatoire((query) => db.$queryRaw(query), id, todayInParis());
}
