import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { DomainError } from "@/lib/actions/result";
import { hasAccess, type SessionUser } from "@/lib/auth/permissions";
import { dateFromIso } from "@/lib/dates";
import { formatPeriode } from "@/lib/format";
import { isAgentOfTerritoire } from "@/lib/freins/access";
import { recordModeration } from "@/lib/moderation/audit";
import { getOrganisationRecipientList, notify, type Recipient } from "@/lib/notifications/mutations";
import { ressourcesOwnedWhere } from "@/lib/ressources/access";
import { RESSOURCE_TYPE_LABELS } from "@/lib/ressources/constants";
import { RessourceErrors } from "@/lib/ressources/errors";
import type { FamilleInput, PropositionInput, RessourceInput } from "@/lib/ressources/schemas";

/** Requests on which a resource may still be proposed. */
const DEMANDE_OUVERTE = ["nouvelle", "prise_en_charge", "solution_proposee"] as const;
/** Propositions that hold the resource for their period. */
const RESERVANTE = ["proposee", "acceptee"] as const;

type Owner =
  { organisationId: string; proprietaireId: null } | { organisationId: null; proprietaireId: string };

/** Whether `user` holds a verified host family declaration. */
async function isVerifiedFamille(userId: string): Promise<boolean> {
  const famille = await db.familleAccueil.findUnique({ where: { userId }, select: { statut: true } });
  return famille?.statut === "verifiee";
}

/**
 * Who a new resource belongs to: the chosen organisation (the user must be a member, and it must be
 * verified), or the user in person when they are a verified host family and belong to no organisation.
 */
async function ownerFor(user: SessionUser, organisationId: string | undefined): Promise<Owner> {
  if (organisationId) {
    const organisation = user.organisations.find((o) => o.id === organisationId);
    // Not a member: the same answer as a missing record, so ids reveal nothing.
    if (!organisation) throw new DomainError(RessourceErrors.Introuvable);
    if (organisation.statut !== "verifiee") throw new DomainError(RessourceErrors.OrganisationNonVerifiee);
    return { organisationId, proprietaireId: null };
  }
  if (user.organisations.length > 0)
    throw new DomainError(RessourceErrors.ProprietaireInconnu, "organisationId");
  if (!(await isVerifiedFamille(user.id))) throw new DomainError(RessourceErrors.FamilleNonVerifiee);
  return { organisationId: null, proprietaireId: user.id };
}

async function communeCentre(code: string): Promise<{ latitude: number; longitude: number }> {
  const commune = await db.commune.findUnique({
    where: { code },
    select: { latitude: true, longitude: true },
  });
  if (!commune) throw new DomainError(RessourceErrors.CommuneHorsLandes, "communeCode");
  return commune;
}

/** The stored fields compared by substance(): availability dates alone do not need moderation. */
const SUBSTANCE_SELECT = {
  type: true,
  mobiliteType: true,
  titre: true,
  description: true,
  communeCode: true,
  adresse: true,
  capacite: true,
  gratuit: true,
  prix: true,
  conditions: true,
  equipements: true,
} as const;
type Substance = { [K in keyof typeof SUBSTANCE_SELECT]: unknown };

function substance(v: Substance): string {
  return JSON.stringify(Object.keys(SUBSTANCE_SELECT).map((k) => v[k as keyof Substance] ?? null));
}

/**
 * Creates or updates a resource of the user (their organisation's, or their own as a verified family)
 * and submits it to moderation. Editing a published resource's substance sends it back to moderation;
 * changing only its availability dates does not. The point is always the commune's centre. Returns its id.
 */
