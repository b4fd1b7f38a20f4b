// `npm run db:backup` / `npm run db:restore`: a backup taken from a database with data, restored over
// a database that has since changed, gives back exactly the data of the backup.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOrganisation, createPersona, createUser } from "@/tests/factories";
import { databaseUrl, dropDatabase, ROOT, withTemplateLock } from "@/tests/support/database";

const run = promisify(execFile);
const workerUrl = process.env.DATABASE_URL ?? "";
const restoredDb = `${new URL(workerUrl).pathname.slice(1)}_restauree`;
let dir: string;

function npmScript(script: string, args: string[], url: string) {
  return run(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "scripts", script), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
  });
}

/** Every row of every application table, as sorted JSON text: equal snapshots mean equal data. */
async function snapshot(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const out: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ row: string }>(
        `SELECT row_to_json(t)::text AS row FROM "${name}" t`,
      );
      out[name] = rows.map((r) => r.row).sort();
    }
    return out;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "iflts-sauvegarde-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await withTemplateLock((client) => dropDatabase(client, restoredDb));
});

describe("sauvegarde et restauration de la base", () => {
  it(
    "restaure exactement les données sauvegardées sur une base modifiée depuis",
    { timeout: 60_000 },
    async () => {
      await createPersona("employeur");
      await createOrganisation({ statut: "en_attente" });
      const file = path.join(dir, "iflts.dump");
      const { stdout } = await npmScript("db-backup.ts", [file], workerUrl);
      expect(stdout).toMatch(/^Sauvegarde écrite : .*iflts\.dump \(\d+ Kio, [\d.]+ s\)\./);
      const saved = await snapshot(workerUrl);
      expect(saved.Organisation).toHaveLength(2);
      expect(saved.Commune!.length).toBeGreaterThan(300);

      // A copy of the database that then diverges: rows deleted, changed and added.
      await withTemplateLock(async (client) => {
        await client.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
          [new URL(workerUrl).pathname.slice(1)],
        );
        await client.query(`DROP DATABASE IF EXISTS "${restoredDb}" WITH (FORCE)`);
        await client.query(
          `CREATE DATABASE "${restoredDb}" TEMPLATE "${new URL(workerUrl).pathname.slice(1)}"`,
        );
      });
      const restoredUrl = databaseUrl(restoredDb);
      const other = new pg.Client({ connectionString: restoredUrl });
      await other.connect();
      await other.query(`DELETE FROM "Organisation" WHERE statut = 'en_attente'`);
      await other.query(`UPDATE "User" SET nom = 'Modifié'`);
      await other.query(`UPDATE "Commune" SET population = 0 WHERE code = '40192'`);
      await other.end();
      expect(await snapshot(restoredUrl)).not.toEqual(saved);

      await expect(npmScript("db-restore.ts", [file, "--confirmer"], restoredUrl)).resolves.toMatchObject({
        stdout: expect.stringMatching(/^Base restaurée depuis .*iflts\.dump/),
      });
      expect(await snapshot(restoredUrl)).toEqual(saved);
      // The application keeps working on its own database after its connections were cut.
      await createUser();
      expect(await db.organisation.count()).toBe(2);
    },
  );

  it("refuse de restaurer sans --confirmer, et ne touche pas à la base", async () => {
    await createUser({ email: "reste@exemple.fr" });
    const file = path.join(dir, "vide.dump");
    await npmScript("db-backup.ts", [file], workerUrl);
    await db.user.deleteMany();
    await createUser({ email: "apres@exemple.fr" });

    const refused = npmScript("db-restore.ts", [file], workerUrl);
    await expect(refused).rejects.toMatchObject({ stderr: expect.stringContaining("--confirmer") });
    expect((await db.user.findMany({ select: { email: true } })).map((u) => u.email)).toEqual([
      "apres@exemple.fr",
    ]);
  });

  it("signale une sauvegarde introuvable sans rien modifier", async () => {
    await createUser({ email: "intact@exemple.fr" });
    const missing = npmScript("db-restore.ts", [path.join(dir, "absente.dump"), "--confirmer"], workerUrl);
    await expect(missing).rejects.toMatchObject({
      stderr: expect.stringContaining("Sauvegarde introuvable"),
    });
    expect(await db.user.count()).toBe(1);
  });
});
