// Dashboard indicators of barrier requests (demandes d'aide) and pooled resources: SQL aggregates
// only, and every figure about requests goes through applySecret (lib/gouvernance/suppression.ts)
// here, in the data, so no table, chart or export can show a count from 1 to 4. Territory of a request: its
// territoireId; of a resource: its commune's EPCI's territory.
import { Prisma } from "@/generated/prisma/client";
import {
  BESOIN_COURTS,
  BESOINS,
  DEMANDE_STATUT_LABELS,
  DEMANDE_STATUTS,
  type Besoin,
} from "@/lib/freins/constants";
import { RESSOURCE_TYPE_LABELS, RESSOURCE_TYPES } from "@/lib/ressources/constants";
import { applySecret, SECRET_NOTE } from "@/lib/gouvernance/suppression";
import { addDays } from "./filtres";
import { andTerritoire, HORS_TERRITOIRE, inPeriode, joinTerritoireOfCommune } from "./sql";
import { toJours, toNumber, type Indicateur, type PeriodeFiltre, type SqlRunner } from "./types";

/** Requests made in the period, by need (a request with several needs counts for each). */
export async function getFreinsBesoins(run: SqlRunner, f: PeriodeFiltre): Promise<Indicateur> {
  // One pass, no unnest: a FILTER per need (the need list is fixed by the enum).
  const counts = BESOINS.map(
    (b) =>
      Prisma.sql`count(*) FILTER (WHERE besoins @> ARRAY[${Prisma.raw(`'${b}'`)}]::"BesoinType"[]) AS ${Prisma.raw(b)}`,
  );
  const [row] = await run<Record<Besoin | "total", bigint>>(Prisma.sql`
    SELECT ${Prisma.join(counts)}, count(*) AS total
    FROM "DemandeAide"
    WHERE ${inPeriode('"createdAt"', f)} ${andTerritoire('"territoireId"', f)}`);
  const byBesoin = new Map<Besoin | null, number>([
    ...BESOINS.map((b) => [b, toNumber(row?.[b])] as const),
    [null, toNumber(row?.total)],
  ]);
  return {
    id: "freins-besoins",
    titre: "Demandes d'aide par besoin",
    description:
      "Demandes faites sur la période, par besoin exprimé ; une demande portant sur plusieurs besoins compte pour chacun (le total compte chaque demande une fois)." +
      SECRET_NOTE,
    categorie: "Besoin",
    series: [{ label: "Demandes", format: "nombre", graphique: true }],
    lignes: applySecret([
      ...BESOINS.map((b) => ({ label: BESOIN_COURTS[b], mesures: [{ effectif: byBesoin.get(b) ?? 0 }] })),
      { label: "Total", total: true, mesures: [{ effectif: byBesoin.get(null) ?? 0 }] },
    ]),
  };
}

/**
 * Requests made in the period, by territory: how many, the share resolved, the median time to take
 * charge (`priseEnChargeAt - createdAt`) and to resolve (`clotureAt - createdAt` of resolved ones), in days.
 */
export async function getFreinsTerritoires(run: SqlRunner, f: PeriodeFiltre): Promise<Indicateur> {
  const rows = await run<{
    label: string | null;
    total: boolean;
    demandes: bigint;
    resolues: bigint;
    prises: bigint;
    median_prise: number | null;
    resolues_datees: bigint;
    median_resolution: number | null;
  }>(Prisma.sql`
    SELECT t.nom AS label, GROUPING(t.nom) = 1 AS total, count(d.id) AS demandes,
      count(d.id) FILTER (WHERE d.statut = 'resolue') AS resolues,
      count(d."priseEnChargeAt") AS prises,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d."priseEnChargeAt" - d."createdAt")::float8 / 86400) AS median_prise,
      count(d."clotureAt") FILTER (WHERE d.statut = 'resolue') AS resolues_datees,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d."clotureAt" - d."createdAt")::float8 / 86400)
        FILTER (WHERE d.statut = 'resolue') AS median_resolution
    FROM "Territoire" t
    LEFT JOIN "DemandeAide" d ON d."territoireId" = t.id AND ${inPeriode('d."createdAt"', f)}
    WHERE true ${andTerritoire("t.id", f)}
    GROUP BY GROUPING SETS ((t.nom), ())
    ORDER BY 2, 1`);
  return {
    id: "freins-territoires",
    titre: "Demandes d'aide par territoire : part résolue et délais",
    description:
      "Demandes faites sur la période, par territoire : part résolue, délai médian de prise en charge et de résolution (en jours, depuis la demande). Un taux ou un délai calculé sur moins de 5 demandes n'est pas diffusé." +
      SECRET_NOTE,
    categorie: "Territoire",
    series: [
      { label: "Demandes", format: "nombre", graphique: true },
      { label: "Résolues", format: "nombre", graphique: true },
      { label: "Part résolue (%)", format: "pourcentage" },
      { label: "Délai médian de prise en charge (jours)", format: "jours" },
      { label: "Délai médian de résolution (jours)", format: "jours" },
    ],
    lignes: applySecret(
      rows.map((r) => {
        const demandes = toNumber(r.demandes);
        const resolues = toNumber(r.resolues);
        return {
          label: r.total ? "Total" : (r.label ?? HORS_TERRITOIRE),
          total: r.total,
          mesures: [
            { effectif: demandes },
            { effectif: resolues },
            { taux: { numerateur: resolues, denominateur: demandes } },
            { statistique: toJours(r.median_prise), population: toNumber(r.prises) },
            { statistique: toJours(r.median_resolution), population: toNumber(r.resolues_datees) },
          ],
        };
      }),
    ),
  };
}

