import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/permissions";
import { AnnuaireErrors } from "@/lib/annuaire/errors";
import type { AnnuaireProfilInput } from "@/lib/annuaire/schemas";

/** Saves the directory profile of one of the member's organisations; its links are replaced as a whole. */
export async function saveAnnuaireProfil(user: SessionUser, input: AnnuaireProfilInput): Promise<void> {
  if (!user.organisations.some((o) => o.id === input.organisationId))
    throw new DomainError(AnnuaireErrors.NonMembre);
  await db.$transaction([
    db.organisation.update({
      where: { id: input.organisationId },
      data: {
        annuaireVisible: input.annuaireVisible,
        presentation: input.presentation ?? null,
        siteWeb: input.siteWeb ?? null,
      },
    }),
    db.organisationLien.deleteMany({ where: { organisationId: input.organisationId } }),
    db.organisationLien.createMany({
      data: input.liens.map((l, ordre) => ({ organisationId: input.organisationId, ...l, ordre })),
    }),
  ]);
}
