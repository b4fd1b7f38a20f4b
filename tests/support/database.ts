// PostgreSQL databases for the tests, all on the TEST_DATABASE_URL server:
//   iflts_test_migrated  prisma migrations applied (rebuilt only when prisma/migrations changes)
//   iflts_test_template  clone of the above + reference data (rebuilt when the importer changes too)
//   iflts_test_<run>_<worker>  one clone of the template per vitest worker
//   iflts_e2e            recreated by each Playwright run (tests/e2e/config.ts)
// Only pg and child processes here: Playwright loads this file too, and it cannot load the
// generated Prisma client (ESM with import.meta), so loading reference data is a callback.
import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const execFileAsync = promisify(execFile);

/** npm scripts, vitest and Playwright all run from the repository root. */
export const ROOT = process.cwd();

// TEST_DB_NAMESPACE (letters, digits) gives another checkout of the project its own migrated database and
// template on the same server, so two worktrees with different migrations do not rebuild each other's.
const NAMESPACE = /^[a-z0-9]{1,12}$/.test(process.env.TEST_DB_NAMESPACE ?? "")
  ? `${process.env.TEST_DB_NAMESPACE}_`
  : "";

export const MIGRATED_DB = `iflts_test_${NAMESPACE}migrated`;
export const TEMPLATE_DB = `iflts_test_${NAMESPACE}template`;
export const WORKER_DB_PREFIX = "iflts_test_run";

/** Tables filled by the reference importer: kept by resetDatabase(). */
export const REFERENCE_TABLES = [
  "Commune",
  "Epci",
  "Territoire",
  "Diplome",
  "CategorieEtablissement",
  "Public",
  "College",
  "_prisma_migrations",
];

const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
// Any fixed number: serialises template builds and clones across concurrent test runs.
const TEMPLATE_LOCK_KEY = 4_010_040;

/** The maintenance database URL (TEST_DATABASE_URL), used to create and drop the others. */
export function adminUrl(): string {
  return process.env.TEST_DATABASE_URL || DEFAULT_ADMIN_URL;
}

/** Same server and credentials as TEST_DATABASE_URL, another database. */
export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** The URL without its password, for messages. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url;
  }
}

function quoteIdent(name: string): string {
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Nom de base ou de table inattendu : ${name}`);
  return `"${name}"`;
}

/** One bilingual line, shown as is by scripts/test-all.ts and the global setups. */
export function unreachableMessage(url: string, cause: string): string {
  return (
    `PostgreSQL injoignable à ${displayUrl(url)} (${cause}) : démarrez-le ` +
    `(pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) ou définissez TEST_DATABASE_URL / ` +
    `PostgreSQL unreachable at ${displayUrl(url)}: start it or set TEST_DATABASE_URL`
  );
}

/** An error whose stack is its message, so runners print one line and no trace. */
export function oneLineError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/** Throws a one-line error when the test server does not answer within 3 s. */
export async function assertReachable(url = adminUrl()): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000, query_timeout: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const cause = error instanceof Error && error.message ? error.message : String(error);
    throw oneLineError(unreachableMessage(url, cause.split("\n")[0] ?? cause));
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Runs with the cross-process lock held: template builds and clones never overlap. */
export function withTemplateLock<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  return withAdmin(async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK_KEY]);
    try {
      return await run(client);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK_KEY]);
    }
  });
}

export async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
}

/** Drops `name` if present and creates it, empty or as a copy of `template`. */
export async function recreateDatabase(client: pg.Client, name: string, template?: string): Promise<void> {
  await dropDatabase(client, name);
  if (template) {
    // CREATE DATABASE ... TEMPLATE refuses while anyone is connected to the source.
    await client.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [template],
    );
    await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
  } else {
    await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0`);
  }
}

async function databaseComment(client: pg.Client, name: string): Promise<string | null> {
  const result = await client.query<{ comment: string | null }>(
    "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
    [name],
  );
  return result.rows[0]?.comment ?? null;
}

async function setDatabaseComment(client: pg.Client, name: string, comment: string): Promise<void> {
  // COMMENT takes no bind parameters; the hash is hex only.
  await client.query(`COMMENT ON DATABASE ${quoteIdent(name)} IS '${comment.replace(/'/g, "''")}'`);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      return statSync(full).isDirectory() ? listFiles(full) : [full];
    });
}

