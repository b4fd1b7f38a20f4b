import "server-only";
import { db } from "@/lib/db";
import { sortByName } from "@/lib/collation";
import type { SessionUser } from "@/lib/auth/permissions";

/** The collèges for the public page: member organisations by name, persons only counted (never named). */
export async function getCollegePublicList() {
  const colleges = await db.college.findMany({
    orderBy: { ordre: "asc" },
    select: {
      id: true,
      slug: true,
      nom: true,
      description: true,
      membreType: true,
      memberships: {
        where: { statut: "acceptee", organisationId: { not: null } },
        select: {
          organisation: { select: { id: true, nom: true, statut: true, annuaireVisible: true } },
        },
      },
      _count: { select: { memberships: { where: { statut: "acceptee", userId: { not: null } } } } },
    },
  });
  return colleges.map(({ memberships, _count, ...c }) => ({
    ...c,
    organisations: sortByName(memberships, (m) => m.organisation?.nom ?? "").flatMap((m) =>
      m.organisation
        ? [
            {
              id: m.organisation.id,
              nom: m.organisation.nom,
              listee: m.organisation.annuaireVisible && m.organisation.statut === "verifiee",
            },
          ]
        : [],
    ),
    personnes: _count.memberships,
  }));
}

/** The collèges as choices of the membership form, in their order. */
export function getCollegeOptionList() {
  return db.college.findMany({
    orderBy: { ordre: "asc" },
    select: { slug: true, nom: true, membreType: true },
  });
}

/** The caller's own requests and memberships and those of their organisations, newest first. */
export function getMesAdhesionList(user: SessionUser) {
  return db.collegeMembership.findMany({
    where: {
      OR: [{ userId: user.id }, { organisationId: { in: user.organisations.map((o) => o.id) } }],
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      statut: true,
      motivation: true,
      motifRefus: true,
      createdAt: true,
      decideeAt: true,
      college: { select: { nom: true } },
      organisation: { select: { id: true, nom: true } },
    },
  });
}

/** How many membership requests wait for a decision (staff; the caller checks the role). */
export function countAdhesionModerationQueue(): Promise<number> {
  return db.collegeMembership.count({ where: { statut: "en_attente" } });
}

/** Pending membership requests, oldest first (staff; the caller checks the role). */
export function getAdhesionModerationQueue() {
  return db.collegeMembership.findMany({
    where: { statut: "en_attente" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      motivation: true,
      createdAt: true,
      college: { select: { nom: true, membreType: true } },
      organisation: {
        select: { id: true, nom: true, type: true, siret: true, commune: { select: { nom: true } } },
      },
      user: { select: { prenom: true, nom: true, email: true } },
      demandeur: { select: { prenom: true, nom: true, email: true } },
    },
  });
}
