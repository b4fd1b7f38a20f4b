import "server-only";
import { db } from "@/lib/db";

/** Sizes of the two stage moderation queues, for the moderation hub (staff; the caller checks the role). */
export async function countStageModerationQueues() {
  const [offres, signalements] = await Promise.all([
    db.stageOffre.count({ where: { statut: "soumise" } }),
    db.signalement.count({ where: { statut: "ouvert" } }),
  ]);
  return { offres, signalements };
}
