// Anonymisation of closed requests after the retention. Takes the client as a parameter (no
// server-only import) so the scheduled command (scripts/freins-anonymiser.ts) and tests share it.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { STATUTS_CLOS } from "@/lib/freins/constants";

export const DESCRIPTION_ANONYMISEE = "Demande anonymisée après la durée de conservation.";

/** The date before which a request closed is past the retention of `mois` months. */
export function retentionLimit(mois: number, now: Date = new Date()): Date {
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - mois);
  return limit;
}

/**
 * Anonymises requests closed (resolue, sans_solution, abandonnee) more than `mois` months ago: the
 * learner, description, context and phone go, messages and notes are deleted; needs, territory,
 * commune, dates and status stay for the dashboards. Idempotent; returns how many were anonymised.
 */
export async function anonymiseDemandesCloses(
  db: Pick<PrismaClient, "$transaction">,
  mois: number,
  now: Date = new Date(),
): Promise<number> {
  const limit = retentionLimit(mois, now);
  return db.$transaction(async (tx) => {
    const where = {
      statut: { in: [...STATUTS_CLOS] },
      clotureAt: { lt: limit },
      anonymiseeAt: null,
    };
    const ids = (await tx.demandeAide.findMany({ where, select: { id: true } })).map((d) => d.id);
    if (ids.length === 0) return 0;
    return anonymiseDemandeList(tx, ids, DESCRIPTION_ANONYMISEE, now);
  });
}

/**
 * Anonymises the requests `ids` inside `tx`: learner, description, context, phone and reason go,
 * messages and notes are deleted; what the dashboards count stays. Returns how many were updated.
 */
export async function anonymiseDemandeList(
  tx: Prisma.TransactionClient,
  ids: string[],
  description: string,
  now: Date,
): Promise<number> {
  await tx.demandeMessage.deleteMany({ where: { demandeId: { in: ids } } });
  await tx.demandeNote.deleteMany({ where: { demandeId: { in: ids } } });
  const { count } = await tx.demandeAide.updateMany({
    where: { id: { in: ids } },
    data: {
      apprenantId: null,
      description,
      contexte: null,
      telephone: null,
      motifSansSolution: null,
      anonymiseeAt: now,
    },
  });
  return count;
}
