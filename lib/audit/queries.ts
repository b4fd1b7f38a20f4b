import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { dateFromIso } from "@/lib/dates";
import { hasAccess, type SessionUser } from "@/lib/auth/permissions";
import { JOURNAL_PAGE_TAILLE, type JournalType } from "@/lib/audit/constants";
import type { JournalFilters } from "@/lib/audit/filters";

const KIND_WHERE: Record<JournalType, Prisma.AuditLogWhereInput> = {
  moderation: { action: { startsWith: "moderation." }, NOT: { entityType: "CollegeMembership" } },
  adhesion: { entityType: "CollegeMembership" },
  acces_demandes: { action: "demande.lecture" },
  statut_demandes: { action: { startsWith: "demande." }, NOT: { action: "demande.lecture" } },
  comptes: {
    OR: [
      { entityType: { in: ["User", "Organisation"] } },
      { action: { startsWith: "compte." } },
      { action: { startsWith: "organisation." } },
    ],
  },
};

/** Minutes Paris is ahead of UTC at this instant (60 or 120). */
function parisOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Paris", timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-]\d+)(?::(\d+))?/.exec(name ?? "");
  return match ? Number(match[1]) * 60 + Math.sign(Number(match[1])) * Number(match[2] ?? 0) : 0;
}

/** Midnight in Paris at the start of `day` ("YYYY-MM-DD"), as an instant. */
export function parisMidnight(day: string): Date {
  const utc = dateFromIso(day);
  return new Date(utc.getTime() - parisOffsetMinutes(utc) * 60_000);
}

function nextDay(day: string): string {
  const d = dateFromIso(day);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** One page of the audit trail, newest first, with the total; null unless `viewer` is staff. */
export async function getJournalPage(viewer: SessionUser, filters: JournalFilters, page = 1) {
  if (!hasAccess(viewer, "staff")) return null;
  const where: Prisma.AuditLogWhereInput = {
    AND: [
      filters.type ? KIND_WHERE[filters.type] : {},
      filters.acteur ? { actor: { email: { contains: filters.acteur, mode: "insensitive" } } } : {},
      filters.du || filters.au
        ? {
            createdAt: {
              ...(filters.du ? { gte: parisMidnight(filters.du) } : {}),
              ...(filters.au ? { lt: parisMidnight(nextDay(filters.au)) } : {}),
            },
          }
        : {},
    ],
  };
  const [total, entries] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * JOURNAL_PAGE_TAILLE,
      take: JOURNAL_PAGE_TAILLE,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        reason: true,
        createdAt: true,
        actor: { select: { prenom: true, nom: true, email: true } },
      },
    }),
  ]);
  return { total, entries };
}
