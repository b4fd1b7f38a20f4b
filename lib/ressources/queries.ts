import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import type { Bbox } from "@/lib/carte/filters";
import { isoFromDate, todayInParis } from "@/lib/dates";
import {
  PARTICULIER_LABEL,
  PROXIMITE_STAGE_KM,
  type RessourceCommuneAgregat,
} from "@/lib/ressources/constants";
import { ressourcesOwnedWhere } from "@/lib/ressources/access";
import type { RessourceFilters } from "@/lib/ressources/schemas";
import { disponibleSql, distanceSql } from "@/lib/ressources/sql";

// Learner-facing queries select no address and no owner's name: resources are shown at commune level.

const OWNER_LIST_SELECT = {
  id: true,
  type: true,
  mobiliteType: true,
  titre: true,
  statut: true,
  motifRefus: true,
  capacite: true,
  disponibleDebut: true,
  disponibleFin: true,
  commune: { select: { nom: true } },
  organisation: { select: { nom: true } },
} satisfies Prisma.RessourceSelect;

/**
 * What /mes-ressources shows: the caller's host family declaration, the organisations they can
 * offer resources for, and the resources they own (their organisations' and their own).
 */
export async function getMesRessources(user: SessionUser) {
  const [famille, ressources] = await Promise.all([
    db.familleAccueil.findUnique({
      where: { userId: user.id },
      select: {
        id: true,
        statut: true,
        motifRefus: true,
        communeCode: true,
        presentation: true,
        telephone: true,
      },
    }),
    db.ressource.findMany({
      where: ressourcesOwnedWhere(user),
      orderBy: [{ updatedAt: "desc" }],
      select: OWNER_LIST_SELECT,
    }),
  ]);
  return { famille, ressources };
}

/** Can the caller offer resources: a verified organisation of theirs, or a verified host family. */
export async function canOfferRessources(user: SessionUser): Promise<boolean> {
  if (user.organisations.some((o) => o.statut === "verifiee")) return true;
  const famille = await db.familleAccueil.findUnique({
    where: { userId: user.id },
    select: { statut: true },
  });
  return famille?.statut === "verifiee";
}

/** One of the caller's resources with every field (address included), or null (missing or not theirs). */
export async function getRessourceForOwner(user: SessionUser, id: string) {
  return db.ressource.findFirst({
    where: { id, ...ressourcesOwnedWhere(user) },
    select: {
      id: true,
      organisationId: true,
      type: true,
      mobiliteType: true,
      titre: true,
      description: true,
      communeCode: true,
      adresse: true,
      capacite: true,
      disponibleDebut: true,
      disponibleFin: true,
      gratuit: true,
      prix: true,
      conditions: true,
      equipements: true,
      statut: true,
      motifRefus: true,
      organisation: { select: { nom: true } },
      propositions: {
        where: { statut: { in: ["proposee", "acceptee"] } },
        orderBy: { debut: "asc" },
        select: { id: true, debut: true, fin: true, statut: true },
      },
    },
  });
}
export type RessourceOwnerDetail = NonNullable<Awaited<ReturnType<typeof getRessourceForOwner>>>;

