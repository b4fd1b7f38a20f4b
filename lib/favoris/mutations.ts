import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/permissions";
import { FavoriErrors } from "@/lib/favoris/errors";
import { favoriKey, isStagePublic } from "@/lib/favoris/queries";
import type { BasculerFavoriInput, FavoriCible } from "@/lib/favoris/schemas";

/** Whether the target is public now, or null when it does not exist. */
async function targetIsPublic(cible: FavoriCible, id: string): Promise<boolean | null> {
  if (cible === "formation") {
    const offre = await db.offreFormation.findUnique({ where: { id }, select: { statut: true } });
    return offre ? offre.statut === "publiee" : null;
  }
  const offre = await db.stageOffre.findUnique({
    where: { id },
    select: { statut: true, finDernierePeriode: true },
  });
  return offre ? isStagePublic(offre) : null;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Adds or removes the user's bookmark of an offer (`intention`, else the opposite of the current
 * state) and returns whether it is bookmarked now. Only a public offer can be added; removing is
 * always allowed and idempotent. A concurrent duplicate add counts as done (unique per user+offer).
 */
export async function toggleFavori(
  user: SessionUser,
  input: BasculerFavoriInput,
): Promise<{ favori: boolean }> {
  const key = favoriKey(user.id, input.cible, input.id);
  const intention = input.intention ?? ((await db.favori.count({ where: key })) > 0 ? "retirer" : "ajouter");
  if (intention === "retirer") {
    await db.favori.deleteMany({ where: key });
    return { favori: false };
  }
  const visible = await targetIsPublic(input.cible, input.id);
  if (visible === null) throw new DomainError(FavoriErrors.Introuvable);
  if (!visible) throw new DomainError(FavoriErrors.NonPubliee);
  try {
    await db.favori.create({ data: key, select: { id: true } });
  } catch (error) {
    // A double click or a second tab got there first: the bookmark exists, which is what was asked.
    if (!isUniqueViolation(error)) throw error;
  }
  return { favori: true };
}
