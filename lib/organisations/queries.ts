import "server-only";
import { db } from "@/lib/db";
import { sortByName } from "@/lib/collation";
import type { SessionUser } from "@/lib/auth/permissions";

/** Organisations awaiting verification, oldest first (staff only; the caller checks the role). */
export function getPendingOrganisationList() {
  return db.organisation.findMany({
    where: { statut: "en_attente" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      type: true,
      nom: true,
      siret: true,
      finess: true,
      adresse: true,
      createdAt: true,
      commune: { select: { nom: true, codesPostaux: true } },
      members: { select: { user: { select: { prenom: true, nom: true, email: true } } } },
    },
  });
}

/** The organisation with its sites, or null when `user` is not one of its members. */
export async function getOrganisationForMember(user: SessionUser, organisationId: string) {
  if (!user.organisations.some((o) => o.id === organisationId)) return null;
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      nom: true,
      type: true,
      statut: true,
      motifRefus: true,
      numeroActivite: true,
      sites: {
        select: {
          id: true,
          nom: true,
          adresse: true,
          latitude: true,
          longitude: true,
          coordonneesSource: true,
          commune: { select: { nom: true, codesPostaux: true } },
          categorie: { select: { libelle: true } },
          public: { select: { libelle: true } },
        },
      },
    },
  });
  return organisation && { ...organisation, sites: sortByName(organisation.sites, (s) => s.nom) };
}

/** One site of the member's organisation, or null (not a member, or not this organisation's site). */
export async function getSiteForMember(user: SessionUser, organisationId: string, siteId: string) {
  if (!user.organisations.some((o) => o.id === organisationId)) return null;
  return db.site.findFirst({
    where: { id: siteId, organisationId },
    select: {
      id: true,
      nom: true,
      adresse: true,
      communeCode: true,
      categorieId: true,
      publicId: true,
      latitude: true,
      longitude: true,
      coordonneesSource: true,
    },
  });
}
