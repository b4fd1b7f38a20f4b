import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/actions/result";
import { hasAccess, type SessionUser } from "@/lib/auth/permissions";
import { dateFromIso } from "@/lib/dates";
import { recordModeration } from "@/lib/moderation/audit";
import { getOrganisationRecipientList, notify } from "@/lib/notifications/mutations";
import { FormationErrors } from "@/lib/formations/errors";
import type { OffreFormationInput } from "@/lib/formations/schemas";

function assertMember(user: SessionUser, organisationId: string): void {
  // Not a member: the same answer as a missing record, so ids reveal nothing.
  if (!user.organisations.some((o) => o.id === organisationId && o.type === "organisme_formation")) {
    throw new DomainError(FormationErrors.Introuvable);
  }
}

/**
 * Creates or updates a training offer of the user's training body. Any save of a submitted or
 * published offer with intent "soumettre" goes (back) through moderation, as stage offers do.
 */
export async function saveOffreFormation(user: SessionUser, input: OffreFormationInput): Promise<string> {
  assertMember(user, input.organisationId);
  const organisation = user.organisations.find((o) => o.id === input.organisationId)!;
  if (input.intent === "soumettre" && organisation.statut !== "verifiee") {
    throw new DomainError(FormationErrors.OrganisationNonVerifiee);
  }
  const siteIds = [...new Set(input.sessions.map((s) => s.siteId))];
  const [diplome, sites] = await Promise.all([
    db.diplome.count({ where: { id: input.diplomeId } }),
    db.site.count({ where: { id: { in: siteIds }, organisationId: input.organisationId } }),
  ]);
  if (!diplome) throw new DomainError(FormationErrors.DiplomeInconnu, "diplomeId");
  if (sites !== siteIds.length) throw new DomainError(FormationErrors.SiteInconnu, "sessions");

  const submitted = input.intent === "soumettre";
  const data = {
    diplomeId: input.diplomeId,
    titre: input.titre,
    modalite: input.modalite,
    description: input.description,
    dureeHeures: input.dureeHeures,
    heuresStage: input.heuresStage,
    prerequis: input.prerequis,
    selection: input.selection,
    couts: input.couts,
    financeRegion: input.financeRegion,
    cpf: input.cpf,
    apprentissage: input.apprentissage,
    accessibiliteContact: input.accessibiliteContact,
    contact: input.contact,
    lienOrganisme: input.lienOrganisme ?? null,
    codesPublicVise: input.codesPublicVise,
    statut: submitted ? ("soumise" as const) : ("brouillon" as const),
    motifRefus: null,
    sessions: {
      create: input.sessions.map((s) => ({
        siteId: s.siteId,
        debut: dateFromIso(s.debut),
        fin: dateFromIso(s.fin),
        dateLimiteCandidature: s.dateLimiteCandidature ? dateFromIso(s.dateLimiteCandidature) : null,
        places: s.places,
        rythme: s.rythme,
        rythmeDetail: s.rythmeDetail ?? null,
      })),
    },
  };

  return db.$transaction(async (tx) => {
    let id = input.offreId;
    let wasSubmitted = false;
    if (id) {
      const current = await tx.offreFormation.findFirst({
        where: { id, organisationId: input.organisationId },
        select: { statut: true },
      });
      if (!current) throw new DomainError(FormationErrors.Introuvable);
      wasSubmitted = current.statut === "soumise";
      await tx.sessionFormation.deleteMany({ where: { offreId: id } });
      await tx.offreFormation.update({
        where: { id },
        data: { ...data, soumiseAt: submitted && !wasSubmitted ? new Date() : undefined },
      });
    } else {
      id = (
        await tx.offreFormation.create({
          data: { ...data, organisationId: input.organisationId, soumiseAt: submitted ? new Date() : null },
          select: { id: true },
        })
      ).id;
    }
    if (submitted && !wasSubmitted) {
      await recordModeration(tx, {
        actorId: user.id,
        entityType: "OffreFormation",
        entityId: id,
        action: "soumise",
      });
    }
    return id;
  });
}

/** Archives one of the user's training offers: it leaves the catalogue. */
export async function archiveOffreFormation(user: SessionUser, offreId: string): Promise<void> {
  const offre = await db.offreFormation.findUnique({
    where: { id: offreId },
    select: { organisationId: true, statut: true },
  });
  if (!offre) throw new DomainError(FormationErrors.Introuvable);
  assertMember(user, offre.organisationId);
  if (offre.statut === "archivee") return;
  await db.$transaction(async (tx) => {
    await tx.offreFormation.update({ where: { id: offreId }, data: { statut: "archivee" } });
    await recordModeration(tx, {
      actorId: user.id,
      entityType: "OffreFormation",
      entityId: offreId,
      action: "archivee",
    });
  });
}

/** Staff decision on a submitted training offer, through the shared moderation trail; the body is told. */
export async function decideOffreFormation(
  staff: SessionUser,
  input: { offreId: string; decision: "approuver" | "refuser"; motif?: string },
): Promise<void> {
  if (!hasAccess(staff, "staff")) throw new DomainError(FormationErrors.Introuvable);
  const approve = input.decision === "approuver";
  const offre = await db.$transaction(async (tx) => {
    const updated = await tx.offreFormation.updateMany({
      where: { id: input.offreId, statut: "soumise" },
      data: approve
        ? { statut: "publiee", publieeAt: new Date(), motifRefus: null }
        : { statut: "refusee", motifRefus: input.motif ?? null },
    });
    if (updated.count !== 1) {
      const exists = await tx.offreFormation.count({ where: { id: input.offreId } });
      throw new DomainError(exists ? FormationErrors.DejaModeree : FormationErrors.Introuvable);
    }
    await recordModeration(tx, {
      actorId: staff.id,
      entityType: "OffreFormation",
      entityId: input.offreId,
      action: approve ? "approuvee" : "refusee",
      reason: approve ? null : input.motif,
    });
    return tx.offreFormation.findUniqueOrThrow({
      where: { id: input.offreId },
      select: { titre: true, organisationId: true },
    });
  });
  await notify(await getOrganisationRecipientList(offre.organisationId), {
    titre: approve ? "Votre formation est publiée" : "Votre formation n'a pas été publiée",
    message: approve
      ? `« ${offre.titre} » est maintenant visible dans le catalogue des formations.`
      : `« ${offre.titre} » a été refusée par la modération. Motif : ${input.motif ?? ""}. Vous pouvez la modifier et la soumettre à nouveau.`,
    lien: `/espace-organisme/formations/${input.offreId}`,
  });
}
