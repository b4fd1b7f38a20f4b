import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getStageDetail } from "@/lib/stages/queries";

/** getStageDetail for the current visitor, once per request (shared by generateMetadata and the page). */
export const getStageDetailForVisitor = cache(async (id: string) =>
  getStageDetail(id, await getCurrentUser()),
);

/** The learner's application to this offer that is still under way (sent, read or accepted), or null. */
export function getCandidatureEnCours(user: SessionUser, offreId: string) {
  return db.candidature.findFirst({
    where: { offreId, apprenantId: user.id, statut: { in: ["envoyee", "lue", "acceptee"] } },
    orderBy: { createdAt: "desc" },
    select: { id: true, statut: true, createdAt: true },
  });
}
