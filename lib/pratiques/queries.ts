import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { PRATIQUES_LIMITE, type PratiqueTheme } from "@/lib/pratiques/constants";
import type { PratiqueFilters } from "@/lib/pratiques/filters";

/** One card of the public library. */
export type PratiqueCard = {
  id: string;
  titre: string;
  theme: PratiqueTheme;
  contactOrganisation: string;
  contexte: string;
  publieeAt: Date | null;
};

/**
 * The published good practices, newest first; with words, PostgreSQL full-text search in French
 * (title, context, actions, results, contact; stemmed: "recruter" finds "recrutement"), best match first.
 */
export async function getPratiqueLibrary(filters: PratiqueFilters): Promise<PratiqueCard[]> {
  if (!filters.q) {
    return db.bonnePratique.findMany({
      where: { statut: "publiee", ...(filters.theme ? { theme: filters.theme } : {}) },
      orderBy: [{ publieeAt: "desc" }, { id: "asc" }],
      take: PRATIQUES_LIMITE,
      select: {
        id: true,
        titre: true,
        theme: true,
        contactOrganisation: true,
        contexte: true,
        publieeAt: true,
      },
    });
  }
  const theme = filters.theme ? Prisma.sql`AND p.theme = ${filters.theme}::"PratiqueTheme"` : Prisma.empty;
  return db.$queryRaw<PratiqueCard[]>`
    SELECT p.id, p.titre, p.theme::text AS theme, p."contactOrganisation", p.contexte, p."publieeAt"
    FROM "BonnePratique" p,
      websearch_to_tsquery('french', ${filters.q}) AS query,
      to_tsvector('french', p.titre || ' ' || p.contexte || ' ' || p.actions || ' ' || p.resultats || ' ' || p."contactOrganisation") AS doc
    WHERE p.statut = 'publiee' AND doc @@ query ${theme}
    ORDER BY ts_rank(doc, query) DESC, p."publieeAt" DESC, p.id
    LIMIT ${PRATIQUES_LIMITE}`;
}

const DETAIL_SELECT = {
  id: true,
  titre: true,
  theme: true,
  contexte: true,
  actions: true,
  resultats: true,
  contactOrganisation: true,
  statut: true,
  motifRefus: true,
  soumiseAt: true,
  publieeAt: true,
  organisation: { select: { id: true, nom: true, statut: true, annuaireVisible: true } },
} satisfies Prisma.BonnePratiqueSelect;

/** A published good practice, or null (unknown or not published). */
export function getPratiquePublique(id: string) {
  return db.bonnePratique.findFirst({ where: { id, statut: "publiee" }, select: DETAIL_SELECT });
}

/** The caller's own submissions, newest first. */
export function getMesPratiqueList(user: SessionUser) {
  return db.bonnePratique.findMany({
    where: { auteurId: user.id },
    orderBy: [{ soumiseAt: "desc" }, { id: "asc" }],
    select: { id: true, titre: true, theme: true, statut: true, motifRefus: true, soumiseAt: true },
  });
}

/** How many good practices wait for moderation (staff; the caller checks the role). */
export function countPratiqueModerationQueue(): Promise<number> {
  return db.bonnePratique.count({ where: { statut: "soumise" } });
}

/** Submitted good practices, oldest first (staff; the caller checks the role). */
export function getPratiqueModerationQueue() {
  return db.bonnePratique.findMany({
    where: { statut: "soumise" },
    orderBy: [{ soumiseAt: "asc" }, { id: "asc" }],
    select: { ...DETAIL_SELECT, auteur: { select: { prenom: true, nom: true, email: true } } },
  });
}
