import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { dateFromIso, isoFromDate, todayInParis } from "@/lib/dates";
import type { OpenDataFormation, OpenDataRetrait } from "@/lib/opendata/json";
import type { OpenDataPageRequest } from "@/lib/opendata/params";
import type { OpenDataStage } from "@/lib/opendata/stages";

const COMMUNE_SELECT = { code: true, nom: true, codesPostaux: true } satisfies Prisma.CommuneSelect;

// Only what the training body publishes: no member, no moderation note, no internal status.
const OPEN_DATA_SELECT = {
  id: true,
  titre: true,
  modalite: true,
  description: true,
  dureeHeures: true,
  heuresStage: true,
  prerequis: true,
  selection: true,
  couts: true,
  financeRegion: true,
  cpf: true,
  apprentissage: true,
  accessibiliteContact: true,
  contact: true,
  lienOrganisme: true,
  codesPublicVise: true,
  publieeAt: true,
  updatedAt: true,
  organisation: {
    select: {
      siret: true,
      numeroActivite: true,
      nom: true,
      adresse: true,
      commune: { select: COMMUNE_SELECT },
    },
  },
  diplome: { select: { code: true, intitule: true, niveau: true, rncp: true } },
  sessions: {
    orderBy: [{ debut: "asc" }, { id: "asc" }],
    select: {
      id: true,
      debut: true,
      fin: true,
      dateLimiteCandidature: true,
      places: true,
      rythme: true,
      rythmeDetail: true,
      site: {
        select: {
          nom: true,
          adresse: true,
          latitude: true,
          longitude: true,
          commune: { select: COMMUNE_SELECT },
        },
      },
    },
  },
} satisfies Prisma.OffreFormationSelect;

type OpenDataRow = Prisma.OffreFormationGetPayload<{ select: typeof OPEN_DATA_SELECT }>;

function toOpenData(row: OpenDataRow): OpenDataFormation {
  const { organisation } = row;
  return {
    organisme: {
      siret: organisation.siret,
      numeroActivite: organisation.numeroActivite,
      nom: organisation.nom,
      adresse: organisation.adresse,
      codePostal: organisation.commune.codesPostaux[0] ?? null,
      commune: organisation.commune.nom,
      codeInsee: organisation.commune.code,
    },
    formation: {
      id: row.id,
      intitule: row.titre,
      diplome: row.diplome,
      modalite: row.modalite,
      description: row.description,
      dureeHeures: row.dureeHeures,
      heuresStage: row.heuresStage,
      prerequis: row.prerequis,
      selection: row.selection,
      couts: row.couts,
      financements: { region: row.financeRegion, cpf: row.cpf, apprentissage: row.apprentissage },
      contact: row.contact,
      referentHandicap: row.accessibiliteContact,
      url: row.lienOrganisme,
      codesPublicVise: row.codesPublicVise,
      publieeLe: row.publieeAt ? isoFromDate(row.publieeAt) : null,
      misAJourLe: row.updatedAt.toISOString(),
    },
    sessions: row.sessions.map((s) => ({
      id: s.id,
      debut: isoFromDate(s.debut),
      fin: isoFromDate(s.fin),
      dateLimiteCandidature: s.dateLimiteCandidature ? isoFromDate(s.dateLimiteCandidature) : null,
      places: s.places,
      rythme: s.rythme,
      rythmeDetail: s.rythmeDetail,
      lieu: {
        nom: s.site.nom,
        adresse: s.site.adresse,
        codePostal: s.site.commune.codesPostaux[0] ?? null,
        commune: s.site.commune.nom,
        codeInsee: s.site.commune.code,
        latitude: s.site.latitude,
        longitude: s.site.longitude,
      },
    })),
  };
}

/** One page of an export: its records, whether more follow, and the withdrawals since `updatedSince`. */
export type OpenDataPage<T> = { items: T[]; hasMore: boolean; retraits: OpenDataRetrait[] };

/**
 * Keyset paging over ids (stable: a page never shifts when other records change) and the sync
 * filter; the withdrawals (records once published, changed since, no longer public) come with the
 * first page only.
 */
async function page<T>(
  request: OpenDataPageRequest,
  read: (args: { where: { id?: { gt: string }; updatedAt?: { gte: Date } }; take: number }) => Promise<T[]>,
  withdrawn: (since: Date) => Promise<{ id: string; updatedAt: Date }[]>,
): Promise<OpenDataPage<T>> {
  const where = {
    ...(request.after ? { id: { gt: request.after } } : {}),
    ...(request.updatedSince ? { updatedAt: { gte: request.updatedSince } } : {}),
  };
  const [rows, retraits] = await Promise.all([
    read({ where, take: request.pageSize + 1 }),
    request.updatedSince && !request.after ? withdrawn(request.updatedSince) : Promise.resolve([]),
  ]);
  return {
    items: rows.slice(0, request.pageSize),
    hasMore: rows.length > request.pageSize,
    retraits: retraits.map((r) => ({ id: r.id, retireLe: r.updatedAt.toISOString() })),
  };
}

/**
 * Every published training offer with all its sessions (past ones included, each with its dates),
 * for the LHÉO export; by id. Drafts, submitted, refused and archived offers are never included.
 */
