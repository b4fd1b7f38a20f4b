import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { DomainError } from "@/lib/actions/result";
import { hasAccess, type SessionUser } from "@/lib/auth/permissions";
import { CelluleErrors } from "@/lib/freins/errors";
import { normalisePhone } from "@/lib/freins/schemas";
import type { AgentAjoutInput, AgentRetraitInput, CelluleInput } from "@/lib/territoires/cellules-schemas";

function assertStaff(user: SessionUser): void {
  if (!hasAccess(user, "staff")) throw new DomainError(CelluleErrors.Introuvable);
}

function audit(
  tx: Prisma.TransactionClient,
  actorId: string,
  action: string,
  celluleId: string,
  reason?: string,
) {
  return tx.auditLog.create({
    data: { actorId, action, entityType: "CelluleLocale", entityId: celluleId, reason: reason ?? null },
  });
}

/** Staff create or edit the cell of a territory (name and contact). Returns the cell id. */
export async function saveCellule(user: SessionUser, input: CelluleInput): Promise<string> {
  assertStaff(user);
  const territoire = await db.territoire.findUnique({
    where: { id: input.territoireId },
    select: { id: true },
  });
  if (!territoire) throw new DomainError(CelluleErrors.Introuvable);
  const fields = {
    nom: input.nom,
    email: input.email ?? null,
    telephone: input.telephone ? normalisePhone(input.telephone) : null,
  };
  return db.$transaction(async (tx) => {
    const cellule = await tx.celluleLocale.upsert({
      where: { territoireId: input.territoireId },
      create: { territoireId: input.territoireId, ...fields },
      update: fields,
      select: { id: true },
    });
    await audit(tx, user.id, "cellule.modification", cellule.id);
    return cellule.id;
  });
}

/** Staff make an existing account an agent of the cell; it gets the stored `cellule` role. */
export async function addCelluleAgent(user: SessionUser, input: AgentAjoutInput): Promise<void> {
  assertStaff(user);
  await db.$transaction(async (tx) => {
    const [cellule, agent] = await Promise.all([
      tx.celluleLocale.findUnique({ where: { id: input.celluleId }, select: { id: true } }),
      tx.user.findUnique({ where: { email: input.email }, select: { id: true, roles: true } }),
    ]);
    if (!cellule) throw new DomainError(CelluleErrors.Introuvable);
    if (!agent) throw new DomainError(CelluleErrors.CompteInconnu, "email");
    const existing = await tx.celluleAgent.count({ where: { celluleId: cellule.id, userId: agent.id } });
    if (existing > 0) throw new DomainError(CelluleErrors.DejaAgent, "email");
    await tx.celluleAgent.create({ data: { celluleId: cellule.id, userId: agent.id } });
    if (!agent.roles.includes("cellule")) {
      await tx.user.update({ where: { id: agent.id }, data: { roles: { push: "cellule" } } });
    }
    await audit(tx, user.id, "cellule.agent.ajout", cellule.id, agent.id);
  });
}

/** Staff remove an agent from the cell; the `cellule` role goes when they serve no other cell. */
export async function removeCelluleAgent(user: SessionUser, input: AgentRetraitInput): Promise<void> {
  assertStaff(user);
  await db.$transaction(async (tx) => {
    const deleted = await tx.celluleAgent.deleteMany({
      where: { celluleId: input.celluleId, userId: input.userId },
    });
    if (deleted.count !== 1) throw new DomainError(CelluleErrors.AgentIntrouvable);
    const remaining = await tx.celluleAgent.count({ where: { userId: input.userId } });
    if (remaining === 0) {
      const agent = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { roles: true } });
      await tx.user.update({
        where: { id: input.userId },
        data: { roles: agent.roles.filter((r) => r !== "cellule") },
      });
    }
    await audit(tx, user.id, "cellule.agent.retrait", input.celluleId, input.userId);
  });
}
