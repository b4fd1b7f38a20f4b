// Moderation history of the demo offers: the seed writes offers already submitted, published or
// refused, so it writes the audit entries the app would have written on the way ("moderation.soumise"
// by a member of the organisation, "moderation.approuvee" or "moderation.refusee" by the staff
// persona), in the shape of lib/moderation/audit.ts. Idempotent: stable ids, upserted.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { personas } from "@/prisma/personas";

/** Prefix of the audit entries written here (the entity id and the action follow). */
export const DEMO_MODERATION_ID_PREFIX = "demo-moderation-";

const TABLES = [
  { table: Prisma.raw(`"StageOffre"`), entityType: "StageOffre" },
  { table: Prisma.raw(`"OffreFormation"`), entityType: "OffreFormation" },
] as const;

/** Writes the submission, publication and refusal entries of every demo offer ("demo-…" ids). */
export async function seedDemoModerationHistory(db: PrismaClient): Promise<number> {
  let written = 0;
  for (const { table, entityType } of TABLES) {
    written += await db.$executeRaw`
      INSERT INTO "AuditLog" ("id", "actorId", "action", "entityType", "entityId", "reason", "createdAt")
      SELECT ${DEMO_MODERATION_ID_PREFIX} || o.id || '-' || e.action, e.actor, 'moderation.' || e.action,
        ${entityType}, o.id, e.reason, e.at
      FROM ${table} o
      CROSS JOIN LATERAL (VALUES
        -- Submitted by the organisation's first member (none for the generated employers: no account).
        ('soumise', (SELECT m."userId" FROM "OrganisationMember" m WHERE m."organisationId" = o."organisationId"
                     ORDER BY m."createdAt", m."userId" LIMIT 1),
          NULL::text, COALESCE(o."soumiseAt", o."publieeAt")),
        ('approuvee', ${personas.staff.id}, NULL::text, o."publieeAt"),
        -- The demo refusals have no decision time of their own: two hours after the submission.
        ('refusee', ${personas.staff.id}, o."motifRefus",
          CASE WHEN o.statut::text = 'refusee' THEN o."soumiseAt" + interval '2 hours' END)
      ) AS e(action, actor, reason, at)
      WHERE o.id LIKE 'demo-%' AND e.at IS NOT NULL
      ON CONFLICT ("id") DO UPDATE SET
        "actorId" = EXCLUDED."actorId", "reason" = EXCLUDED."reason", "createdAt" = EXCLUDED."createdAt"`;
  }
  return written;
}
