// What every integration test relies on: reference data present, everything else emptied between tests.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/tests/support/database";

describe("base de données de test d'un worker", () => {
  it("contient les données de référence (327 communes des Landes)", async () => {
    expect(await db.commune.count()).toBe(327);
  });

  it("est vidée par resetDatabase(), sauf les tables de référence", async () => {
    await db.user.create({
      data: { email: "isolation@test.iflts.fr", passwordHash: "x", prenom: "Test", nom: "Isolation" },
    });
    expect(await db.user.count()).toBe(1);

    await resetDatabase();

    expect(await db.user.count()).toBe(0);
    expect(await db.commune.count()).toBe(327);
  });
});
