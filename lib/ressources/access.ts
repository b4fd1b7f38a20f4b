import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";

/** Filter of the resources `user` owns: those of their organisations, and their own as a person. */
export function ressourcesOwnedWhere(
  user: Pick<SessionUser, "id" | "organisations">,
): Prisma.RessourceWhereInput {
  return {
    OR: [{ organisationId: { in: user.organisations.map((o) => o.id) } }, { proprietaireId: user.id }],
  };
}
