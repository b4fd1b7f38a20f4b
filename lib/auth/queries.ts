import "server-only";
import { db } from "@/lib/db";
import { effectiveRoles, type SessionUser } from "@/lib/auth/permissions";

/** The person's current roles and organisations, read from the database (never from the cookie). */
export async function getSessionUser(userId: string): Promise<SessionUser | null> {
  const [user, collegeMemberships] = await Promise.all([
    db.user.findUnique({
      where: { id: userId },
      select: {
        id: true,
        email: true,
        prenom: true,
        nom: true,
        roles: true,
        memberships: {
          select: {
            organisation: { select: { id: true, nom: true, type: true, statut: true, communeCode: true } },
          },
          orderBy: { createdAt: "asc" },
        },
      },
    }),
    // An accepted collège membership, the person's own or one of their organisations', gives "gouvernance".
    db.collegeMembership.count({
      where: {
        statut: "acceptee",
        OR: [{ userId }, { organisation: { members: { some: { userId } } } }],
      },
    }),
  ]);
  if (!user) return null;
  const organisations = user.memberships.map((m) => m.organisation);
  return {
    id: user.id,
    email: user.email,
    prenom: user.prenom,
    nom: user.nom,
    organisations,
    roles: effectiveRoles(user.roles, organisations, { collegeMember: collegeMemberships > 0 }),
  };
}
