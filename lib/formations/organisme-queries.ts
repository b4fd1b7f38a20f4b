import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { sortByName } from "@/lib/collation";
import type { SessionUser } from "@/lib/auth/permissions";
import { dateFromIso, todayInParis } from "@/lib/dates";

function organismeIds(user: SessionUser): string[] {
  return user.organisations.filter((o) => o.type === "organisme_formation").map((o) => o.id);
}

/** Everything a training offer's page shows: its facts, diploma, body and sessions (oldest first). */
export const FORMATION_DETAIL_SELECT = {
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
  statut: true,
  motifRefus: true,
  soumiseAt: true,
  publieeAt: true,
  organisationId: true,
  organisation: { select: { nom: true } },
  diplome: { select: { id: true, intitule: true, niveau: true, rncp: true } },
  sessions: {
    orderBy: [{ debut: "asc" }, { fin: "asc" }],
    select: {
      id: true,
      siteId: true,
      debut: true,
      fin: true,
      dateLimiteCandidature: true,
      places: true,
      rythme: true,
      rythmeDetail: true,
      site: { select: { nom: true, adresse: true, commune: { select: { nom: true, codesPostaux: true } } } },
    },
  },
} as const satisfies Prisma.OffreFormationSelect;

export type FormationDetail = Prisma.OffreFormationGetPayload<{ select: typeof FORMATION_DETAIL_SELECT }>;

/**
 * The offers of the user's training bodies, newest first, with their number of sessions and the
 * start of the next one (today or later).
 */
export function getOrganismeFormationList(user: SessionUser) {
  return db.offreFormation.findMany({
    where: { organisationId: { in: organismeIds(user) } },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      titre: true,
      statut: true,
      modalite: true,
      organisation: { select: { nom: true } },
      diplome: { select: { intitule: true } },
      _count: { select: { sessions: true } },
      sessions: {
        where: { debut: { gte: dateFromIso(todayInParis()) } },
        orderBy: { debut: "asc" },
        take: 1,
        select: { debut: true },
      },
    },
  });
}

/** How many sites the user's training bodies have (a session takes place on one). */
export function getOrganismeSiteCount(user: SessionUser): Promise<number> {
  return db.site.count({ where: { organisationId: { in: organismeIds(user) } } });
}

/** What the training offer form needs: the bodies' sites and the diplomas, by level. */
export async function getFormationFormOptions(user: SessionUser) {
  const [sites, diplomes] = await Promise.all([
    db.site
      .findMany({
        where: { organisationId: { in: organismeIds(user) } },
        select: { id: true, nom: true, organisationId: true, commune: { select: { nom: true } } },
      })
      .then((r) => sortByName(r, (site) => site.nom)),
    db.diplome.findMany({
      orderBy: [{ niveau: "asc" }, { intitule: "asc" }],
      select: { id: true, intitule: true, niveau: true, rncp: true },
    }),
  ]);
  return { sites, diplomes };
}

/** One offer of the user's training bodies as stored (any status), or null when it is not theirs. */
export function getOrganismeFormation(user: SessionUser, offreId: string): Promise<FormationDetail | null> {
  return db.offreFormation.findFirst({
    where: { id: offreId, organisationId: { in: organismeIds(user) } },
    select: FORMATION_DETAIL_SELECT,
  });
}
