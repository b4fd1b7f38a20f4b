import "server-only";
import { db } from "@/lib/db";
import { dateFromIso, isoFromDate, todayInParis } from "@/lib/dates";
import type { SessionUser } from "@/lib/auth/permissions";
import type { FavoriCible } from "@/lib/favoris/schemas";

/** A stage offer is public while published or filled and not past its last period (as on its page). */
export function isStagePublic(
  offre: { statut: string; finDernierePeriode: Date | null },
  today = todayInParis(),
): boolean {
  const ended = !!offre.finDernierePeriode && offre.finDernierePeriode < dateFromIso(today);
  return (offre.statut === "publiee" || offre.statut === "pourvue") && !ended;
}

/** The Favori row's key for this user and target. */
export function favoriKey(userId: string, cible: FavoriCible, id: string) {
  return cible === "formation" ? { userId, offreFormationId: id } : { userId, stageOffreId: id };
}

/** True when the user has bookmarked this offer. */
export async function isFavori(user: SessionUser, cible: FavoriCible, id: string): Promise<boolean> {
  return (await db.favori.count({ where: favoriKey(user.id, cible, id) })) > 0;
}

export type FavoriFormation = {
  favoriId: string;
  id: string;
  titre: string;
  organisation: string;
  diplome: string;
  publiee: boolean;
  /** the first session still to start, else the first one under way ("YYYY-MM-DD"), or null */
  prochaineSession: { debut: string; fin: string; commune: string; enCours: boolean } | null;
};

export type FavoriStage = {
  favoriId: string;
  id: string;
  titre: string;
  organisation: string;
  commune: string;
  publiee: boolean;
};

/** The user's own bookmarks, newest first, each saying whether its offer is still public. */
export async function getMesFavoriList(
  user: SessionUser,
): Promise<{ formations: FavoriFormation[]; stages: FavoriStage[] }> {
  const today = todayInParis();
  const rows = await db.favori.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      offreFormation: {
        select: {
          id: true,
          titre: true,
          statut: true,
          organisation: { select: { nom: true } },
          diplome: { select: { intitule: true } },
          sessions: {
            where: { fin: { gte: dateFromIso(today) } },
            orderBy: [{ debut: "asc" }, { id: "asc" }],
            select: { debut: true, fin: true, site: { select: { commune: { select: { nom: true } } } } },
          },
        },
      },
      stageOffre: {
        select: {
          id: true,
          titre: true,
          statut: true,
          finDernierePeriode: true,
          organisation: { select: { nom: true } },
          commune: { select: { nom: true } },
        },
      },
    },
  });
  const formations: FavoriFormation[] = [];
  const stages: FavoriStage[] = [];
  for (const row of rows) {
    const f = row.offreFormation;
    if (f) {
      const sessions = f.sessions.map((x) => ({
        debut: isoFromDate(x.debut),
        fin: isoFromDate(x.fin),
        commune: x.site.commune.nom,
      }));
      const next = sessions.find((x) => x.debut >= today) ?? sessions[0];
      formations.push({
        favoriId: row.id,
        id: f.id,
        titre: f.titre,
        organisation: f.organisation.nom,
        diplome: f.diplome.intitule,
        publiee: f.statut === "publiee",
        prochaineSession: next ? { ...next, enCours: next.debut < today } : null,
      });
    }
    const s = row.stageOffre;
    if (s) {
      stages.push({
        favoriId: row.id,
        id: s.id,
        titre: s.titre,
        organisation: s.organisation.nom,
        commune: s.commune.nom,
        publiee: isStagePublic(s, today),
      });
    }
  }
  return { formations, stages };
}
