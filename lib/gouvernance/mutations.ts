import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/actions/result";
import { hasAccess, type SessionUser } from "@/lib/auth/permissions";
import { recordModeration } from "@/lib/moderation/audit";
import { getOrganisationRecipientList, notify, type Recipient } from "@/lib/notifications/mutations";
import { GouvernanceErrors } from "@/lib/gouvernance/errors";
import type { AdhesionInput, DecisionAdhesionInput } from "@/lib/gouvernance/schemas";

const ACTIVE = ["en_attente", "acceptee"] as const;

/**
 * Asks to join a collège, for one of the caller's verified organisations (organisation collèges) or
 * for the caller (person collèges). At most one pending or accepted membership per organisation and
 * per person: checked under a lock on the organisation's or the person's row, so two concurrent
 * requests cannot both pass. Returns the new membership's id.
 */
export async function requestCollegeMembership(user: SessionUser, input: AdhesionInput): Promise<string> {
  const college = await db.college.findUnique({
    where: { slug: input.college },
    select: { id: true, membreType: true },
  });
  if (!college) throw new DomainError(GouvernanceErrors.CollegeInconnu, "college");

  if (college.membreType === "organisation") {
    if (!input.organisationId) throw new DomainError(GouvernanceErrors.CollegeOrganisation, "organisationId");
    const organisation = user.organisations.find((o) => o.id === input.organisationId);
    if (!organisation) throw new DomainError(GouvernanceErrors.OrganisationNonRepresentee, "organisationId");
    if (organisation.statut !== "verifiee")
      throw new DomainError(GouvernanceErrors.OrganisationNonVerifiee, "organisationId");
    const organisationId = organisation.id;
    return db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
      const active = await tx.collegeMembership.count({
        where: { organisationId, statut: { in: [...ACTIVE] } },
      });
      if (active > 0) throw new DomainError(GouvernanceErrors.OrganisationDejaMembre, "college");
      const created = await tx.collegeMembership.create({
        data: { collegeId: college.id, organisationId, demandeurId: user.id, motivation: input.motivation },
        select: { id: true },
      });
      await recordModeration(tx, {
        actorId: user.id,
        entityType: "CollegeMembership",
        entityId: created.id,
        action: "soumise",
      });
      return created.id;
    });
  }

  if (input.organisationId) throw new DomainError(GouvernanceErrors.CollegePersonne, "college");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
    const active = await tx.collegeMembership.count({
      where: { userId: user.id, statut: { in: [...ACTIVE] } },
    });
    if (active > 0) throw new DomainError(GouvernanceErrors.PersonneDejaMembre, "college");
    const created = await tx.collegeMembership.create({
      data: { collegeId: college.id, userId: user.id, demandeurId: user.id, motivation: input.motivation },
      select: { id: true },
    });
    await recordModeration(tx, {
      actorId: user.id,
      entityType: "CollegeMembership",
      entityId: created.id,
      action: "soumise",
    });
    return created.id;
  });
}

/** Whom to tell about a membership: the requester, else the organisation's members. */
async function membershipRecipients(m: {
  demandeur: Recipient | null;
  organisationId: string | null;
}): Promise<Recipient[]> {
  if (m.demandeur) return [m.demandeur];
  return m.organisationId ? getOrganisationRecipientList(m.organisationId) : [];
}

/** Staff decision on a pending membership request, through the shared moderation trail; the requester is told. */
export async function decideCollegeMembership(
  staff: SessionUser,
  input: DecisionAdhesionInput,
): Promise<void> {
  if (!hasAccess(staff, "staff")) throw new DomainError(GouvernanceErrors.Introuvable);
  const accept = input.decision === "accepter";
  const membership = await db.$transaction(async (tx) => {
    const updated = await tx.collegeMembership.updateMany({
      where: { id: input.membershipId, statut: "en_attente" },
      data: accept
        ? { statut: "acceptee", decideeAt: new Date(), motifRefus: null }
        : { statut: "refusee", decideeAt: new Date(), motifRefus: input.motif ?? null },
    });
    if (updated.count !== 1) {
      const exists = await tx.collegeMembership.count({ where: { id: input.membershipId } });
      throw new DomainError(exists ? GouvernanceErrors.DejaTraitee : GouvernanceErrors.Introuvable);
    }
    await recordModeration(tx, {
      actorId: staff.id,
      entityType: "CollegeMembership",
      entityId: input.membershipId,
      action: accept ? "approuvee" : "refusee",
      reason: accept ? null : input.motif,
    });
    return tx.collegeMembership.findUniqueOrThrow({
      where: { id: input.membershipId },
      select: {
        organisationId: true,
        college: { select: { nom: true } },
        organisation: { select: { nom: true } },
        demandeur: { select: { id: true, email: true, prenom: true } },
      },
    });
  });
  const qui = membership.organisation ? `« ${membership.organisation.nom} »` : "Vous";
  await notify(await membershipRecipients(membership), {
    titre: accept ? "Votre adhésion est acceptée" : "Votre demande d'adhésion n'a pas été acceptée",
    message: accept
      ? `${qui} ${membership.organisation ? "est" : "êtes"} maintenant membre du ${membership.college.nom}. Le tableau de bord de la gouvernance vous est ouvert.`
      : `La demande d'adhésion au ${membership.college.nom} n'a pas été acceptée. Motif : ${input.motif ?? ""}.`,
    lien: "/gouvernance/adherer",
  });
}

/** Ends one of the caller's memberships (or withdraws a pending request); recorded in the audit trail. */
export async function leaveCollegeMembership(user: SessionUser, membershipId: string): Promise<void> {
  const membership = await db.collegeMembership.findUnique({
    where: { id: membershipId },
    select: { userId: true, organisationId: true },
  });
  const mine =
    membership &&
    (membership.userId === user.id ||
      (membership.organisationId !== null &&
        user.organisations.some((o) => o.id === membership.organisationId)));
  if (!mine) throw new DomainError(GouvernanceErrors.Introuvable);
  await db.$transaction(async (tx) => {
    const updated = await tx.collegeMembership.updateMany({
      where: { id: membershipId, statut: { in: [...ACTIVE] } },
      data: { statut: "retiree", decideeAt: new Date() },
    });
    if (updated.count !== 1) throw new DomainError(GouvernanceErrors.PasMembre);
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: "adhesion.retiree",
        entityType: "CollegeMembership",
        entityId: membershipId,
      },
    });
  });
}
