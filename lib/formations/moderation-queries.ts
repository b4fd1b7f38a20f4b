import "server-only";
import { db } from "@/lib/db";
import { FORMATION_DETAIL_SELECT } from "@/lib/formations/organisme-queries";

/** How many training offers wait for moderation (staff; the caller checks the role). */
export function countFormationModerationQueue(): Promise<number> {
  return db.offreFormation.count({ where: { statut: "soumise" } });
}

/** Submitted training offers, oldest submission first, as their page will show them (staff; the caller checks the role). */
export function getFormationModerationQueue() {
  return db.offreFormation.findMany({
    where: { statut: "soumise" },
    orderBy: [{ soumiseAt: "asc" }, { id: "asc" }],
    select: FORMATION_DETAIL_SELECT,
  });
}
