// Expiry of offers whose last period has ended. Takes the client as a parameter (no server-only
// import) so the scheduled command (scripts/stages-expirer.ts) and the app share it.
import type { PrismaClient } from "@/generated/prisma/client";
import { dateFromIso, todayInParis } from "@/lib/dates";

/** Moves published or submitted offers whose last period ended before `today` to "expiree"; returns how many. */
export async function expireStageOffres(
  db: Pick<PrismaClient, "stageOffre">,
  today: string = todayInParis(),
): Promise<number> {
  const { count } = await db.stageOffre.updateMany({
    where: { statut: { in: ["publiee", "soumise"] }, finDernierePeriode: { lt: dateFromIso(today) } },
    data: { statut: "expiree" },
  });
  return count;
}