export async function saveRessource(user: SessionUser, input: RessourceInput): Promise<string> {
  const centre = await communeCentre(input.communeCode);
  const fields = {
    type: input.type,
    mobiliteType: input.mobiliteType,
    titre: input.titre,
    description: input.description,
    communeCode: input.communeCode,
    adresse: input.adresse ?? null,
    capacite: input.capacite,
    gratuit: input.gratuit,
    prix: input.prix,
    conditions: input.conditions ?? null,
    equipements: input.equipements,
  };
  const located = {
    ...fields,
    latitude: centre.latitude,
    longitude: centre.longitude,
    disponibleDebut: input.disponibleDebut ? dateFromIso(input.disponibleDebut) : null,
    disponibleFin: input.disponibleFin ? dateFromIso(input.disponibleFin) : null,
  };

  if (!input.ressourceId) {
    const owner = await ownerFor(user, input.organisationId);
    return db.$transaction(async (tx) => {
      const created = await tx.ressource.create({
        data: { ...located, ...owner, statut: "soumise", soumiseAt: new Date() },
        select: { id: true },
      });
      await recordModeration(tx, {
        actorId: user.id,
        entityType: "Ressource",
        entityId: created.id,
        action: "soumise",
      });
      return created.id;
    });
  }

  const ressourceId = input.ressourceId;
  return db.$transaction(async (tx) => {
    const current = await tx.ressource.findFirst({
      where: { id: ressourceId, ...ressourcesOwnedWhere(user) },
      select: { ...SUBSTANCE_SELECT, statut: true, organisationId: true },
    });
    if (!current) throw new DomainError(RessourceErrors.Introuvable);
    if (current.organisationId) {
      const organisation = user.organisations.find((o) => o.id === current.organisationId);
      if (organisation?.statut !== "verifiee") throw new DomainError(RessourceErrors.OrganisationNonVerifiee);
    } else if (!(await isVerifiedFamille(user.id))) {
      throw new DomainError(RessourceErrors.FamilleNonVerifiee);
    }
    const unchanged = current.statut === "publiee" && substance(current) === substance(fields);
    const statut = unchanged ? "publiee" : "soumise";
    await tx.ressource.update({
      where: { id: ressourceId },
      data: {
        ...located,
        statut,
        motifRefus: statut === "soumise" ? null : undefined,
        soumiseAt: statut === "soumise" && current.statut !== "soumise" ? new Date() : undefined,
      },
    });
    if (statut === "soumise" && current.statut !== "soumise") {
      await recordModeration(tx, {
        actorId: user.id,
        entityType: "Ressource",
        entityId: ressourceId,
        action: "soumise",
      });
    }
    return ressourceId;
  });
}

/** Archives one of the user's resources: it leaves the list, the map and the matching. */
export async function archiveRessource(user: SessionUser, ressourceId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const archived = await tx.ressource.updateMany({
      where: { id: ressourceId, statut: { not: "archivee" }, ...ressourcesOwnedWhere(user) },
      data: { statut: "archivee" },
    });
    if (archived.count !== 1) {
      const own = await tx.ressource.count({ where: { id: ressourceId, ...ressourcesOwnedWhere(user) } });
      throw new DomainError(own ? RessourceErrors.DejaArchivee : RessourceErrors.Introuvable);
    }
    await recordModeration(tx, {
      actorId: user.id,
      entityType: "Ressource",
      entityId: ressourceId,
      action: "archivee",
    });
  });
}

/** The people to tell about a resource: its organisation's members, or its owner. */
async function ownerRecipients(owner: { organisationId: string | null; proprietaireId: string | null }) {
  if (owner.organisationId) return getOrganisationRecipientList(owner.organisationId);
  if (!owner.proprietaireId) return [];
  const person = await db.user.findUnique({
    where: { id: owner.proprietaireId },
    select: { id: true, email: true, prenom: true },
  });
  return person ? [person] : [];
}

/** Staff decision on a submitted resource; the owner is told in the app and by e-mail. */
export async function decideRessource(
  staff: SessionUser,
  input: { ressourceId: string; decision: "approuver" | "refuser"; motif?: string },
): Promise<void> {
  if (!hasAccess(staff, "staff")) throw new DomainError(RessourceErrors.Introuvable);
  const approve = input.decision === "approuver";
  const ressource = await db.$transaction(async (tx) => {
    const updated = await tx.ressource.updateMany({
      where: { id: input.ressourceId, statut: "soumise" },
      data: approve
        ? { statut: "publiee", publieeAt: new Date(), motifRefus: null }
        : { statut: "refusee", motifRefus: input.motif ?? null },
    });
    if (updated.count !== 1) {
      const exists = await tx.ressource.count({ where: { id: input.ressourceId } });
      throw new DomainError(exists ? RessourceErrors.DejaModeree : RessourceErrors.Introuvable);
    }
    await recordModeration(tx, {
      actorId: staff.id,
      entityType: "Ressource",
      entityId: input.ressourceId,
      action: approve ? "approuvee" : "refusee",
      reason: approve ? null : input.motif,
    });
    return tx.ressource.findUniqueOrThrow({
      where: { id: input.ressourceId },
      select: { titre: true, organisationId: true, proprietaireId: true },
    });
  });
  await notify(await ownerRecipients(ressource), {
    titre: approve ? "Votre ressource est publiée" : "Votre ressource n'a pas été publiée",
    message: approve
      ? `« ${ressource.titre} » est maintenant proposée aux apprenant·es et aux cellules locales.`
      : `« ${ressource.titre} » a été refusée par la modération. Motif : ${input.motif ?? ""}. Vous pouvez la modifier et la soumettre à nouveau.`,
    lien: `/mes-ressources/${input.ressourceId}`,
  });
}

