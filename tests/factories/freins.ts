// Builders for local cells, their agents and help requests in integration tests.
import { db } from "@/lib/db";
import { dateFromIso } from "@/lib/dates";
import type { Besoin, DemandeStatut } from "@/lib/freins/constants";
import { inDays } from "../support/dates";
import { createUser } from "./index";

/** The territory of a commune (reference data: commune → EPCI → territory). */
export async function territoireOf(communeCode: string): Promise<string> {
  const commune = await db.commune.findUniqueOrThrow({
    where: { code: communeCode },
    select: { epci: { select: { territoireId: true } } },
  });
  const territoireId = commune.epci?.territoireId;
  if (!territoireId) throw new Error(`Commune ${communeCode} sans territoire.`);
  return territoireId;
}

/** The cell of the territory with this slug (created on first call). */
export async function createCellule(territorySlug: string): Promise<{ id: string; territoireId: string }> {
  const territoire = await db.territoire.findUniqueOrThrow({
    where: { slug: territorySlug },
    select: { id: true, nom: true },
  });
  return db.celluleLocale.upsert({
    where: { territoireId: territoire.id },
    create: { territoireId: territoire.id, nom: `Cellule locale ${territoire.nom}` },
    update: {},
    select: { id: true, territoireId: true },
  });
}

/** An account with the `cellule` role, agent of that territory's cell (or `userId` made one). */
export async function createAgent(territorySlug: string, userId?: string): Promise<string> {
  const cellule = await createCellule(territorySlug);
  const id = userId ?? (await createUser({ roles: ["cellule"] })).id;
  await db.celluleAgent.upsert({
    where: { celluleId_userId: { celluleId: cellule.id, userId: id } },
    create: { celluleId: cellule.id, userId: id },
    update: {},
  });
  return id;
}

type DemandeOverrides = {
  apprenantId?: string | null;
  /** default 40227 (Pissos, territory haute-lande) */
  communeCode?: string;
  besoins?: Besoin[];
  statut?: DemandeStatut;
  urgence?: "normale" | "urgente" | "tres_urgente";
  description?: string;
  agentId?: string | null;
  createdAt?: Date;
  clotureAt?: Date | null;
  telephone?: string | null;
  /** "YYYY-MM-DD"; default today + 10 to today + 70 */
  debut?: string;
  fin?: string;
};

/** A request routed like the app does (commune → EPCI → territory). */
export async function createDemande(
  overrides: DemandeOverrides = {},
): Promise<{ id: string; territoireId: string }> {
  const communeCode = overrides.communeCode ?? "40227";
  const territoireId = await territoireOf(communeCode);
  const apprenantId =
    overrides.apprenantId === undefined
      ? (await createUser({ roles: ["apprenant"] })).id
      : overrides.apprenantId;
  return db.demandeAide.create({
    data: {
      apprenantId,
      territoireId,
      communeCode,
      besoins: overrides.besoins ?? ["logement"],
      debut: dateFromIso(overrides.debut ?? inDays(10)),
      fin: dateFromIso(overrides.fin ?? inDays(70)),
      urgence: overrides.urgence ?? "normale",
      description: overrides.description ?? "Je cherche une chambre près de mon lieu de stage.",
      telephone: overrides.telephone ?? null,
      consentementAt: new Date(),
      statut: overrides.statut ?? "nouvelle",
      agentId: overrides.agentId ?? null,
      createdAt: overrides.createdAt,
      clotureAt: overrides.clotureAt ?? null,
    },
    select: { id: true, territoireId: true },
  });
}