/** Submitted resources, oldest first, with their owner (staff only; the caller checks the role). */
export async function getRessourceModerationQueue() {
  return db.ressource.findMany({
    where: { statut: "soumise" },
    orderBy: [{ soumiseAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      mobiliteType: true,
      titre: true,
      description: true,
      adresse: true,
      capacite: true,
      disponibleDebut: true,
      disponibleFin: true,
      gratuit: true,
      prix: true,
      conditions: true,
      equipements: true,
      soumiseAt: true,
      commune: { select: { nom: true } },
      organisation: { select: { nom: true } },
      proprietaire: { select: { prenom: true, nom: true, email: true } },
    },
  });
}

/** Host family declarations waiting for verification, oldest first (staff only). */
export async function getFamilleModerationQueue() {
  const familles = await db.familleAccueil.findMany({
    where: { statut: "en_attente" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      presentation: true,
      telephone: true,
      createdAt: true,
      communeCode: true,
      user: { select: { prenom: true, nom: true, email: true } },
    },
  });
  // FamilleAccueil has no relation to Commune: the names are looked up in one query.
  const communes = await db.commune.findMany({
    where: { code: { in: familles.map((f) => f.communeCode) } },
    select: { code: true, nom: true },
  });
  const nomOf = new Map(communes.map((c) => [c.code, c.nom]));
  return familles.map((f) => ({ ...f, commune: nomOf.get(f.communeCode) ?? f.communeCode }));
}

/** Sizes of the two moderation queues of this domain, for the moderation hub. */
export async function countRessourceModerationQueues() {
  const [ressources, familles] = await Promise.all([
    db.ressource.count({ where: { statut: "soumise" } }),
    db.familleAccueil.count({ where: { statut: "en_attente" } }),
  ]);
  return { ressources, familles };
}

/** A published resource as learners see it: commune level, no address, no person's name. */
export type RessourcePublique = {
  id: string;
  type: Prisma.RessourceGetPayload<{ select: { type: true } }>["type"];
  mobiliteType: Prisma.RessourceGetPayload<{ select: { mobiliteType: true } }>["mobiliteType"];
  titre: string;
  description: string;
  communeCode: string;
  commune: string;
  capacite: number;
  disponibleDebut: string | null;
  disponibleFin: string | null;
  gratuit: boolean;
  prix: string | null;
  conditions: string | null;
  equipements: string | null;
  /** the organisation's name, or PARTICULIER_LABEL for a host family */
  proposePar: string;
  distanceKm: number | null;
};

export const RESSOURCES_LISTE_MAX = 100;

/** Published, still available resources for /ressources: by distance around a commune, else newest first. */
export async function getRessourcePubliqueList(
  filters: RessourceFilters,
): Promise<{ items: RessourcePublique[]; centre: string | null }> {
  const today = todayInParis();
  const where: Prisma.Sql[] = [disponibleSql(today)];
  const from: Prisma.Sql[] = [Prisma.sql`"Ressource" r`];
  let centre: string | null = null;
  let order = Prisma.sql`r."publieeAt" DESC NULLS LAST, r.id`;
  let distance = Prisma.sql`NULL::float8`;
  if (filters.type) where.push(Prisma.sql`r.type::text = ${filters.type}`);
  if (filters.commune && filters.rayon) {
    const commune = await db.commune.findUnique({
      where: { code: filters.commune },
      select: { nom: true, latitude: true, longitude: true },
    });
    if (commune) {
      centre = commune.nom;
      const d = distanceSql(commune.latitude, commune.longitude, filters.rayon);
      from.push(d.join);
      where.push(d.box);
      order = Prisma.sql`dist.km ASC, r."publieeAt" DESC NULLS LAST, r.id`;
      distance = Prisma.sql`dist.km`;
    }
  }
  const rows = await db.$queryRaw<{ id: string; distance: number | null }[]>`
    SELECT r.id, ${distance} AS distance FROM ${Prisma.join(from, " ")}
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order} LIMIT ${RESSOURCES_LISTE_MAX}`;
  if (rows.length === 0) return { items: [], centre };
  const details = await db.ressource.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: {
      id: true,
      type: true,
      mobiliteType: true,
      titre: true,
      description: true,
      communeCode: true,
      capacite: true,
      disponibleDebut: true,
      disponibleFin: true,
      gratuit: true,
      prix: true,
      conditions: true,
      equipements: true,
      commune: { select: { nom: true } },
      organisation: { select: { nom: true } },
    },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  const items = rows.flatMap((row) => {
    const r = byId.get(row.id);
    if (!r) return [];
    return [
      {
        id: r.id,
        type: r.type,
        mobiliteType: r.mobiliteType,
        titre: r.titre,
        description: r.description,
        communeCode: r.communeCode,
        commune: r.commune.nom,
        capacite: r.capacite,
        disponibleDebut: r.disponibleDebut ? isoFromDate(r.disponibleDebut) : null,
        disponibleFin: r.disponibleFin ? isoFromDate(r.disponibleFin) : null,
        gratuit: r.gratuit,
        prix: r.prix,
        conditions: r.conditions,
        equipements: r.equipements,
        proposePar: r.organisation?.nom ?? PARTICULIER_LABEL,
        distanceKm: row.distance,
      },
    ];
  });
  return { items, centre };
}

/** The communes of `bbox` with published, still available housing or mobility resources, by name. */
export async function getRessourceCarteAgregats(bbox: Bbox): Promise<RessourceCommuneAgregat[]> {
  const [minLng, minLat, maxLng, maxLat] = bbox;
  return db.$queryRaw<RessourceCommuneAgregat[]>`
    SELECT c.code, c.nom, c.latitude, c.longitude,
      (count(*) FILTER (WHERE r.type = 'hebergement'))::int AS hebergement,
      (count(*) FILTER (WHERE r.type = 'mobilite'))::int AS mobilite
    FROM "Ressource" r JOIN "Commune" c ON c.code = r."communeCode"
    WHERE ${disponibleSql(todayInParis())}
      AND r.type IN ('hebergement', 'mobilite')
      AND r.latitude BETWEEN ${minLat}::float8 AND ${maxLat}::float8
      AND r.longitude BETWEEN ${minLng}::float8 AND ${maxLng}::float8
    GROUP BY c.code, c.nom, c.latitude, c.longitude
    ORDER BY c.nom`;
}

/** Same counts within `km` of a point (a stage's site), nearest commune first, with the distance. */
export async function getRessourcesProchesList(
  point: { latitude: number; longitude: number },
  km = PROXIMITE_STAGE_KM,
): Promise<(RessourceCommuneAgregat & { distanceKm: number })[]> {
  const d = distanceSql(point.latitude, point.longitude, km);
  return db.$queryRaw`
    SELECT c.code, c.nom, c.latitude, c.longitude, min(dist.km)::float8 AS "distanceKm",
      (count(*) FILTER (WHERE r.type = 'hebergement'))::int AS hebergement,
      (count(*) FILTER (WHERE r.type = 'mobilite'))::int AS mobilite
    FROM "Ressource" r ${d.join} JOIN "Commune" c ON c.code = r."communeCode"
    WHERE ${disponibleSql(todayInParis())} AND r.type IN ('hebergement', 'mobilite') AND ${d.box}
    GROUP BY c.code, c.nom, c.latitude, c.longitude
    ORDER BY "distanceKm", c.nom`;
}

/**
 * The propositions of one of the learner's requests, newest first, or null when the request is not
 * theirs. The address and the owner's contact are given only once the learner has accepted.
 */
export async function getPropositionsForApprenant(user: Pick<SessionUser, "id">, demandeId: string) {
  const demande = await db.demandeAide.findFirst({
    where: { id: demandeId, apprenantId: user.id },
    select: { id: true },
  });
  if (!demande) return null;
  const propositions = await db.ressourceProposition.findMany({
    where: { demandeId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      debut: true,
      fin: true,
      message: true,
      statut: true,
      ressource: {
        select: {
          type: true,
          mobiliteType: true,
          titre: true,
          description: true,
          capacite: true,
          gratuit: true,
          prix: true,
          conditions: true,
          commune: { select: { nom: true } },
          organisation: { select: { nom: true } },
        },
      },
    },
  });
  const accepted = propositions.filter((p) => p.statut === "acceptee").map((p) => p.id);
  const contacts = accepted.length > 0 ? await getContacts(accepted) : new Map<string, Contact>();
  return propositions.map((p) => ({
    id: p.id,
    debut: isoFromDate(p.debut),
    fin: isoFromDate(p.fin),
    message: p.message,
    statut: p.statut,
    type: p.ressource.type,
    mobiliteType: p.ressource.mobiliteType,
    titre: p.ressource.titre,
    description: p.ressource.description,
    capacite: p.ressource.capacite,
    gratuit: p.ressource.gratuit,
    prix: p.ressource.prix,
    conditions: p.ressource.conditions,
    commune: p.ressource.commune.nom,
    proposePar: p.ressource.organisation?.nom ?? PARTICULIER_LABEL,
    contact: contacts.get(p.id) ?? null,
  }));
}
export type PropositionApprenant = NonNullable<
  Awaited<ReturnType<typeof getPropositionsForApprenant>>
>[number];

type Contact = { adresse: string | null; nom: string; email: string | null; telephone: string | null };

/** Address and owner's contact of accepted propositions (the caller has checked they are the learner's). */
async function getContacts(propositionIds: string[]): Promise<Map<string, Contact>> {
  const rows = await db.ressourceProposition.findMany({
    where: { id: { in: propositionIds }, statut: "acceptee" },
    select: {
      id: true,
      ressource: {
        select: {
          adresse: true,
          organisation: {
            select: {
              nom: true,
              adresse: true,
              members: {
                take: 1,
                orderBy: { createdAt: "asc" },
                select: { user: { select: { email: true } } },
              },
            },
          },
          proprietaire: {
            select: {
              prenom: true,
              nom: true,
              email: true,
              familleAccueil: { select: { telephone: true } },
            },
          },
        },
      },
    },
  });
  return new Map(
    rows.map((row) => {
      const { organisation, proprietaire, adresse } = row.ressource;
      const contact: Contact = organisation
        ? {
            adresse: adresse ?? organisation.adresse,
            nom: organisation.nom,
            email: organisation.members[0]?.user.email ?? null,
            telephone: null,
          }
        : {
            adresse,
            nom: proprietaire ? `${proprietaire.prenom} ${proprietaire.nom}` : "Compte supprimé",
            email: proprietaire?.email ?? null,
            telephone: proprietaire?.familleAccueil?.telephone ?? null,
          };
      return [row.id, contact];
    }),
  );
}
