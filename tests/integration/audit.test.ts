import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSessionUser } from "@/lib/auth/queries";
import { parseJournalFilters } from "@/lib/audit/filters";
import { getJournalPage, parisMidnight } from "@/lib/audit/queries";
import { actionLabel } from "@/lib/audit/constants";
import { createPersona, createUser } from "@/tests/factories";

async function entry(
  actorId: string | null,
  action: string,
  entityType: string,
  createdAt: string,
  reason?: string,
) {
  return db.auditLog.create({
    data: { actorId, action, entityType, entityId: `e-${action}`, reason, createdAt: new Date(createdAt) },
  });
}

async function actions(raw: Record<string, string>, viewerId: string) {
  const viewer = (await getSessionUser(viewerId))!;
  const { filters, page } = parseJournalFilters(raw);
  const result = await getJournalPage(viewer, filters, page);
  return result?.entries.map((e) => e.action);
}

describe("journal des décisions", () => {
  it("filtre par auteur, type et dates (jours de Paris), les plus récents d'abord", async () => {
    const staff = await createPersona("staff");
    const cellule = await createPersona("cellule");
    await entry(staff, "moderation.approuvee", "StageOffre", "2026-03-01T10:00:00Z");
    await entry(staff, "moderation.refusee", "CollegeMembership", "2026-03-02T10:00:00Z", "Mauvais collège");
    await entry(cellule, "demande.lecture", "DemandeAide", "2026-03-03T10:00:00Z");
    await entry(cellule, "demande.statut_change", "DemandeAide", "2026-03-04T10:00:00Z");
    await entry(staff, "organisation.verifiee", "Organisation", "2026-03-05T10:00:00Z");
    // 23:30 in Paris on 5 March is still the 5th there (22:30 UTC).
    await entry(null, "adhesion.retiree", "CollegeMembership", "2026-03-05T22:30:00Z");

    expect(await actions({}, staff)).toEqual([
      "adhesion.retiree",
      "organisation.verifiee",
      "demande.statut_change",
      "demande.lecture",
      "moderation.refusee",
      "moderation.approuvee",
    ]);
    expect(await actions({ type: "moderation" }, staff)).toEqual(["moderation.approuvee"]);
    expect(await actions({ type: "adhesion" }, staff)).toEqual(["adhesion.retiree", "moderation.refusee"]);
    expect(await actions({ type: "acces_demandes" }, staff)).toEqual(["demande.lecture"]);
    expect(await actions({ type: "statut_demandes" }, staff)).toEqual(["demande.statut_change"]);
    expect(await actions({ type: "comptes" }, staff)).toEqual(["organisation.verifiee"]);
    expect(await actions({ acteur: "CELLULE@demo" }, staff)).toEqual([
      "demande.statut_change",
      "demande.lecture",
    ]);
    expect(await actions({ du: "2026-03-03", au: "2026-03-04" }, staff)).toEqual([
      "demande.statut_change",
      "demande.lecture",
    ]);
    expect(await actions({ du: "2026-03-05", au: "2026-03-05" }, staff)).toEqual([
      "adhesion.retiree",
      "organisation.verifiee",
    ]);
    // A bad value is left out and reported; the rest applies.
    const parsed = parseJournalFilters({ type: "tout", du: "hier" });
    expect(parsed.filters).toEqual({});
    expect(parsed.issues.map((i) => i.champ)).toEqual(["type", "du"]);
    expect(parisMidnight("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(actionLabel("moderation.refusee", "CollegeMembership")).toBe("Adhésion refusée");
    expect(actionLabel("moderation.approuvee", "StageOffre")).toBe("Publiée par la modération");
  });

  it("pagine par 50", async () => {
    const staff = await createPersona("staff");
    await db.auditLog.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({
        actorId: staff,
        action: "moderation.approuvee",
        entityType: "StageOffre",
        entityId: `offre-${i}`,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    const viewer = (await getSessionUser(staff))!;
    const first = await getJournalPage(viewer, {}, 1);
    const second = await getJournalPage(viewer, {}, 2);
    expect(first?.total).toBe(55);
    expect(first?.entries).toHaveLength(50);
    expect(first?.entries[0]?.entityId).toBe("offre-54");
    expect(second?.entries.map((e) => e.entityId)).toEqual([
      "offre-4",
      "offre-3",
      "offre-2",
      "offre-1",
      "offre-0",
    ]);
  });

  it("refuse toute personne qui n'est pas de l'équipe de l'institut", async () => {
    const staff = await createPersona("staff");
    await entry(staff, "moderation.approuvee", "StageOffre", "2026-03-01T10:00:00Z");
    for (const persona of ["cellule", "gouvernance", "employeur", "apprenant"] as const) {
      const viewer = (await getSessionUser(await createPersona(persona)))!;
      expect(await getJournalPage(viewer, {}), persona).toBeNull();
    }
    const sansRole = (await getSessionUser((await createUser({ roles: [] })).id))!;
    expect(await getJournalPage(sansRole, {})).toBeNull();
  });
});