/**
 * A person who belongs to no organisation declares themselves a host family; staff verify it.
 * A refused declaration may be sent again (it goes back to the queue).
 */
export async function declareFamille(user: SessionUser, input: FamilleInput): Promise<void> {
  if (user.organisations.length > 0) throw new DomainError(RessourceErrors.MembreOrganisation);
  await communeCentre(input.communeCode);
  await db.$transaction(async (tx) => {
    const existing = await tx.familleAccueil.findUnique({
      where: { userId: user.id },
      select: { id: true, statut: true },
    });
    if (existing && existing.statut !== "refusee") throw new DomainError(RessourceErrors.FamilleDejaDeclaree);
    const data = {
      communeCode: input.communeCode,
      presentation: input.presentation,
      telephone: input.telephone ?? null,
      statut: "en_attente" as const,
      motifRefus: null,
      verifiedAt: null,
    };
    const famille = existing
      ? await tx.familleAccueil.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.familleAccueil.create({ data: { ...data, userId: user.id }, select: { id: true } });
    await recordModeration(tx, {
      actorId: user.id,
      entityType: "FamilleAccueil",
      entityId: famille.id,
      action: "soumise",
    });
  });
}

/** Staff verify or refuse a host family declaration; the person is told. */
export async function decideFamille(
  staff: SessionUser,
  input: { familleId: string; decision: "approuver" | "refuser"; motif?: string },
): Promise<void> {
  if (!hasAccess(staff, "staff")) throw new DomainError(RessourceErrors.FamilleIntrouvable);
  const approve = input.decision === "approuver";
  const person = await db.$transaction(async (tx) => {
    const updated = await tx.familleAccueil.updateMany({
      where: { id: input.familleId, statut: "en_attente" },
      data: approve
        ? { statut: "verifiee", verifiedAt: new Date(), motifRefus: null }
        : { statut: "refusee", motifRefus: input.motif ?? null },
    });
    if (updated.count !== 1) {
      const exists = await tx.familleAccueil.count({ where: { id: input.familleId } });
      throw new DomainError(exists ? RessourceErrors.DejaModeree : RessourceErrors.FamilleIntrouvable);
    }
    await recordModeration(tx, {
      actorId: staff.id,
      entityType: "FamilleAccueil",
      entityId: input.familleId,
      action: approve ? "approuvee" : "refusee",
      reason: approve ? null : input.motif,
    });
    const famille = await tx.familleAccueil.findUniqueOrThrow({
      where: { id: input.familleId },
      select: { user: { select: { id: true, email: true, prenom: true } } },
    });
    return famille.user;
  });
  await notify([person], {
    titre: approve ? "Vous êtes famille d'accueil vérifiée" : "Votre déclaration de famille d'accueil",
    message: approve
      ? "L'institut a vérifié votre déclaration : vous pouvez proposer une chambre ou un logement aux stagiaires."
      : `L'institut n'a pas pu vérifier votre déclaration. Motif : ${input.motif ?? ""}. Vous pouvez la corriger et l'envoyer à nouveau.`,
    lien: "/mes-ressources",
  });
}

/**
 * An agent of the request's territory (or staff) proposes a resource for a period. Under the
 * resource's row lock, the resource must be published, available over the period and not held by
 * another proposition (proposed or accepted) overlapping it: concurrent proposals reserve it once.
 */
