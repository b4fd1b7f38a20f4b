import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/actions/result";
import { hasAccess, type SessionUser } from "@/lib/auth/permissions";
import { recordModeration } from "@/lib/moderation/audit";
import { notify } from "@/lib/notifications/mutations";
import { PratiqueErrors } from "@/lib/pratiques/errors";
import type { BonnePratiqueInput, DecisionPratiqueInput } from "@/lib/pratiques/schemas";

/** Submits a good practice for moderation (collège members and staff); returns its id. */
export async function submitBonnePratique(user: SessionUser, input: BonnePratiqueInput): Promise<string> {
  if (!hasAccess(user, ["gouvernance", "staff"])) throw new DomainError(PratiqueErrors.NonMembre);
  if (input.organisationId && !user.organisations.some((o) => o.id === input.organisationId))
    throw new DomainError(PratiqueErrors.OrganisationNonMembre, "organisationId");
  return db.$transaction(async (tx) => {
    const created = await tx.bonnePratique.create({
      data: {
        auteurId: user.id,
        organisationId: input.organisationId ?? null,
        titre: input.titre,
        theme: input.theme,
        contexte: input.contexte,
        actions: input.actions,
        resultats: input.resultats,
        contactOrganisation: input.contactOrganisation,
      },
      select: { id: true },
    });
    await recordModeration(tx, {
      actorId: user.id,
      entityType: "BonnePratique",
      entityId: created.id,
      action: "soumise",
    });
    return created.id;
  });
}

/** Staff decision on a submitted good practice, through the shared moderation trail; the author is told. */
export async function decideBonnePratique(staff: SessionUser, input: DecisionPratiqueInput): Promise<void> {
  if (!hasAccess(staff, "staff")) throw new DomainError(PratiqueErrors.Introuvable);
  const publish = input.decision === "publier";
  const pratique = await db.$transaction(async (tx) => {
    const updated = await tx.bonnePratique.updateMany({
      where: { id: input.pratiqueId, statut: "soumise" },
      data: publish
        ? { statut: "publiee", publieeAt: new Date(), motifRefus: null }
        : { statut: "refusee", motifRefus: input.motif ?? null },
    });
    if (updated.count !== 1) {
      const exists = await tx.bonnePratique.count({ where: { id: input.pratiqueId } });
      throw new DomainError(exists ? PratiqueErrors.DejaModeree : PratiqueErrors.Introuvable);
    }
    await recordModeration(tx, {
      actorId: staff.id,
      entityType: "BonnePratique",
      entityId: input.pratiqueId,
      action: publish ? "approuvee" : "refusee",
      reason: publish ? null : input.motif,
    });
    return tx.bonnePratique.findUniqueOrThrow({
      where: { id: input.pratiqueId },
      select: { titre: true, auteur: { select: { id: true, email: true, prenom: true } } },
    });
  });
  if (!pratique.auteur) return;
  await notify([pratique.auteur], {
    titre: publish ? "Votre bonne pratique est publiée" : "Votre bonne pratique n'a pas été publiée",
    message: publish
      ? `« ${pratique.titre} » est maintenant visible dans la bibliothèque des bonnes pratiques.`
      : `« ${pratique.titre} » a été refusée par la modération. Motif : ${input.motif ?? ""}.`,
    lien: publish ? `/bonnes-pratiques/${input.pratiqueId}` : "/gouvernance/bonnes-pratiques",
  });
}
