import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";

// The one visibility rule of barrier requests (demandes d'aide), used by every query and mutation:
// the learner who made it, the agents of the cell of its territory, and staff. No one else.

/** Prisma filter of the requests `user` may read as a learner (their own). */
export function demandesOfApprenantWhere(user: Pick<SessionUser, "id">): Prisma.DemandeAideWhereInput {
  return { apprenantId: user.id };
}

/**
 * Prisma filter of the requests `user` may handle as an agent or staff: all for staff, those of the
 * territories whose cell lists the user as agent for the `cellule` role, none otherwise.
 */
export function demandesOfAgentWhere(
  user: Pick<SessionUser, "id" | "roles">,
): Prisma.DemandeAideWhereInput | null {
  if (user.roles.includes("staff")) return {};
  if (user.roles.includes("cellule")) {
    return { territoire: { cellule: { agents: { some: { userId: user.id } } } } };
  }
  return null;
}

/** True when `user` handles requests of the territory `territoireId` (staff: every territory). */
export async function isAgentOfTerritoire(
  tx: Prisma.TransactionClient,
  user: Pick<SessionUser, "id" | "roles">,
  territoireId: string,
): Promise<boolean> {
  if (user.roles.includes("staff")) return true;
  if (!user.roles.includes("cellule")) return false;
  const agent = await tx.celluleAgent.findFirst({
    where: { userId: user.id, cellule: { territoireId } },
    select: { userId: true },
  });
  return agent !== null;
}
