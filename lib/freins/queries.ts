import "server-only";
import { db } from "@/lib/db";
import { sortByName } from "@/lib/collation";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { todayInParis } from "@/lib/dates";
import { demandesOfAgentWhere, demandesOfApprenantWhere } from "@/lib/freins/access";
import { STATUTS_OUVERTS, type Besoin, type DemandeStatut } from "@/lib/freins/constants";
import { isDemandeEnRetard } from "@/lib/freins/retard";

/** Audit actions shown as the request's timeline (reads are in the agents' trail only). */
const TIMELINE_ACTIONS = ["demande.creation", "demande.prise_en_charge"];

function timelineWhere(demandeId: string, withReads: boolean): Prisma.AuditLogWhereInput {
  return {
    entityType: "DemandeAide",
    entityId: demandeId,
    OR: [
      { action: { in: TIMELINE_ACTIONS } },
      { action: { startsWith: "demande.statut." } },
      ...(withReads ? [{ action: "demande.lecture" }] : []),
    ],
  };
}

/** The learner's own requests, newest first. */
export function getMesDemandeList(user: SessionUser) {
  return db.demandeAide.findMany({
    where: demandesOfApprenantWhere(user),
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      besoins: true,
      statut: true,
      urgence: true,
      debut: true,
      fin: true,
      createdAt: true,
      commune: { select: { nom: true } },
      territoire: { select: { nom: true } },
    },
  });
}

const MESSAGES_SELECT = {
  orderBy: { createdAt: "asc" },
  select: {
    id: true,
    contenu: true,
    createdAt: true,
    auteurId: true,
    auteur: { select: { prenom: true, nom: true } },
  },
} as const satisfies Prisma.DemandeAide$messagesArgs;

/**
 * One of the learner's own requests with its message thread and status timeline, or null
 * (missing or someone else's). Never the internal notes.
 */
export async function getDemandeForApprenant(user: SessionUser, demandeId: string) {
  const demande = await db.demandeAide.findFirst({
    where: { id: demandeId, ...demandesOfApprenantWhere(user) },
    select: {
      id: true,
      besoins: true,
      contexte: true,
      statut: true,
      urgence: true,
      debut: true,
      fin: true,
      description: true,
      canalContact: true,
      telephone: true,
      motifSansSolution: true,
      createdAt: true,
      clotureAt: true,
      commune: { select: { code: true, nom: true } },
      territoire: { select: { nom: true, cellule: { select: { nom: true } } } },
      agent: { select: { prenom: true } },
      messages: MESSAGES_SELECT,
    },
  });
  if (!demande) return null;
  const timeline = await db.auditLog.findMany({
    where: timelineWhere(demandeId, false),
    orderBy: { createdAt: "asc" },
    select: { id: true, action: true, reason: true, createdAt: true },
  });
  return { ...demande, timeline };
}
export type DemandeApprenant = NonNullable<Awaited<ReturnType<typeof getDemandeForApprenant>>>;

/**
 * A request for an agent of its territory's cell or staff, or null (not visible). Every call that
 * returns it records a `demande.lecture` audit entry: the page cannot show it without leaving a trace.
 */
