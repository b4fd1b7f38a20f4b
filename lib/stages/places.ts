// Giving back the place of an accepted application (pure of server-only imports: the account
// deletion of `npm run rgpd:purger` uses it too).
import type { Prisma } from "@/generated/prisma/client";

/** One more remaining place on offer `offreId` (never above its places); a filled offer reopens. */
export function releasePlace(tx: Prisma.TransactionClient, offreId: string) {
  return tx.$executeRaw`
    UPDATE "StageOffre"
    SET "placesRestantes" = "placesRestantes" + 1,
        statut = CASE WHEN statut = 'pourvue'::"StageStatut" THEN 'publiee'::"StageStatut" ELSE statut END,
        "updatedAt" = now()
    WHERE id = ${offreId} AND "placesRestantes" < places`;
}
