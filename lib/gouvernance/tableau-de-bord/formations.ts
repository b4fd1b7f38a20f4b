// Dashboard indicators of training sessions (published offers only): SQL aggregates only.
// Territory of a session: its site's commune's EPCI's territory.
import { Prisma } from "@/generated/prisma/client";
import { formatMonth } from "@/lib/format";
import { addMonths } from "./filtres";
import { andTerritoire, HORS_TERRITOIRE, inPeriode, joinTerritoireOfCommune, monthsOf } from "./sql";
import { toNumber, type Indicateur, type PeriodeFiltre, type SqlRunner } from "./types";

/** Months ahead shown by "upcoming starts". */
export const PROCHAINES_RENTREES_MOIS = 6;

export type FormationsAxe = "diplome" | "territoire";

const AXES: Record<
  FormationsAxe,
  { categorie: string; titre: string; column: Prisma.Sql; sansValeur: string }
> = {
  diplome: {
    categorie: "Diplôme",
    titre: "Sessions de formation et places par diplôme",
    column: Prisma.sql`d.intitule`,
    sansValeur: "Non précisé",
  },
  territoire: {
    categorie: "Territoire",
    titre: "Sessions de formation et places par territoire",
    column: Prisma.sql`t.nom`,
    sansValeur: HORS_TERRITOIRE,
  },
};

const FROM_SESSIONS = Prisma.sql`"SessionFormation" s
  JOIN "OffreFormation" fo ON fo.id = s."offreId" AND fo.statut = 'publiee'
  JOIN "Site" si ON si.id = s."siteId"
  JOIN "Diplome" d ON d.id = fo."diplomeId"
  ${joinTerritoireOfCommune('si."communeCode"')}`;

/** Sessions of published training offers starting in the period, and their places, by diploma or territory. */
export async function getFormationsSessions(
  run: SqlRunner,
  f: PeriodeFiltre,
  axe: FormationsAxe,
): Promise<Indicateur> {
  const { categorie, titre, column, sansValeur } = AXES[axe];
  const rows = await run<{
    label: string | null;
    total: boolean;
    sessions: bigint;
    places: bigint;
  }>(Prisma.sql`
    SELECT ${column} AS label, GROUPING(${column}) = 1 AS total, count(*) AS sessions, sum(s.places) AS places
    FROM ${FROM_SESSIONS}
    WHERE ${inPeriode("s.debut", f)} ${andTerritoire("t.id", f)}
    GROUP BY GROUPING SETS ((${column}), ())
    ORDER BY 2, 3 DESC, 1`);
  return {
    id: `formations-${axe}`,
    titre,
    description: "Sessions des formations publiées qui commencent sur la période, et leurs places.",
    categorie,
    series: [
      { label: "Sessions", format: "nombre", graphique: true },
      { label: "Places", format: "nombre", graphique: true },
    ],
    lignes: rows.map((r) => ({
      label: r.total ? "Total" : (r.label ?? sansValeur),
      total: r.total,
      valeurs: [toNumber(r.sessions), toNumber(r.places)],
    })),
  };
}

/** Sessions starting from `today` over the next months (whatever the period), by month. */
export async function getFormationsRentrees(
  run: SqlRunner,
  f: PeriodeFiltre,
  today: string,
): Promise<Indicateur> {
  const fin = addMonths(`${today.slice(0, 7)}-01`, PROCHAINES_RENTREES_MOIS);
  const rows = await run<{ mois: string; sessions: bigint; places: bigint }>(Prisma.sql`
    SELECT to_char(s.debut, 'YYYY-MM') AS mois, count(*) AS sessions, sum(s.places) AS places
    FROM ${FROM_SESSIONS}
    WHERE s.debut >= ${today}::date AND s.debut < ${fin}::date ${andTerritoire("t.id", f)}
    GROUP BY 1`);
  const byMonth = new Map(rows.map((r) => [r.mois, r]));
  return {
    id: "formations-rentrees",
    titre: "Prochaines rentrées en formation",
    description: `Sessions des formations publiées qui commencent à partir d'aujourd'hui, sur les ${PROCHAINES_RENTREES_MOIS} prochains mois (quelle que soit la période choisie).`,
    categorie: "Mois de début",
    series: [
      { label: "Sessions", format: "nombre", graphique: true },
      { label: "Places", format: "nombre", graphique: true },
    ],
    lignes: monthsOf(today, addMonths(fin, -1)).map((mois) => {
      const r = byMonth.get(mois);
      return { label: formatMonth(mois, true), valeurs: [toNumber(r?.sessions), toNumber(r?.places)] };
    }),
  };
}
