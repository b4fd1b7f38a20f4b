import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { DomainError } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/permissions";
import { dateFromIso } from "@/lib/dates";
import { demandesOfAgentWhere, demandesOfApprenantWhere, isAgentOfTerritoire } from "@/lib/freins/access";
import {
  DEMANDE_STATUT_LABELS,
  STATUTS_CLOS,
  type DemandeStatut,
  type StatutAgent,
} from "@/lib/freins/constants";
import { FreinsErrors } from "@/lib/freins/errors";
import { getDemandeCommuneSuggestions } from "@/lib/freins/queries";
import type { DemandeInput, MessageInput, NoteInput, StatutInput } from "@/lib/freins/schemas";
import { notify, type Recipient } from "@/lib/notifications/mutations";

// Mails never carry the needs or the description (sensitive data): only a neutral title and a link.

const isClosed = (statut: DemandeStatut) => (STATUTS_CLOS as readonly string[]).includes(statut);

function audit(
  tx: Prisma.TransactionClient,
  entry: { actorId: string; action: string; demandeId: string; reason?: string | null },
) {
  return tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: "DemandeAide",
      entityId: entry.demandeId,
      reason: entry.reason ?? null,
    },
  });
}

/** The agents of the territory's cell, as recipients. */
async function getCelluleRecipientList(territoireId: string): Promise<Recipient[]> {
  const agents = await db.celluleAgent.findMany({
    where: { cellule: { territoireId } },
    select: { user: { select: { id: true, email: true, prenom: true } } },
  });
  return agents.map((a) => a.user);
}

async function getUserRecipient(userId: string | null): Promise<Recipient[]> {
  if (!userId) return [];
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, prenom: true },
  });
  return user ? [user] : [];
}

/**
 * A learner makes a request; it is routed to the territory of its commune (Commune.epci.territoireId)
 * and the agents of that territory's cell are told. Returns the request id.
 */
export async function createDemande(user: SessionUser, input: DemandeInput): Promise<string> {
  const commune = await db.commune.findUnique({
    where: { code: input.communeCode },
    select: { code: true, epci: { select: { territoireId: true } } },
  });
  if (!commune) throw new DomainError(FreinsErrors.CommuneHorsLandes, "communeCode");
  const territoireId = commune.epci?.territoireId;
  if (!territoireId) throw new DomainError(FreinsErrors.CommuneSansTerritoire, "communeCode");
  // The context is derived from the learner's own records, never taken from the form.
  const suggestion = (await getDemandeCommuneSuggestions(user)).find(
    (s) => s.communeCode === input.communeCode,
  );
  const id = await db.$transaction(async (tx) => {
    const created = await tx.demandeAide.create({
      data: {
        apprenantId: user.id,
        territoireId,
        communeCode: input.communeCode,
        besoins: input.besoins,
        contexte: suggestion?.contexte ?? null,
        stageOffreId: suggestion?.stageOffreId ?? null,
        offreFormationId: suggestion?.offreFormationId ?? null,
        debut: dateFromIso(input.debut),
        fin: dateFromIso(input.fin),
        urgence: input.urgence,
        description: input.description,
        canalContact: input.canalContact,
        telephone: input.telephone ?? null,
        consentementAt: new Date(),
      },
      select: { id: true },
    });
    await audit(tx, { actorId: user.id, action: "demande.creation", demandeId: created.id });
    return created.id;
  });
  await notify(await getCelluleRecipientList(territoireId), {
    titre: "Nouvelle demande d'aide sur votre territoire",
    message: "Une nouvelle demande d'aide attend votre cellule. Ouvrez-la sur le guichet pour la consulter.",
    lien: `/cellule/demandes/${id}`,
  });
  return id;
}