/** Requests made in the period, by current status. */
export async function getFreinsStatuts(run: SqlRunner, f: PeriodeFiltre): Promise<Indicateur> {
  const rows = await run<{ statut: string | null; total: boolean; demandes: bigint }>(Prisma.sql`
    SELECT statut::text AS statut, GROUPING(statut) = 1 AS total, count(*) AS demandes
    FROM "DemandeAide"
    WHERE ${inPeriode('"createdAt"', f)} ${andTerritoire('"territoireId"', f)}
    GROUP BY GROUPING SETS ((statut), ())`);
  const byStatut = new Map(rows.map((r) => [r.total ? null : r.statut, toNumber(r.demandes)]));
  return {
    id: "freins-statuts",
    titre: "Demandes d'aide par statut",
    description: "Demandes faites sur la période, selon leur statut aujourd'hui." + SECRET_NOTE,
    categorie: "Statut",
    series: [{ label: "Demandes", format: "nombre", graphique: true }],
    lignes: applySecret([
      ...DEMANDE_STATUTS.map((s) => ({
        label: DEMANDE_STATUT_LABELS[s],
        mesures: [{ effectif: byStatut.get(s) ?? 0 }],
      })),
      { label: "Total", total: true, mesures: [{ effectif: byStatut.get(null) ?? 0 }] },
    ]),
  };
}

/**
 * Resources by type: offered (published by the end of the period, still published) and used (with a
 * proposition accepted during the period; a count about requests, hence masked from 1 to 4).
 */
export async function getFreinsRessources(run: SqlRunner, f: PeriodeFiltre): Promise<Indicateur> {
  const rows = await run<{
    type: string | null;
    total: boolean;
    offertes: bigint;
    utilisees: bigint;
  }>(Prisma.sql`
    SELECT r.type::text AS type, GROUPING(r.type) = 1 AS total,
      count(*) FILTER (WHERE r.statut = 'publiee' AND r."publieeAt" < ${addDays(f.fin, 1)}::date) AS offertes,
      count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM "RessourceProposition" p
        WHERE p."ressourceId" = r.id AND p.statut = 'acceptee' AND ${inPeriode('p."decideeAt"', f)}
      )) AS utilisees
    FROM "Ressource" r ${f.territoireId ? joinTerritoireOfCommune('r."communeCode"') : Prisma.empty}
    WHERE true ${andTerritoire("t.id", f)}
    GROUP BY GROUPING SETS ((r.type), ())`);
  const byType = new Map(rows.map((r) => [r.total ? null : r.type, r]));
  const ligne = (label: string, r: (typeof rows)[number] | undefined, total = false) => ({
    label,
    total,
    mesures: [toNumber(r?.offertes), { effectif: toNumber(r?.utilisees) }],
  });
  return {
    id: "freins-ressources",
    titre: "Ressources proposées et utilisées, par type",
    description:
      "Ressources publiées à la fin de la période, et ressources utilisées (une proposition acceptée sur la période)." +
      SECRET_NOTE,
    categorie: "Type de ressource",
    series: [
      { label: "Ressources publiées", format: "nombre", graphique: true },
      { label: "Ressources utilisées", format: "nombre", graphique: true },
    ],
    lignes: applySecret([
      ...RESSOURCE_TYPES.map((t) => ligne(RESSOURCE_TYPE_LABELS[t], byType.get(t))),
      ligne("Total", byType.get(null), true),
    ]),
  };
}
