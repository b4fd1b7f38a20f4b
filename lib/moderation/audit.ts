import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// The one moderation mechanism shared by every moderated record (stage offers, training offers,
// resources, good practices): each decision is an audit entry "moderation.<action>" on the record.

export const MODERATION_ACTIONS = {
  soumise: "Soumise à la modération",
  approuvee: "Publiée par la modération",
  refusee: "Refusée par la modération",
  depubliee: "Retirée après signalement",
  signalement_rejete: "Signalement écarté",
  archivee: "Archivée par l'organisation",
} as const;
export type ModerationAction = keyof typeof MODERATION_ACTIONS;

export type ModeratedEntity =
  "StageOffre" | "OffreFormation" | "Ressource" | "FamilleAccueil" | "BonnePratique" | "CollegeMembership";

/** Records a moderation step in the audit trail, inside the caller's transaction. */
export function recordModeration(
  tx: Prisma.TransactionClient,
  entry: {
    actorId: string;
    entityType: ModeratedEntity;
    entityId: string;
    action: ModerationAction;
    reason?: string | null;
  },
) {
  return tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: `moderation.${entry.action}`,
      entityType: entry.entityType,
      entityId: entry.entityId,
      reason: entry.reason ?? null,
    },
  });
}