export async function getOpenDataFormationList(): Promise<OpenDataFormation[]> {
  const rows = await db.offreFormation.findMany({
    where: { statut: "publiee" },
    select: OPEN_DATA_SELECT,
    orderBy: { id: "asc" },
  });
  return rows.map(toOpenData);
}

/** One page of the published training offers (JSON and CSV exports), in id order. */
export function getOpenDataFormationPage(
  request: OpenDataPageRequest,
): Promise<OpenDataPage<OpenDataFormation>> {
  return page(
    request,
    async ({ where, take }) =>
      (
        await db.offreFormation.findMany({
          where: { ...where, statut: "publiee" },
          select: OPEN_DATA_SELECT,
          orderBy: { id: "asc" },
          take,
        })
      ).map(toOpenData),
    (since) =>
      db.offreFormation.findMany({
        where: { updatedAt: { gte: since }, statut: { not: "publiee" }, publieeAt: { not: null } },
        select: { id: true, updatedAt: true },
        orderBy: { id: "asc" },
      }),
  );
}

// --- Stage offers ---------------------------------------------------------------------------------

// What the public page of an offer shows, less the tutor (name, function, contact) and anything internal.
const STAGE_SELECT = {
  id: true,
  titre: true,
  description: true,
  niveau: true,
  touteLAnnee: true,
  dureeMinSemaines: true,
  dureeMaxSemaines: true,
  places: true,
  placesRestantes: true,
  statut: true,
  gratification: true,
  gratificationDetail: true,
  logement: true,
  sansVoiture: true,
  transportDetail: true,
  distanceGareKm: true,
  permisRequis: true,
  horairesNuit: true,
  horairesWeekend: true,
  publieeAt: true,
  updatedAt: true,
  latitude: true,
  longitude: true,
  organisation: { select: { nom: true, siret: true } },
  site: { select: { nom: true, adresse: true } },
  commune: { select: COMMUNE_SELECT },
  categorie: { select: { libelle: true } },
  public: { select: { libelle: true } },
  diplomes: {
    select: { diplome: { select: { code: true, intitule: true } } },
    orderBy: { diplomeId: "asc" },
  },
  periodes: { select: { debut: true, fin: true }, orderBy: { debut: "asc" } },
} satisfies Prisma.StageOffreSelect;

type StageRow = Prisma.StageOffreGetPayload<{ select: typeof STAGE_SELECT }>;

/** The offers the public sees: published or filled, whose last period has not ended (as the offer page). */
function publicStageWhere(): Prisma.StageOffreWhereInput {
  return {
    statut: { in: ["publiee", "pourvue"] },
    OR: [{ finDernierePeriode: null }, { finDernierePeriode: { gte: dateFromIso(todayInParis()) } }],
  };
}

function toOpenDataStage(row: StageRow, origin: string): OpenDataStage {
  return {
    id: row.id,
    url: new URL(`/stages/${row.id}`, origin).toString(),
    titre: row.titre,
    description: row.description,
    niveau: row.niveau,
    employeur: { nom: row.organisation.nom, siret: row.organisation.siret },
    lieu: {
      nom: row.site.nom,
      adresse: row.site.adresse,
      codePostal: row.commune.codesPostaux[0] ?? null,
      commune: row.commune.nom,
      codeInsee: row.commune.code,
      latitude: row.latitude,
      longitude: row.longitude,
      categorie: row.categorie?.libelle ?? null,
      publicAccompagne: row.public?.libelle ?? null,
    },
    diplomes: row.diplomes.map((d) => d.diplome),
    touteLAnnee: row.touteLAnnee,
    periodes: row.periodes.map((p) => ({ debut: isoFromDate(p.debut), fin: isoFromDate(p.fin) })),
    dureeMinSemaines: row.dureeMinSemaines,
    dureeMaxSemaines: row.dureeMaxSemaines,
    places: row.places,
    placesRestantes: row.placesRestantes,
    ouverte: row.statut === "publiee" && row.placesRestantes > 0,
    gratification: row.gratification,
    gratificationDetail: row.gratificationDetail,
    logementPropose: row.logement,
    accessibleSansVoiture: row.sansVoiture,
    transportDetail: row.transportDetail,
    distanceGareKm: row.distanceGareKm,
    permisRequis: row.permisRequis,
    horairesNuit: row.horairesNuit,
    horairesWeekend: row.horairesWeekend,
    publieeLe: row.publieeAt ? isoFromDate(row.publieeAt) : null,
    misAJourLe: row.updatedAt.toISOString(),
  };
}

/** One page of the stage offers the public sees (JSON and CSV exports), in id order; `origin` builds their URL. */
export function getOpenDataStagePage(
  request: OpenDataPageRequest,
  origin: string,
): Promise<OpenDataPage<OpenDataStage>> {
  return page(
    request,
    async ({ where, take }) =>
      (
        await db.stageOffre.findMany({
          where: { ...where, ...publicStageWhere() },
          select: STAGE_SELECT,
          orderBy: { id: "asc" },
          take,
        })
      ).map((row) => toOpenDataStage(row, origin)),
    (since) =>
      db.stageOffre.findMany({
        where: { updatedAt: { gte: since }, publieeAt: { not: null }, NOT: publicStageWhere() },
        select: { id: true, updatedAt: true },
        orderBy: { id: "asc" },
      }),
  );
}
