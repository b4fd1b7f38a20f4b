// The demo seed writes offers already submitted, published or refused: their moderation history
// (read by the employer's and training body's offer pages) must tell how they got there.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { todayInParis } from "@/lib/dates";
import { getModerationHistory } from "@/lib/moderation/queries";
import { DEMO_MODERATION_ID_PREFIX, seedDemoModerationHistory } from "@/prisma/demo/moderation";
import { seedDatabase } from "@/prisma/seed";
import { personas } from "@/prisma/personas";

const STAFF = `${personas.staff.prenom} ${personas.staff.nom}`;

describe("historique de modération des offres de démonstration", () => {
  it("chaque offre publiée, soumise ou refusée par le seed a ses entrées « soumise » / « publiée » / « refusée »", async () => {
    await seedDatabase(db, todayInParis());
    const employeurs = personas.employeur.organisation.id;
    const offres = await db.stageOffre.findMany({
      where: { organisationId: employeurs, id: { startsWith: "demo-" } },
      select: { id: true, statut: true, motifRefus: true },
    });
    const publiee = offres.find((o) => o.statut === "publiee")!;
    const refusee = offres.find((o) => o.statut === "refusee")!;
    const soumise = offres.find((o) => o.statut === "soumise")!;
    expect([publiee, refusee, soumise].every(Boolean)).toBe(true);

    const membre = await db.organisationMember.findFirst({
      where: { organisationId: employeurs },
      orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
      select: { user: { select: { prenom: true, nom: true } } },
    });
    const auteur = `${membre!.user.prenom} ${membre!.user.nom}`;
    const resume = async (id: string, type: "StageOffre" | "OffreFormation" = "StageOffre") =>
      (await getModerationHistory(type, id)).map((e) => [e.action, e.auteur, e.reason]);

    expect(await resume(publiee.id)).toEqual([
      ["soumise", auteur, null],
      ["approuvee", STAFF, null],
    ]);
    expect(await resume(refusee.id)).toEqual([
      ["soumise", auteur, null],
      ["refusee", STAFF, refusee.motifRefus],
    ]);
    expect(await resume(soumise.id)).toEqual([["soumise", auteur, null]]);

    // Training offers too: every published one has both entries, in order.
    const formations = await db.offreFormation.findMany({
      where: { organisationId: personas.organisme.organisation.id, statut: "publiee" },
      select: { id: true },
    });
    expect(formations.length).toBeGreaterThan(0);
    for (const f of formations)
      expect((await resume(f.id, "OffreFormation")).map(([action]) => action)).toEqual([
        "soumise",
        "approuvee",
      ]);

    // Idempotent: a second run rewrites the same entries.
    const count = () => db.auditLog.count({ where: { id: { startsWith: DEMO_MODERATION_ID_PREFIX } } });
    const before = await count();
    await seedDemoModerationHistory(db);
    expect(await count()).toBe(before);
  });
});
