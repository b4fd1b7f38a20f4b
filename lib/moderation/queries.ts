import "server-only";
import { db } from "@/lib/db";
import { MODERATION_ACTIONS, type ModeratedEntity, type ModerationAction } from "@/lib/moderation/audit";

/** A record's moderation history, oldest first, with who decided (the caller checks access). */
export async function getModerationHistory(entityType: ModeratedEntity, entityId: string) {
  const entries = await db.auditLog.findMany({
    where: { entityType, entityId, action: { startsWith: "moderation." } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      action: true,
      reason: true,
      createdAt: true,
      actor: { select: { prenom: true, nom: true } },
    },
  });
  return entries.map((e) => {
    const action = e.action.slice("moderation.".length) as ModerationAction;
    return {
      id: e.id,
      action,
      libelle: MODERATION_ACTIONS[action] ?? e.action,
      reason: e.reason,
      createdAt: e.createdAt,
      auteur: e.actor ? `${e.actor.prenom} ${e.actor.nom}` : "Compte supprimé",
    };
  });
}