function hashFiles(files: string[]): string {
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

/** Changes whenever a migration file changes. */
export function migrationsHash(): string {
  return hashFiles(listFiles(path.join(ROOT, "prisma", "migrations")));
}

/** Changes with the migrations, the reference importer and its data packages. */
export function templateHash(): string {
  const etalab = path.join(ROOT, "node_modules", "@etalab");
  const dataPackages = existsSync(etalab)
    ? readdirSync(etalab)
        .sort()
        .map((name) => path.join(etalab, name, "package.json"))
        .filter((file) => existsSync(file))
    : [];
  return hashFiles([
    ...listFiles(path.join(ROOT, "prisma", "migrations")),
    ...listFiles(path.join(ROOT, "prisma", "reference")),
    ...dataPackages,
  ]);
}

const forceRebuild = () => process.env.TEST_DB_REBUILD === "1";

/** Applies the migrations to iflts_test_migrated unless it already matches them. Call with the lock held. */
export async function ensureMigratedDatabase(client: pg.Client): Promise<"cached" | "built"> {
  const hash = migrationsHash();
  if (!forceRebuild() && (await databaseComment(client, MIGRATED_DB)) === hash) return "cached";
  await recreateDatabase(client, MIGRATED_DB);
  try {
    await execFileAsync(path.join(ROOT, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl(MIGRATED_DB) },
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `prisma migrate deploy a échoué sur ${MIGRATED_DB} :\n${stdout}${stderr || String(error)}`,
    );
  }
  await setDatabaseComment(client, MIGRATED_DB, hash);
  return "built";
}

/** True when iflts_test_template matches the current migrations and reference importer. */
export async function isTemplateCurrent(client: pg.Client): Promise<boolean> {
  return !forceRebuild() && (await databaseComment(client, TEMPLATE_DB)) === templateHash();
}

/**
 * Makes iflts_test_template current: a copy of the migrated database into which
 * `loadReferenceData(url)` imports the reference tables. Call with the lock held.
 */
export async function ensureTemplate(
  client: pg.Client,
  loadReferenceData: (url: string) => Promise<void>,
): Promise<{ migrations: "cached" | "built"; template: "cached" | "built" }> {
  const migrations = await ensureMigratedDatabase(client);
  if (migrations === "cached" && (await isTemplateCurrent(client))) return { migrations, template: "cached" };
  await recreateDatabase(client, TEMPLATE_DB, MIGRATED_DB);
  await loadReferenceData(databaseUrl(TEMPLATE_DB));
  // The comment goes last: a failed import leaves a template that the next run rebuilds.
  await setDatabaseComment(client, TEMPLATE_DB, templateHash());
  return { migrations, template: "built" };
}

/** Recreates `name` as a copy of `template` (empty without one), under the lock. */
export function cloneDatabase(name: string, template?: string): Promise<void> {
  return withTemplateLock((client) => recreateDatabase(client, name, template));
}

/** Drops the given databases and those left by earlier runs whose process is gone. */
export function dropWorkerDatabases(runId: string): Promise<void> {
  return withAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${WORKER_DB_PREFIX}%`],
    );
    for (const { datname } of rows) {
      const owner = /^iflts_test_run(\d+)_/.exec(datname)?.[1];
      if (owner === runId || (owner && !isProcessAlive(Number(owner)))) await dropDatabase(client, datname);
    }
  });
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

type ResetState = { pool: pg.Pool; url: string; truncate?: string };
// On globalThis: vitest re-evaluates this module for each test file in a worker; one pool is enough.
const resetState = globalThis as unknown as { __ifltsReset?: ResetState };

async function truncateStatement(pool: pg.Pool): Promise<string> {
  const { rows: tables } = await pool.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const kept = new Set(REFERENCE_TABLES);
  // CASCADE would silently empty a reference table that points at a truncated one.
  const { rows: links } = await pool.query<{ source: string; target: string }>(
    `SELECT src.relname AS source, dst.relname AS target
       FROM pg_constraint c
       JOIN pg_class src ON src.oid = c.conrelid
       JOIN pg_class dst ON dst.oid = c.confrelid
      WHERE c.contype = 'f'`,
  );
  const bad = links.find((l) => kept.has(l.source) && !kept.has(l.target));
  if (bad) {
    throw new Error(
      `resetDatabase : la table de référence "${bad.source}" référence "${bad.target}", TRUNCATE ... CASCADE la viderait.`,
    );
  }
  const names = tables.map((t) => t.tablename).filter((name) => !kept.has(name));
  return names.length ? `TRUNCATE ${names.map(quoteIdent).join(", ")} RESTART IDENTITY CASCADE` : "";
}

/** Empties every non-reference table of the current DATABASE_URL (a test database only). */
export async function resetDatabase(): Promise<void> {
  const url = process.env.DATABASE_URL ?? "";
  const name = new URL(url).pathname.slice(1);
  if (!name.startsWith("iflts_test_") && !name.startsWith("iflts_e2e")) {
    throw new Error(`resetDatabase refuse de vider ${displayUrl(url)} : ce n'est pas une base de test.`);
  }
  let state = resetState.__ifltsReset;
  if (!state || state.url !== url) {
    const pool = new pg.Pool({ connectionString: url, max: 1, allowExitOnIdle: true });
    // An idle connection closed by the server (database dropped) must not crash the worker.
    pool.on("error", () => undefined);
    state = { url, pool };
    resetState.__ifltsReset = state;
  }
  state.truncate ??= await truncateStatement(state.pool);
  if (state.truncate) await state.pool.query(state.truncate);
}