export async function proposeRessource(user: SessionUser, input: PropositionInput): Promise<string> {
  const debut = dateFromIso(input.debut);
  const fin = dateFromIso(input.fin);
  const { propositionId, apprenant, titre, type } = await db.$transaction(async (tx) => {
    const demande = await tx.demandeAide.findUnique({
      where: { id: input.demandeId },
      select: {
        territoireId: true,
        statut: true,
        apprenant: { select: { id: true, email: true, prenom: true } },
      },
    });
    if (!demande || !(await isAgentOfTerritoire(tx, user, demande.territoireId))) {
      throw new DomainError(RessourceErrors.DemandeIntrouvable);
    }
    if (!(DEMANDE_OUVERTE as readonly string[]).includes(demande.statut)) {
      throw new DomainError(RessourceErrors.DemandeFermee);
    }
    // Serialises every proposal of this resource: the overlap check below sees the ones committed before.
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Ressource" WHERE id = ${input.ressourceId} FOR UPDATE`;
    if (locked.length === 0) throw new DomainError(RessourceErrors.Introuvable);
    const ressource = await tx.ressource.findUniqueOrThrow({
      where: { id: input.ressourceId },
      select: { statut: true, titre: true, type: true, disponibleDebut: true, disponibleFin: true },
    });
    const available =
      ressource.statut === "publiee" &&
      (!ressource.disponibleDebut || ressource.disponibleDebut <= debut) &&
      (!ressource.disponibleFin || ressource.disponibleFin >= fin);
    if (!available) throw new DomainError(RessourceErrors.NonDisponible);
    const overlapping = await tx.ressourceProposition.count({
      where: {
        ressourceId: input.ressourceId,
        statut: { in: [...RESERVANTE] },
        debut: { lte: fin },
        fin: { gte: debut },
      },
    });
    if (overlapping > 0) throw new DomainError(RessourceErrors.DejaReservee);
    const created = await tx.ressourceProposition.create({
      data: {
        demandeId: input.demandeId,
        ressourceId: input.ressourceId,
        agentId: user.id,
        debut,
        fin,
        message: input.message ?? null,
      },
      select: { id: true },
    });
    await tx.demandeAide.update({
      where: { id: input.demandeId },
      data: { statut: "solution_proposee" },
    });
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: "ressource.proposee",
        entityType: "DemandeAide",
        entityId: input.demandeId,
        reason: `Ressource ${input.ressourceId} du ${input.debut} au ${input.fin}`,
      },
    });
    return {
      propositionId: created.id,
      apprenant: demande.apprenant,
      titre: ressource.titre,
      type: ressource.type,
    };
  });
  if (apprenant) {
    // Nothing sensitive in the mail: no address, no owner; the details are on the request's page.
    await notify([apprenant], {
      titre: "Votre cellule locale vous propose une solution",
      message: `${RESSOURCE_TYPE_LABELS[type]} : « ${titre} », ${formatPeriode(input.debut, input.fin)}. Acceptez-la ou déclinez-la depuis votre demande.`,
      lien: `/espace-apprenant/demandes/${input.demandeId}`,
    });
  }
  return propositionId;
}

/** Puts a request back in the agent's hands when none of its propositions is pending or accepted. */
async function reopenIfNoProposition(tx: Prisma.TransactionClient, demandeId: string): Promise<void> {
  const remaining = await tx.ressourceProposition.count({
    where: { demandeId, statut: { in: [...RESERVANTE] } },
  });
  if (remaining === 0) {
    await tx.demandeAide.updateMany({
      where: { id: demandeId, statut: "solution_proposee" },
      data: { statut: "prise_en_charge" },
    });
  }
}

/** An agent of the request's territory (or staff) withdraws a pending proposition: the resource is free again. */
export async function cancelProposition(user: SessionUser, propositionId: string): Promise<string> {
  const { demandeId, apprenant } = await db.$transaction(async (tx) => {
    const proposition = await tx.ressourceProposition.findUnique({
      where: { id: propositionId },
      select: {
        demandeId: true,
        demande: {
          select: { territoireId: true, apprenant: { select: { id: true, email: true, prenom: true } } },
        },
      },
    });
    if (!proposition || !(await isAgentOfTerritoire(tx, user, proposition.demande.territoireId))) {
      throw new DomainError(RessourceErrors.PropositionIntrouvable);
    }
    const updated = await tx.ressourceProposition.updateMany({
      where: { id: propositionId, statut: "proposee" },
      data: { statut: "annulee", decideeAt: new Date() },
    });
    if (updated.count !== 1) throw new DomainError(RessourceErrors.PropositionDejaTraitee);
    await reopenIfNoProposition(tx, proposition.demandeId);
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: "ressource.proposition_annulee",
        entityType: "DemandeAide",
        entityId: proposition.demandeId,
      },
    });
    return { demandeId: proposition.demandeId, apprenant: proposition.demande.apprenant };
  });
  if (apprenant) {
    await notify([apprenant], {
      titre: "Une proposition de votre cellule locale est retirée",
      message:
        "Votre cellule locale a retiré une solution qu'elle vous proposait ; elle continue de chercher.",
      lien: `/espace-apprenant/demandes/${demandeId}`,
    });
  }
  return demandeId;
}

