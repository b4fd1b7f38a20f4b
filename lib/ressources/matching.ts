import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { isoFromDate } from "@/lib/dates";
import { demandesOfAgentWhere } from "@/lib/freins/access";
import { PARTICULIER_LABEL, TYPES_PAR_BESOIN } from "@/lib/ressources/constants";
import { distanceSql } from "@/lib/ressources/sql";

export const MATCHING_MAX = 50;

/**
 * Matching for an agent: the published resources of the types answering the request's needs
 * (TYPES_PAR_BESOIN), within `rayonKm` of the request's commune, available over its whole period and
 * not held by a proposed or accepted proposition overlapping it, nearest first. Null when the request
 * is not visible to `user` (same rule as every request query: lib/freins/access.ts).
 */
export async function getMatchingRessourceList(
  user: Pick<SessionUser, "id" | "roles">,
  demandeId: string,
  rayonKm: number,
) {
  const visible = demandesOfAgentWhere(user);
  if (!visible) return null;
  const demande = await db.demandeAide.findFirst({
    where: { AND: [{ id: demandeId }, visible] },
    select: {
      id: true,
      statut: true,
      besoins: true,
      debut: true,
      fin: true,
      communeCode: true,
      commune: { select: { nom: true, latitude: true, longitude: true } },
      propositions: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          debut: true,
          fin: true,
          statut: true,
          message: true,
          ressource: { select: { id: true, titre: true, type: true, commune: { select: { nom: true } } } },
        },
      },
    },
  });
  if (!demande) return null;
  const types = [...new Set(demande.besoins.flatMap((b) => TYPES_PAR_BESOIN[b]))];
  const debut = isoFromDate(demande.debut);
  const fin = isoFromDate(demande.fin);
  const base = {
    demande: {
      id: demande.id,
      statut: demande.statut,
      besoins: demande.besoins,
      debut,
      fin,
      commune: demande.commune.nom,
    },
    types,
    propositions: demande.propositions.map((p) => ({
      id: p.id,
      debut: isoFromDate(p.debut),
      fin: isoFromDate(p.fin),
      statut: p.statut,
      message: p.message,
      ressource: {
        id: p.ressource.id,
        titre: p.ressource.titre,
        type: p.ressource.type,
        commune: p.ressource.commune.nom,
      },
    })),
  };
  if (types.length === 0) return { ...base, resultats: [] };

  const d = distanceSql(demande.commune.latitude, demande.commune.longitude, rayonKm);
  const rows = await db.$queryRaw<{ id: string; distance: number }[]>`
    SELECT r.id, dist.km AS distance
    FROM "Ressource" r ${d.join}
    WHERE r.statut = 'publiee'
      AND r.type::text = ANY(${types}::text[])
      AND ${d.box}
      AND (r."disponibleDebut" IS NULL OR r."disponibleDebut" <= ${debut}::date)
      AND (r."disponibleFin" IS NULL OR r."disponibleFin" >= ${fin}::date)
      AND NOT EXISTS (
        SELECT 1 FROM "RessourceProposition" p
        WHERE p."ressourceId" = r.id AND p.statut IN ('proposee', 'acceptee')
          AND p.debut <= ${fin}::date AND p.fin >= ${debut}::date)
    ORDER BY dist.km ASC, r."publieeAt" DESC NULLS LAST, r.id
    LIMIT ${MATCHING_MAX}`;
  if (rows.length === 0) return { ...base, resultats: [] };
  const details = await db.ressource.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: {
      id: true,
      type: true,
      mobiliteType: true,
      titre: true,
      description: true,
      adresse: true,
      capacite: true,
      gratuit: true,
      prix: true,
      conditions: true,
      disponibleDebut: true,
      disponibleFin: true,
      commune: { select: { nom: true } },
      organisation: { select: { nom: true } },
      proprietaire: { select: { prenom: true, nom: true } },
    },
  });
  const byId = new Map(details.map((r) => [r.id, r]));
  const resultats = rows.flatMap((row) => {
    const r = byId.get(row.id);
    if (!r) return [];
    return [
      {
        id: r.id,
        type: r.type,
        mobiliteType: r.mobiliteType,
        titre: r.titre,
        description: r.description,
        // Agents see the exact address: they arrange the contact.
        adresse: r.adresse,
        capacite: r.capacite,
        gratuit: r.gratuit,
        prix: r.prix,
        conditions: r.conditions,
        disponibleDebut: r.disponibleDebut ? isoFromDate(r.disponibleDebut) : null,
        disponibleFin: r.disponibleFin ? isoFromDate(r.disponibleFin) : null,
        commune: r.commune.nom,
        proposePar:
          r.organisation?.nom ??
          (r.proprietaire
            ? `${PARTICULIER_LABEL} : ${r.proprietaire.prenom} ${r.proprietaire.nom}`
            : PARTICULIER_LABEL),
        distanceKm: row.distance,
      },
    ];
  });
  return { ...base, resultats };
}
export type MatchingResult = NonNullable<Awaited<ReturnType<typeof getMatchingRessourceList>>>;
