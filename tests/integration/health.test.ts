import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET } from "@/app/api/sante/route";

describe("/api/sante", () => {
  it("répond 200 quand la base répond et que toutes les migrations livrées sont appliquées", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { migrations: { appliquees: number; attendues: number } };
    expect(body).toMatchObject({ statut: "ok", baseDeDonnees: "joignable", migrations: { enAttente: [] } });
    expect(body.migrations.appliquees).toBe(body.migrations.attendues);
    expect(body.migrations.attendues).toBeGreaterThanOrEqual(5);
  });

  it("répond 503 et nomme la migration manquante quand la base a du retard sur le code", async () => {
    const [last] = await db.$queryRaw<{ id: string; migration_name: string }[]>`
      SELECT id, migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    // _prisma_migrations survives resetDatabase(): put the row back whatever happens.
    await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = ${last!.id}`;
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        statut: "indisponible",
        baseDeDonnees: "joignable",
        migrations: { enAttente: [last!.migration_name] },
      });
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE id = ${last!.id}`;
    }
  });
});