export async function getDemandeForAgent(user: SessionUser, demandeId: string) {
  const visible = demandesOfAgentWhere(user);
  if (!visible) return null;
  const demande = await db.demandeAide.findFirst({
    where: { AND: [{ id: demandeId }, visible] },
    select: {
      id: true,
      apprenantId: true,
      besoins: true,
      contexte: true,
      statut: true,
      urgence: true,
      debut: true,
      fin: true,
      description: true,
      canalContact: true,
      telephone: true,
      motifSansSolution: true,
      createdAt: true,
      priseEnChargeAt: true,
      clotureAt: true,
      anonymiseeAt: true,
      agentId: true,
      commune: { select: { code: true, nom: true } },
      territoire: { select: { id: true, nom: true } },
      apprenant: { select: { prenom: true, nom: true, email: true } },
      agent: { select: { prenom: true, nom: true } },
      messages: MESSAGES_SELECT,
      notes: {
        orderBy: { createdAt: "desc" },
        select: { id: true, contenu: true, createdAt: true, auteur: { select: { prenom: true, nom: true } } },
      },
    },
  });
  if (!demande) return null;
  await db.auditLog.create({
    data: { actorId: user.id, action: "demande.lecture", entityType: "DemandeAide", entityId: demandeId },
  });
  const timeline = await db.auditLog.findMany({
    where: timelineWhere(demandeId, true),
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      action: true,
      reason: true,
      createdAt: true,
      actor: { select: { prenom: true, nom: true } },
    },
  });
  return { ...demande, timeline };
}
export type DemandeAgent = NonNullable<Awaited<ReturnType<typeof getDemandeForAgent>>>;

export type CelluleQueueFilters = {
  statut?: DemandeStatut;
  territoire?: string;
  besoin?: Besoin;
  retard?: boolean;
};

/**
 * The requests the caller handles (their territories' cells, or all for staff), urgent and oldest
 * first, each with its overdue flag; empty for anyone else.
 */
export async function getCelluleQueue(
  user: SessionUser,
  filters: CelluleQueueFilters = {},
  now = new Date(),
) {
  const visible = demandesOfAgentWhere(user);
  if (!visible) return [];
  const where: Prisma.DemandeAideWhereInput = {
    AND: [
      visible,
      filters.statut ? { statut: filters.statut } : {},
      filters.territoire ? { territoire: { slug: filters.territoire } } : {},
      filters.besoin ? { besoins: { has: filters.besoin } } : {},
      filters.retard ? { statut: { in: [...STATUTS_OUVERTS] } } : {},
    ],
  };
  const rows = await db.demandeAide.findMany({
    where,
    // Enum order in PostgreSQL is the declaration order: normale < urgente < tres_urgente.
    orderBy: [{ urgence: "desc" }, { createdAt: "asc" }],
    take: 500,
    select: {
      id: true,
      apprenantId: true,
      besoins: true,
      statut: true,
      urgence: true,
      debut: true,
      fin: true,
      createdAt: true,
      anonymiseeAt: true,
      commune: { select: { nom: true } },
      territoire: { select: { nom: true, slug: true } },
      agent: { select: { prenom: true, nom: true } },
      messages: { where: { auteurId: { not: null } }, select: { auteurId: true } },
    },
  });
  const list = rows.map(({ messages, apprenantId, ...row }) => ({
    ...row,
    enRetard: isDemandeEnRetard(
      { ...row, celluleARepondu: messages.some((m) => m.auteurId !== apprenantId) },
      now,
    ),
  }));
  return filters.retard ? list.filter((d) => d.enRetard) : list;
}
export type CelluleQueueRow = Awaited<ReturnType<typeof getCelluleQueue>>[number];

/** Number of overdue requests over every territory (for staff's moderation hub). */
export async function countDemandesEnRetard(now = new Date()): Promise<number> {
  const fiveDaysAgo = new Date(now.getTime() - 5 * 24 * 60 * 60 * 1000);
  // Superset (5 calendar days ≤ 5 working days), refined by the working-day rule.
  const rows = await db.demandeAide.findMany({
    where: { statut: { in: [...STATUTS_OUVERTS] }, createdAt: { lt: fiveDaysAgo } },
    select: {
      statut: true,
      createdAt: true,
      apprenantId: true,
      messages: { where: { auteurId: { not: null } }, select: { auteurId: true } },
    },
  });
  return rows.filter((r) =>
    isDemandeEnRetard({ ...r, celluleARepondu: r.messages.some((m) => m.auteurId !== r.apprenantId) }, now),
  ).length;
}

