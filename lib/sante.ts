import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";

export type Sante = {
  statut: "ok" | "indisponible";
  baseDeDonnees: "joignable" | "injoignable";
  migrations?: { appliquees: number; attendues: number; enAttente: string[] };
};

/** Migrations shipped with this build (prisma/migrations/<name>/), read once. */
let shipped: string[] | undefined;
function shippedMigrations(): string[] {
  shipped ??= readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return shipped;
}

/**
 * Database reachability and migration state for /api/sante; never throws. "ok" only when the
 * database answers and every migration of this build is applied (else the code and schema differ).
 */
export async function getSante(): Promise<Sante> {
  let applied: string[];
  try {
    const rows = await db.$queryRaw<{ name: string }[]>`
      SELECT migration_name AS name FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = rows.map((r) => r.name);
  } catch {
    return { statut: "indisponible", baseDeDonnees: "injoignable" };
  }
  const expected = shippedMigrations();
  const enAttente = expected.filter((name) => !applied.includes(name));
  return {
    statut: enAttente.length === 0 ? "ok" : "indisponible",
    baseDeDonnees: "joignable",
    migrations: { appliquees: applied.length, attendues: expected.length, enAttente },
  };
}
