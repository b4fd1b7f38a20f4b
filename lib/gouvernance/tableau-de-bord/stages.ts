// Dashboard indicators of stage offers and applications: SQL aggregates only. Territory of an
// offer: its commune's EPCI's territory.
import { Prisma } from "@/generated/prisma/client";
import { formatMonth } from "@/lib/format";
import { andTerritoire, HORS_TERRITOIRE, inPeriode, joinTerritoireOfCommune, monthsOf } from "./sql";
import { applySecret, SECRET_NOTE } from "@/lib/gouvernance/suppression";
import { toJours, toNumber, type Indicateur, type PeriodeFiltre, type SqlRunner } from "./types";

/** Offers published in the period, by month of publication, with how many are now filled or expired. */
export async function getStagesEvolution(run: SqlRunner, f: PeriodeFiltre): Promise<Indicateur> {
  const rows = await run<{ mois: string; publiees: bigint; pourvues: bigint; expirees: bigint }>(Prisma.sql`
    SELECT to_char(o."publieeAt", 'YYYY-MM') AS mois, count(*) AS publiees,
      count(*) FILTER (WHERE o.statut = 'pourvue') AS pourvues,
      count(*) FILTER (WHERE o.statut = 'expiree') AS expirees
    FROM "StageOffre" o ${f.territoireId ? joinTerritoireOfCommune('o."communeCode"') : Prisma.empty}
    WHERE ${inPeriode('o."publieeAt"', f)} ${andTerritoire("t.id", f)}
    GROUP BY 1`);
  const byMonth = new Map(rows.map((r) => [r.mois, r]));
  return {
    id: "stages-evolution",
    titre: "Offres de stage publiées, pourvues et expirées",
    description:
      "Offres publiées sur la période, par mois de publication ; parmi elles, celles qui sont aujourd'hui pourvues ou expirées.",
    categorie: "Mois de publication",
    series: [
      { label: "Publiées", format: "nombre", graphique: true },
      { label: "Pourvues", format: "nombre", graphique: true },
      { label: "Expirées", format: "nombre", graphique: true },
    ],
    lignes: monthsOf(f.debut, f.fin).map((mois) => {
      const r = byMonth.get(mois);
      return {
        label: formatMonth(mois, true),
        valeurs: [toNumber(r?.publiees), toNumber(r?.pourvues), toNumber(r?.expirees)],
      };
    }),
  };
}

export type StagesPlacesAxe = "territoire" | "public" | "diplome";

// `column` has no parameter so that GROUPING(column) names the grouped expression.
const PLACES_AXES: Record<
  StagesPlacesAxe,
  { categorie: string; titre: string; column: Prisma.Sql; sansValeur: string; join: Prisma.Sql }
> = {
  territoire: {
    categorie: "Territoire",
    titre: "Places de stage offertes et pourvues par territoire",
    column: Prisma.sql`t.nom`,
    sansValeur: HORS_TERRITOIRE,
    join: Prisma.empty,
  },
  public: {
    categorie: "Public accompagné",
    titre: "Places de stage offertes et pourvues par public accompagné",
    column: Prisma.sql`p.libelle`,
    sansValeur: "Non précisé",
    join: Prisma.sql`LEFT JOIN "Public" p ON p.id = o."publicId"`,
  },
  diplome: {
    categorie: "Diplôme",
    titre: "Places de stage offertes et pourvues par diplôme",
    column: Prisma.sql`d.intitule`,
    sansValeur: "Non précisé",
    join: Prisma.sql`JOIN "StageOffreDiplome" sd ON sd."offreId" = o.id JOIN "Diplome" d ON d.id = sd."diplomeId"`,
  },
};

/**
 * Places of the offers published in the period: offered (`places`) and filled (accepted
 * applications, `places - placesRestantes`), by territory, public or diploma (an offer open to
 * several diplomas counts for each, so that table has no total).
 */