/** Loads a request the agent (or staff) handles, or refuses as if it did not exist. */
async function loadForAgent(tx: Prisma.TransactionClient, user: SessionUser, demandeId: string) {
  const visible = demandesOfAgentWhere(user);
  if (!visible) throw new DomainError(FreinsErrors.Introuvable);
  // Locks the row: two agents acting at once see each other's change.
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "DemandeAide" WHERE id = ${demandeId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError(FreinsErrors.Introuvable);
  const demande = await tx.demandeAide.findFirst({
    where: { AND: [{ id: demandeId }, visible] },
    select: {
      id: true,
      statut: true,
      territoireId: true,
      apprenantId: true,
      agentId: true,
      priseEnChargeAt: true,
      anonymiseeAt: true,
    },
  });
  if (!demande || !(await isAgentOfTerritoire(tx, user, demande.territoireId))) {
    throw new DomainError(FreinsErrors.Introuvable);
  }
  return demande;
}

async function notifyStatut(apprenantId: string | null, demandeId: string, statut: DemandeStatut) {
  await notify(await getUserRecipient(apprenantId), {
    titre: "Votre demande d'aide a avancé",
    message: `Nouveau statut de votre demande : ${DEMANDE_STATUT_LABELS[statut]}.`,
    lien: `/espace-apprenant/demandes/${demandeId}`,
  });
}

/** An agent takes charge of an open request (it becomes theirs; a new one moves to "prise en charge"). */
export async function takeChargeDemande(user: SessionUser, demandeId: string): Promise<void> {
  const result = await db.$transaction(async (tx) => {
    const demande = await loadForAgent(tx, user, demandeId);
    if (isClosed(demande.statut)) throw new DomainError(FreinsErrors.DemandeClose);
    if (demande.agentId === user.id) throw new DomainError(FreinsErrors.DejaPriseEnCharge);
    const statut: DemandeStatut = demande.statut === "nouvelle" ? "prise_en_charge" : demande.statut;
    await tx.demandeAide.update({
      where: { id: demandeId },
      data: { agentId: user.id, statut, priseEnChargeAt: demande.priseEnChargeAt ?? new Date() },
    });
    await audit(tx, { actorId: user.id, action: "demande.prise_en_charge", demandeId });
    return { changed: statut !== demande.statut, apprenantId: demande.apprenantId, statut };
  });
  if (result.changed) await notifyStatut(result.apprenantId, demandeId, result.statut);
}

/**
 * An agent changes the status of an open request: solution proposed, resolved, without solution
 * (with a reason given to the learner), or back to "prise en charge". Closed requests do not move.
 */
export async function changeDemandeStatut(user: SessionUser, input: StatutInput): Promise<void> {
  const statut: StatutAgent = input.statut;
  const apprenantId = await db.$transaction(async (tx) => {
    const demande = await loadForAgent(tx, user, input.demandeId);
    if (isClosed(demande.statut)) throw new DomainError(FreinsErrors.DemandeClose);
    if (demande.statut === statut) throw new DomainError(FreinsErrors.MemeStatut, "statut");
    const now = new Date();
    const closing = isClosed(statut);
    await tx.demandeAide.update({
      where: { id: input.demandeId },
      data: {
        statut,
        agentId: demande.agentId ?? user.id,
        priseEnChargeAt: demande.priseEnChargeAt ?? now,
        clotureAt: closing ? now : null,
        motifSansSolution: statut === "sans_solution" ? (input.motif ?? null) : null,
      },
    });
    await audit(tx, {
      actorId: user.id,
      action: `demande.statut.${statut}`,
      demandeId: input.demandeId,
      reason: input.motif ?? null,
    });
    return demande.apprenantId;
  });
  await notifyStatut(apprenantId, input.demandeId, statut);
}

/** The learner withdraws their open request: it becomes "abandonnée" (closed). */
export async function withdrawDemande(user: SessionUser, demandeId: string): Promise<void> {
  const agentId = await db.$transaction(async (tx) => {
    const demande = await tx.demandeAide.findFirst({
      where: { id: demandeId, ...demandesOfApprenantWhere(user) },
      select: { statut: true, agentId: true },
    });
    if (!demande) throw new DomainError(FreinsErrors.Introuvable);
    const updated = await tx.demandeAide.updateMany({
      where: { id: demandeId, ...demandesOfApprenantWhere(user), statut: { notIn: [...STATUTS_CLOS] } },
      data: { statut: "abandonnee", clotureAt: new Date() },
    });
    if (updated.count !== 1) throw new DomainError(FreinsErrors.DemandeClose);
    await audit(tx, { actorId: user.id, action: "demande.statut.abandonnee", demandeId });
    return demande.agentId;
  });
  await notify(await getUserRecipient(agentId), {
    titre: "Demande d'aide retirée",
    message: "Une demande d'aide que vous suiviez a été retirée par l'apprenant·e.",
    lien: `/cellule/demandes/${demandeId}`,
  });
}

/**
 * The learner deletes their request for good (messages and notes go with it). The audit entry keeps
 * only the id, the actor and the action: no personal data.
 */
export async function deleteDemande(user: SessionUser, demandeId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const deleted = await tx.demandeAide.deleteMany({
      where: { id: demandeId, ...demandesOfApprenantWhere(user) },
    });
    if (deleted.count !== 1) throw new DomainError(FreinsErrors.Introuvable);
    await audit(tx, { actorId: user.id, action: "demande.suppression", demandeId });
  });
}

/** The learner writes in the thread of their own request; the assigned agent (or the cell) is told. */
export async function sendMessageAsApprenant(user: SessionUser, input: MessageInput): Promise<void> {
  const demande = await db.demandeAide.findFirst({
    where: { id: input.demandeId, ...demandesOfApprenantWhere(user) },
    select: { id: true, agentId: true, territoireId: true },
  });
  if (!demande) throw new DomainError(FreinsErrors.Introuvable);
  await db.demandeMessage.create({
    data: { demandeId: demande.id, auteurId: user.id, contenu: input.contenu },
  });
  const recipients = demande.agentId
    ? await getUserRecipient(demande.agentId)
    : await getCelluleRecipientList(demande.territoireId);
  await notify(recipients, {
    titre: "Nouveau message sur une demande d'aide",
    message: "L'apprenant·e a écrit un message. Ouvrez la demande sur le guichet pour le lire.",
    lien: `/cellule/demandes/${demande.id}`,
  });
}

/** An agent of the request's cell (or staff) writes to the learner, who is told. */
export async function sendMessageAsAgent(user: SessionUser, input: MessageInput): Promise<void> {
  const demande = await db.$transaction(async (tx) => {
    const found = await loadForAgent(tx, user, input.demandeId);
    if (found.anonymiseeAt || !found.apprenantId) throw new DomainError(FreinsErrors.DemandeClose);
    await tx.demandeMessage.create({
      data: { demandeId: found.id, auteurId: user.id, contenu: input.contenu },
    });
    return found;
  });
  await notify(await getUserRecipient(demande.apprenantId), {
    titre: "Nouveau message de la cellule locale",
    message:
      "La cellule locale a répondu à votre demande d'aide. Ouvrez-la sur le guichet pour lire le message.",
    lien: `/espace-apprenant/demandes/${demande.id}`,
  });
}

/** An internal note on the request: agents of its cell and staff only, never shown to the learner. */
export async function addDemandeNote(user: SessionUser, input: NoteInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const demande = await loadForAgent(tx, user, input.demandeId);
    await tx.demandeNote.create({
      data: { demandeId: demande.id, auteurId: user.id, contenu: input.contenu },
    });
  });
}