/** The territories whose requests the caller handles, for the queue's filter (all for staff). */
export async function getCelluleTerritoireOptions(user: SessionUser) {
  const visible = user.roles.includes("staff") ? {} : { cellule: { agents: { some: { userId: user.id } } } };
  const rows = await db.territoire.findMany({ where: visible, select: { slug: true, nom: true } });
  return sortByName(rows, (t) => t.nom);
}

export type CommuneSuggestion = {
  communeCode: string;
  communeNom: string;
  /** what the commune comes from, e.g. "Stage : Aide à domicile (SSIAD de la Grande Lande)" */
  contexte: string;
  stageOffreId?: string;
  offreFormationId?: string;
};

/**
 * Communes of the learner's own applications (not withdrawn or refused) and bookmarks: the stage's
 * commune, the sites of a bookmarked training's sessions still to come or under way.
 */
export async function getDemandeCommuneSuggestions(user: SessionUser): Promise<CommuneSuggestion[]> {
  const today = new Date(`${todayInParis()}T00:00:00.000Z`);
  const stageSelect = {
    id: true,
    titre: true,
    organisation: { select: { nom: true } },
    commune: { select: { code: true, nom: true } },
  } as const;
  const [candidatures, favoris] = await Promise.all([
    db.candidature.findMany({
      where: { apprenantId: user.id, statut: { in: ["envoyee", "lue", "acceptee"] } },
      // Accepted placements first: the most likely reason for a need.
      orderBy: [{ statut: "asc" }, { createdAt: "desc" }],
      select: { statut: true, offre: { select: stageSelect } },
    }),
    db.favori.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "desc" },
      select: {
        stageOffre: { select: stageSelect },
        offreFormation: {
          select: {
            id: true,
            titre: true,
            sessions: {
              where: { fin: { gte: today } },
              orderBy: { debut: "asc" },
              select: { site: { select: { commune: { select: { code: true, nom: true } } } } },
            },
          },
        },
      },
    }),
  ]);
  const out: CommuneSuggestion[] = [];
  const seen = new Set<string>();
  const push = (s: CommuneSuggestion) => {
    const key = `${s.communeCode}|${s.stageOffreId ?? ""}|${s.offreFormationId ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };
  const sorted = [...candidatures].sort(
    (a, b) => Number(b.statut === "acceptee") - Number(a.statut === "acceptee"),
  );
  for (const c of sorted) {
    push({
      communeCode: c.offre.commune.code,
      communeNom: c.offre.commune.nom,
      contexte: `${c.statut === "acceptee" ? "Stage accepté" : "Candidature"} : ${c.offre.titre} (${c.offre.organisation.nom})`,
      stageOffreId: c.offre.id,
    });
  }
  for (const f of favoris) {
    if (f.stageOffre) {
      push({
        communeCode: f.stageOffre.commune.code,
        communeNom: f.stageOffre.commune.nom,
        contexte: `Stage en favori : ${f.stageOffre.titre} (${f.stageOffre.organisation.nom})`,
        stageOffreId: f.stageOffre.id,
      });
    }
    if (f.offreFormation) {
      const communes = new Map(f.offreFormation.sessions.map((s) => [s.site.commune.code, s.site.commune]));
      for (const commune of communes.values()) {
        push({
          communeCode: commune.code,
          communeNom: commune.nom,
          contexte: `Formation en favori : ${f.offreFormation.titre}`,
          offreFormationId: f.offreFormation.id,
        });
      }
    }
  }
  return out;
}

/** Territory name of every Landes commune, so the consent text can name the cell as soon as one is chosen. */
export async function getCommuneTerritoireMap(): Promise<Record<string, string>> {
  const communes = await db.commune.findMany({
    where: { epci: { territoireId: { not: null } } },
    select: { code: true, epci: { select: { territoire: { select: { nom: true } } } } },
  });
  return Object.fromEntries(communes.map((c) => [c.code, c.epci?.territoire?.nom ?? ""]));
}
