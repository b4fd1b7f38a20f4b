import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { dateFromIso, todayInParis } from "@/lib/dates";

// "Open" is what a visitor can act on today, as the catalogue and the map define it:
// a training offer is open when published with a session not finished yet; a stage offer when
// published, with places left and its last period not over (or all year round).

function formationOuverteWhere(today: string): Prisma.OffreFormationWhereInput {
  return { statut: "publiee", sessions: { some: { fin: { gte: dateFromIso(today) } } } };
}

function stageOuvertWhere(today: string): Prisma.StageOffreWhereInput {
  return {
    statut: "publiee",
    placesRestantes: { gt: 0 },
    OR: [{ finDernierePeriode: null }, { finDernierePeriode: { gte: dateFromIso(today) } }],
  };
}

const DIPLOME_SELECT = {
  id: true,
  code: true,
  slug: true,
  intitule: true,
  metier: true,
  niveau: true,
  rncp: true,
} satisfies Prisma.DiplomeSelect;

export type MetierDiplome = Prisma.DiplomeGetPayload<{ select: typeof DIPLOME_SELECT }>;

export type MetierCounts = { formations: number; stages: number; placesStage: number };

export type MetierSummary = MetierDiplome & MetierCounts;

/** Every diploma with its open training offers and open stage offers (and their places left), by level then name. */
export async function getMetierSummaryList(today: string = todayInParis()): Promise<MetierSummary[]> {
  const [diplomes, formations, stages] = await Promise.all([
    db.diplome.findMany({ select: DIPLOME_SELECT, orderBy: [{ niveau: "asc" }, { metier: "asc" }] }),
    db.offreFormation.groupBy({
      by: ["diplomeId"],
      where: formationOuverteWhere(today),
      _count: { _all: true },
    }),
    getStageCountsByDiplome(today),
  ]);
  const formationCounts = new Map(formations.map((f) => [f.diplomeId, f._count._all]));
  return diplomes.map((d) => ({
    ...d,
    formations: formationCounts.get(d.id) ?? 0,
    stages: stages.get(d.id)?.stages ?? 0,
    placesStage: stages.get(d.id)?.places ?? 0,
  }));
}

async function getStageCountsByDiplome(
  today: string,
): Promise<Map<string, { stages: number; places: number }>> {
  // The places of an offer open to several diplomas count for each of them.
  const rows = await db.stageOffreDiplome.findMany({
    where: { offre: stageOuvertWhere(today) },
    select: { diplomeId: true, offre: { select: { placesRestantes: true } } },
  });
  const counts = new Map<string, { stages: number; places: number }>();
  for (const row of rows) {
    const current = counts.get(row.diplomeId) ?? { stages: 0, places: 0 };
    current.stages += 1;
    current.places += row.offre.placesRestantes;
    counts.set(row.diplomeId, current);
  }
  return counts;
}

export type MetierEmployeurCategorie = {
  /** CategorieEtablissement.code (the map's `categorie` filter), null when the offer has none */
  code: string | null;
  libelle: string;
  stages: number;
};

export type MetierDetail = MetierSummary & { categories: MetierEmployeurCategorie[] };

/**
 * One diploma with its counts and the kinds of establishments whose open stage offers target it
 * (most offers first); null when no diploma has this slug.
 */
export async function getMetierDetail(
  slug: string,
  today: string = todayInParis(),
): Promise<MetierDetail | null> {
  const diplome = await db.diplome.findUnique({ where: { slug }, select: DIPLOME_SELECT });
  if (!diplome) return null;
  const stagesWhere: Prisma.StageOffreWhereInput = {
    ...stageOuvertWhere(today),
    diplomes: { some: { diplomeId: diplome.id } },
  };
  const [formations, stages, parCategorie] = await Promise.all([
    db.offreFormation.count({ where: { ...formationOuverteWhere(today), diplomeId: diplome.id } }),
    db.stageOffre.aggregate({ where: stagesWhere, _count: { _all: true }, _sum: { placesRestantes: true } }),
    db.stageOffre.groupBy({ by: ["categorieId"], where: stagesWhere, _count: { _all: true } }),
  ]);
  const categorieIds = parCategorie.flatMap((g) => (g.categorieId ? [g.categorieId] : []));
  const libelles = new Map(
    (
      await db.categorieEtablissement.findMany({
        where: { id: { in: categorieIds } },
        select: { id: true, code: true, libelle: true },
      })
    ).map((c) => [c.id, c]),
  );
  const categories = parCategorie
    .map((g): MetierEmployeurCategorie => {
      const categorie = g.categorieId ? libelles.get(g.categorieId) : undefined;
      return {
        code: categorie?.code ?? null,
        libelle: categorie?.libelle ?? "Type d'établissement non précisé",
        stages: g._count._all,
      };
    })
    .sort((a, b) => b.stages - a.stages || a.libelle.localeCompare(b.libelle, "fr"));
  return {
    ...diplome,
    formations,
    stages: stages._count._all,
    placesStage: stages._sum.placesRestantes ?? 0,
    categories,
  };
}