export async function getStagesPlaces(
  run: SqlRunner,
  f: PeriodeFiltre,
  axe: StagesPlacesAxe,
): Promise<Indicateur> {
  const { categorie, titre, column, sansValeur, join } = PLACES_AXES[axe];
  const rows = await run<{
    label: string | null;
    total: boolean;
    offres: bigint;
    offertes: bigint;
    pourvues: bigint;
  }>(Prisma.sql`
    SELECT ${column} AS label, GROUPING(${column}) = 1 AS total, count(*) AS offres,
      sum(o.places) AS offertes, sum(o.places - o."placesRestantes") AS pourvues
    FROM "StageOffre" o ${joinTerritoireOfCommune('o."communeCode"')} ${join}
    WHERE ${inPeriode('o."publieeAt"', f)} ${andTerritoire("t.id", f)}
    GROUP BY GROUPING SETS ((${column}), ())
    ORDER BY 2, 4 DESC, 1`);
  // Filled places are accepted applications: a count about people.
  const lignes = applySecret(
    rows
      .filter((r) => axe !== "diplome" || !r.total)
      .map((r) => {
        const offertes = toNumber(r.offertes);
        const pourvues = toNumber(r.pourvues);
        return {
          label: r.total ? "Total" : (r.label ?? sansValeur),
          total: r.total,
          mesures: [
            toNumber(r.offres),
            offertes,
            { effectif: pourvues },
            { taux: { numerateur: pourvues, denominateur: offertes } },
          ],
        };
      }),
  );
  return {
    id: `stages-places-${axe}`,
    titre,
    description:
      "Offres publiées sur la période : places offertes et places pourvues (candidatures acceptées)." +
      (axe === "diplome" ? " Une offre ouverte à plusieurs diplômes compte pour chacun." : "") +
      SECRET_NOTE,
    categorie,
    series: [
      { label: "Offres", format: "nombre" },
      { label: "Places offertes", format: "nombre", graphique: true },
      { label: "Places pourvues", format: "nombre", graphique: true },
      { label: "Taux de places pourvues (%)", format: "pourcentage" },
    ],
    lignes,
  };
}

/**
 * Applications sent in the period, by territory of the offer: how many, how many accepted, the
 * acceptance rate, and the median time to the employer's answer (acceptance or refusal,
 * `reponduAt - createdAt`, in days; a mere "read" is not an answer). An answer dated before its
 * application cannot be written (constraint "Candidature_reponse_apres_envoi"); the filter keeps the
 * median non-negative even on data restored from before that constraint.
 */
export async function getStagesCandidatures(run: SqlRunner, f: PeriodeFiltre): Promise<Indicateur> {
  const rows = await run<{
    label: string | null;
    total: boolean;
    candidatures: bigint;
    acceptees: bigint;
    repondues: bigint;
    median: number | null;
  }>(Prisma.sql`
    SELECT t.nom AS label, GROUPING(t.nom) = 1 AS total,
      count(*) AS candidatures,
      count(*) FILTER (WHERE ca.statut = 'acceptee') AS acceptees,
      count(*) FILTER (WHERE ca."reponduAt" >= ca."createdAt") AS repondues,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ca."reponduAt" - ca."createdAt")::float8 / 86400)
        FILTER (WHERE ca."reponduAt" >= ca."createdAt") AS median
    FROM "Candidature" ca
    JOIN "StageOffre" o ON o.id = ca."offreId"
    ${joinTerritoireOfCommune('o."communeCode"')}
    WHERE ${inPeriode('ca."createdAt"', f)} ${andTerritoire("t.id", f)}
    GROUP BY GROUPING SETS ((t.nom), ())
    ORDER BY 2, 3 DESC, 1`);
  return {
    id: "stages-candidatures",
    titre: "Candidatures, taux d'acceptation et délai de première réponse",
    description:
      "Candidatures envoyées sur la période, par territoire de l'offre. Le délai de première réponse va de l'envoi à l'acceptation ou au refus par l'employeur (médiane, en jours). Un taux ou un délai calculé sur moins de 5 candidatures n'est pas diffusé." +
      SECRET_NOTE,
    categorie: "Territoire",
    series: [
      { label: "Candidatures", format: "nombre", graphique: true },
      { label: "Acceptées", format: "nombre", graphique: true },
      { label: "Taux d'acceptation (%)", format: "pourcentage" },
      { label: "Délai médian de première réponse (jours)", format: "jours" },
    ],
    lignes: applySecret(
      rows.map((r) => {
        const candidatures = toNumber(r.candidatures);
        const acceptees = toNumber(r.acceptees);
        return {
          label: r.total ? "Total" : (r.label ?? HORS_TERRITOIRE),
          total: r.total,
          mesures: [
            { effectif: candidatures },
            { effectif: acceptees },
            { taux: { numerateur: acceptees, denominateur: candidatures } },
            { statistique: toJours(r.median), population: toNumber(r.repondues) },
          ],
        };
      }),
    ),
  };
}
