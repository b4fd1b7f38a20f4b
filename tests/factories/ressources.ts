// Builders for pooled resources, host families, cells and barrier requests in integration tests.
import { db } from "@/lib/db";
import { dateFromIso } from "@/lib/dates";
import type { BesoinType, DemandeStatut, RessourceStatut, RessourceType } from "@/generated/prisma/enums";
import { inDays } from "../support/dates";
import { createAgent, createDemande, territoireOf } from "./freins";
import { createUser } from "./index";

let counter = 0;
const next = () => ++counter;

/** The cell of the commune's territory (created if needed) with `agentId` as one of its agents. */
export async function createCelluleAgent(communeCode: string, agentId?: string): Promise<string> {
  const territoire = await db.territoire.findUniqueOrThrow({
    where: { id: await territoireOf(communeCode) },
    select: { slug: true },
  });
  return createAgent(territoire.slug, agentId);
}

/** A host family declaration of `userId` (default: a new person without role, verified). */
export async function createFamille(
  overrides: { userId?: string; statut?: "en_attente" | "verifiee" | "refusee"; communeCode?: string } = {},
): Promise<{ id: string; userId: string }> {
  const userId = overrides.userId ?? (await createUser({ roles: [] })).id;
  const statut = overrides.statut ?? "verifiee";
  return db.familleAccueil.create({
    data: {
      userId,
      communeCode: overrides.communeCode ?? "40227",
      presentation: "Nous accueillons un·e stagiaire dans une chambre indépendante.",
      telephone: "05 58 00 00 00",
      statut,
      verifiedAt: statut === "verifiee" ? new Date() : null,
    },
    select: { id: true, userId: true },
  });
}

type RessourceOverrides = {
  organisationId?: string;
  proprietaireId?: string;
  type?: RessourceType;
  communeCode?: string;
  statut?: RessourceStatut;
  adresse?: string | null;
  titre?: string;
  /** "YYYY-MM-DD" or null for no limit; default: no limit */
  disponibleDebut?: string | null;
  disponibleFin?: string | null;
  publieeAt?: Date;
};

/** A resource at its commune's centre (default: a published room of a new verified family in Pissos). */
export async function createRessource(overrides: RessourceOverrides = {}): Promise<{ id: string }> {
  const communeCode = overrides.communeCode ?? "40227";
  const commune = await db.commune.findUniqueOrThrow({
    where: { code: communeCode },
    select: { latitude: true, longitude: true },
  });
  const owner = overrides.organisationId
    ? { organisationId: overrides.organisationId }
    : { proprietaireId: overrides.proprietaireId ?? (await createFamille()).userId };
  const statut = overrides.statut ?? "publiee";
  const type = overrides.type ?? "hebergement";
  return db.ressource.create({
    data: {
      ...owner,
      type,
      mobiliteType: type === "mobilite" ? "velo" : null,
      titre: overrides.titre ?? `Chambre chez l'habitant ${next()}`,
      description: "Chambre meublée, salle d'eau partagée, accès cuisine.",
      communeCode,
      adresse: overrides.adresse === undefined ? "3 chemin des Palombes" : overrides.adresse,
      capacite: 1,
      disponibleDebut: overrides.disponibleDebut ? dateFromIso(overrides.disponibleDebut) : null,
      disponibleFin: overrides.disponibleFin ? dateFromIso(overrides.disponibleFin) : null,
      latitude: commune.latitude,
      longitude: commune.longitude,
      statut,
      soumiseAt: new Date(),
      publieeAt: statut === "publiee" ? (overrides.publieeAt ?? new Date()) : null,
    },
    select: { id: true },
  });
}

type DemandeOverrides = {
  apprenantId?: string;
  communeCode?: string;
  besoins?: BesoinType[];
  /** "YYYY-MM-DD"; default today + 30 to today + 90 */
  debut?: string;
  fin?: string;
  statut?: DemandeStatut;
};

/** A learner's request routed to the territory of its commune (default: housing in Pissos, taken in charge). */
export async function createDemandeAide(
  overrides: DemandeOverrides = {},
): Promise<{ id: string; apprenantId: string }> {
  const apprenantId = overrides.apprenantId ?? (await createUser({ roles: ["apprenant"] })).id;
  const { id } = await createDemande({
    apprenantId,
    communeCode: overrides.communeCode,
    besoins: overrides.besoins,
    statut: overrides.statut ?? "prise_en_charge",
    debut: overrides.debut ?? inDays(30),
    fin: overrides.fin ?? inDays(90),
    description: "Je cherche un logement près de mon lieu de stage.",
  });
  return { id, apprenantId };
}