/** A pending proposition of one of the learner's requests (the same answer for someone else's). */
async function loadPropositionForApprenant(tx: Prisma.TransactionClient, user: SessionUser, id: string) {
  const proposition = await tx.ressourceProposition.findFirst({
    where: { id, demande: { apprenantId: user.id } },
    select: {
      demandeId: true,
      debut: true,
      fin: true,
      agent: { select: { id: true, email: true, prenom: true } },
      ressource: { select: { titre: true, organisationId: true, proprietaireId: true } },
    },
  });
  if (!proposition) throw new DomainError(RessourceErrors.PropositionIntrouvable);
  return proposition;
}

/**
 * The learner accepts a proposition: it becomes "acceptee" (the resource stays reserved), the request
 * is solved, their other pending propositions are released, and the owner and the agent are told.
 */
export async function acceptProposition(user: SessionUser, propositionId: string): Promise<string> {
  const proposition = await db.$transaction(async (tx) => {
    const found = await loadPropositionForApprenant(tx, user, propositionId);
    const now = new Date();
    const updated = await tx.ressourceProposition.updateMany({
      where: { id: propositionId, statut: "proposee" },
      data: { statut: "acceptee", decideeAt: now },
    });
    if (updated.count !== 1) throw new DomainError(RessourceErrors.PropositionDejaTraitee);
    await tx.ressourceProposition.updateMany({
      where: { demandeId: found.demandeId, statut: "proposee", id: { not: propositionId } },
      data: { statut: "declinee", decideeAt: now },
    });
    await tx.demandeAide.update({
      where: { id: found.demandeId },
      data: { statut: "resolue", clotureAt: now },
    });
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: "ressource.proposition_acceptee",
        entityType: "DemandeAide",
        entityId: found.demandeId,
      },
    });
    return found;
  });
  const periode = formatPeriode(proposition.debut, proposition.fin);
  const recipients: Recipient[] = await ownerRecipients(proposition.ressource);
  await Promise.all([
    notify(recipients, {
      titre: "Votre ressource est réservée",
      message: `« ${proposition.ressource.titre} » est réservée pour un·e apprenant·e ${periode}. La cellule locale ou l'apprenant·e vous contactera.`,
      lien: "/mes-ressources",
    }),
    notify(proposition.agent ? [proposition.agent] : [], {
      titre: "Proposition acceptée",
      message: `L'apprenant·e a accepté « ${proposition.ressource.titre} » (${periode}) : la demande est résolue.`,
      lien: `/cellule/demandes/${proposition.demandeId}`,
    }),
  ]);
  return proposition.demandeId;
}

/** The learner declines a proposition: the reservation is released and the request goes back to the agent. */
export async function declineProposition(user: SessionUser, propositionId: string): Promise<string> {
  const proposition = await db.$transaction(async (tx) => {
    const found = await loadPropositionForApprenant(tx, user, propositionId);
    const updated = await tx.ressourceProposition.updateMany({
      where: { id: propositionId, statut: "proposee" },
      data: { statut: "declinee", decideeAt: new Date() },
    });
    if (updated.count !== 1) throw new DomainError(RessourceErrors.PropositionDejaTraitee);
    await reopenIfNoProposition(tx, found.demandeId);
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: "ressource.proposition_declinee",
        entityType: "DemandeAide",
        entityId: found.demandeId,
      },
    });
    return found;
  });
  await notify(proposition.agent ? [proposition.agent] : [], {
    titre: "Proposition déclinée",
    message: `L'apprenant·e a décliné « ${proposition.ressource.titre} » : la demande vous revient.`,
    lien: `/cellule/demandes/${proposition.demandeId}`,
  });
  return proposition.demandeId;
}
