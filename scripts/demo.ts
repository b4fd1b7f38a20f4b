// `npm run demo`: the portal on http://localhost:3000 with demo data and nothing else to install.
// Database rule: only a DATABASE_URL set in the real process environment switches to an external
// PostgreSQL. This script never reads .env (the one copied from .env.example points to a local
// development database), so a newcomer always gets the embedded PGlite database in .data/pglite.
// The variables set below take precedence over .env in the children: Next and prisma.config.ts
// load .env without overriding what is already set.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { PERSONA_PASSWORD, personas, type PersonaName } from "../prisma/personas";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-db";

const ROOT = path.resolve(import.meta.dirname, "..");
const DATA_DIR = path.join(ROOT, ".data");
const VERBOSE = process.argv.includes("--verbose");
const READY_TIMEOUT_MS = 90_000;

// Everything `next build` reads: a change to any of these (or a missing build) means rebuilding.
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "types",
  "generated",
  "prisma/schema.prisma",
  "proxy.ts",
  "middleware.ts",
  "instrumentation.ts",
  "next.config.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  ".env",
  ".env.production",
  ".env.local",
  ".env.production.local",
];

class StepError extends Error {
  constructor(
    readonly step: string,
    message: string,
    readonly output = "",
  ) {
    super(message);
  }
}

let database: EmbeddedDatabase | undefined;
const children = new Set<ChildProcess>();
let shuttingDown = false;

async function main(): Promise<void> {
  const started = Date.now();
  const port = parsePort(process.env.PORT);
  mkdirSync(DATA_DIR, { recursive: true });

  if (!(await isPortFree(port))) {
    console.error(`✗ Le port ${port} est déjà utilisé. Essayez par exemple : PORT=${port + 1} npm run demo`);
    process.exit(1);
  }

  console.log("Guichet numérique IFLTS — démonstration\n");
  const externalUrl = process.env.DATABASE_URL?.trim() || undefined;
  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || readOrCreateSecret(),
    NEXTAUTH_URL: `http://localhost:${port}`,
    MAIL_DIR: process.env.MAIL_DIR || ".data/mail",
    NEXT_TELEMETRY_DISABLED: "1",
  };

  // The build needs no database (pages that read it opt out of prerendering), so it runs while
  // the database is prepared: on a fresh checkout it is by far the longest step.
  const buildStarted = Date.now();
  const build = needsBuild() ? runChild("Compilation", [bin("next"), "build"], appEnv) : undefined;
  build?.catch(() => undefined); // awaited below; must not count as unhandled meanwhile
  if (build) console.log("• Compilation lancée en arrière-plan");

  const databaseUrl = await step("Base de données", async () => {
    if (externalUrl) {
      await checkExternalDatabase(externalUrl);
      return externalUrl;
    }
    database = await startEmbeddedDatabase(path.join(DATA_DIR, "pglite"));
    return database.url;
  });
  console.log(
    externalUrl
      ? `  PostgreSQL externe (DATABASE_URL de l'environnement) : ${maskPassword(externalUrl)}`
      : `  Base embarquée PGlite, données dans .data/pglite (servie sur ${databaseUrl})`,
  );

  const env: NodeJS.ProcessEnv = { ...appEnv, DATABASE_URL: databaseUrl };
  // PGlite serves exactly one connection (see scripts/embedded-db.ts).
  if (!externalUrl) env.DATABASE_POOL_MAX = "1";

  await step(
    "Migrations",
    async () => {
      // `migrate deploy` costs ~11 s even with nothing to do (a timer in the WASM engine).
      if ((await pendingMigrations(databaseUrl)).length === 0) return false;
      await runChild("Migrations", [bin("prisma"), "migrate", "deploy"], env);
      return true;
    },
    { note: (applied) => (applied ? undefined : "déjà appliquées") },
  );
  await step("Données de démonstration", () =>
    runChild("Données de démonstration", [bin("tsx"), "prisma/seed.ts"], env),
  );
  await step(
    "Compilation",
    async () => {
      await build;
      return build !== undefined;
    },
    { note: (built) => (built ? undefined : "déjà à jour"), since: build ? buildStarted : undefined },
  );

  const app = await step("Démarrage", () => startApp(port, env));
  printReadyBox(port, env.MAIL_DIR ?? ".data/mail", externalUrl, Date.now() - started);

  app.on("exit", (code, signal) => {
    if (shuttingDown) return;
    console.error(`✗ L'application s'est arrêtée (${signal ?? `code ${code}`}).`);
    stopping ??= shutdown(1);
  });
}

/** Runs one French-labelled step, printing its duration; a failure becomes a StepError. */
async function step<T>(
  name: string,
  run: () => Promise<T>,
  options: { note?: (result: T) => string | undefined; since?: number } = {},
): Promise<T> {
  const started = options.since ?? Date.now();
  process.stdout.write(VERBOSE ? `• ${name}…\n` : `• ${name}… `);
  try {
    const result = await run();
    const note = options.note?.(result);
    console.log(
      `${VERBOSE ? `  ${name} : ` : ""}${seconds(Date.now() - started)}${note ? ` (${note})` : ""}`,
    );
    return result;
  } catch (error) {
    if (!VERBOSE) process.stdout.write("\n");
    if (error instanceof StepError) throw error;
    throw new StepError(name, error instanceof Error ? error.message : String(error));
  }
}

function bin(name: "prisma" | "tsx" | "next"): string {
  const scripts = { prisma: "prisma/build/index.js", tsx: "tsx/dist/cli.mjs", next: "next/dist/bin/next" };
  return path.join(ROOT, "node_modules", scripts[name]);
}

// Node runs the CLIs directly (not through npx) so that signals reach them and start-up is faster.
function spawnNode(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  child.on("exit", () => children.delete(child));
  let captured = "";
  const print = linePrinter(`  ${name} │ `);
  const onData = (chunk: Buffer) => {
    if (VERBOSE) print(chunk);
    captured = (captured + chunk.toString()).slice(-64_000);
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  return { child, output: () => captured };
}

function runChild(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const { child, output } = spawnNode(name, args, env);
  return new Promise((resolve, reject) => {
    child.on("error", (error) => reject(new StepError(name, error.message, output())));
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else
        reject(new StepError(name, signal ? `interrompu (${signal})` : `code de sortie ${code}`, output()));
    });
  });
}

/** Starts `next start` and resolves once the health route (or the home page) answers 200. */
async function startApp(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const { child, output } = spawnNode("Démarrage", [bin("next"), "start", "-p", String(port)], env);
  let exited = false;
  child.on("exit", () => (exited = true));

  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastStatus = "aucune réponse";
  while (Date.now() < deadline) {
    if (exited) {
      if (output().includes("EADDRINUSE")) {
        throw new StepError(
          "Démarrage",
          `le port ${port} est déjà utilisé (essayez PORT=${port + 1} npm run demo)`,
        );
      }
      throw new StepError("Démarrage", "l'application s'est arrêtée au démarrage", output());
    }
    const health = await probe(`http://127.0.0.1:${port}/api/sante`);
    // Until the health route exists, the home page stands in for it.
    const status = health === 404 ? await probe(`http://127.0.0.1:${port}/`) : health;
    if (status === 200) {
      // From now on the app's own log lines (errors mostly) are shown, prefixed.
      child.stdout?.removeAllListeners("data").on("data", linePrinter("[app] "));
      child.stderr?.removeAllListeners("data").on("data", linePrinter("[app] "));
      return child;
    }
    if (status !== undefined) lastStatus = `HTTP ${status}`;
    await sleep(250);
  }
  throw new StepError(
    "Démarrage",
    `/api/sante ne répond pas 200 après ${READY_TIMEOUT_MS / 1000} s (${lastStatus})`,
    output(),
  );
}

async function probe(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: "manual" });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return undefined;
  }
}

/** True when .next/BUILD_ID is missing or older than any build input. */
function needsBuild(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(path.join(ROOT, input)) > builtAt);
}

function newestMtime(target: string): number {
  let stats;
  try {
    stats = statSync(target);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  // A directory's own mtime changes when a file is deleted or renamed in it.
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function readOrCreateSecret(): string {
  const file = path.join(DATA_DIR, "nextauth-secret");
  const existing = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  if (existing) return existing;
  const secret = randomBytes(32).toString("base64");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

async function checkExternalDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new Error(
      `connexion impossible à ${maskPassword(url)} (${error instanceof Error ? error.message : error})`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Names of the migrations in prisma/migrations not yet applied successfully to the database. */
async function pendingMigrations(url: string): Promise<string[]> {
  const dir = path.join(ROOT, "prisma", "migrations");
  const local = readdirSync(dir).filter((name) => existsSync(path.join(dir, name, "migration.sql")));
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    return local.filter((name) => !applied.has(name));
  } catch (error) {
    // 42P01: no _prisma_migrations table yet, i.e. a new database.
    if (error instanceof Error && "code" in error && error.code === "42P01") return local;
    throw error;
  } finally {
    // The embedded server admits one connection: this one must be closed before migrate starts.
    await client.end().catch(() => undefined);
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probeServer = createServer();
    probeServer.once("error", () => resolve(false));
    // No host: like `next start`, which listens on every interface.
    probeServer.listen(port, () => probeServer.close(() => resolve(true)));
  });
}

function printReadyBox(
  port: number,
  mailDir: string,
  externalUrl: string | undefined,
  elapsed: number,
): void {
  const names = Object.keys(personas) as PersonaName[];
  const labelWidth = Math.max(...names.map((name) => personas[name].label.length));
  const lines = [
    `Le guichet est prêt : http://localhost:${port}   (en ${seconds(elapsed)})`,
    "",
    `Comptes de démonstration — mot de passe commun : ${PERSONA_PASSWORD}`,
    ...names.map((name) => `  ${personas[name].label.padEnd(labelWidth)}  ${personas[name].email}`),
    "",
    process.env.SMTP_URL
      ? "Courriels : envoyés par SMTP (SMTP_URL)"
      : `Courriels : écrits dans ${path.relative(ROOT, path.resolve(ROOT, mailDir)) || mailDir} (rien n'est envoyé)`,
    externalUrl
      ? `Base : ${maskPassword(externalUrl)}`
      : "Base : embarquée, données conservées dans .data/ (rm -rf .data pour repartir de zéro)",
    "Ctrl-C pour arrêter.",
  ];
  const width = Math.max(...lines.map((line) => line.length));
  console.log(`\n┌${"─".repeat(width + 2)}┐`);
  for (const line of lines) console.log(`│ ${line.padEnd(width)} │`);
  console.log(`└${"─".repeat(width + 2)}┘\n`);
}

/** Stops the app (or the running step), then the embedded database; safe to call twice. */
async function shutdown(code: number): Promise<never> {
  shuttingDown = true;
  await Promise.all([...children].map(stopChild));
  if (database) {
    try {
      await database.stop();
    } catch (error) {
      console.error(`✗ Arrêt de la base embarquée : ${error instanceof Error ? error.message : error}`);
      code = 1;
    }
  }
  process.exit(code);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

let stopping: Promise<never> | undefined;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    console.log("\nArrêt…");
    stopping = shutdown(0);
  });
}

function parsePort(value: string | undefined): number {
  const port = Number(value || "3000");
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    console.error(`✗ PORT invalide : « ${value} » (un nombre entre 1 et 65535 est attendu).`);
    process.exit(1);
  }
  return port;
}

function maskPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return "(DATABASE_URL illisible)";
  }
}

function prefixLines(text: string, prefix: string): string {
  return text.replace(/^(?=.)/gm, prefix);
}

/** Prints a child's output line by line with a prefix (chunks may end in the middle of a line). */
function linePrinter(prefix: string): (chunk: Buffer) => void {
  let partial = "";
  return (chunk) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) process.stdout.write(`${prefix}${line}\n`);
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1).replace(".", ",")} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

main().catch((error: unknown) => {
  if (shuttingDown) return;
  if (error instanceof StepError) {
    const tail = error.output.trim().split("\n").slice(-40).join("\n");
    if (tail && !VERBOSE) console.error(prefixLines(tail, "  │ "));
    console.error(`✗ Échec de l'étape « ${error.step} » : ${error.message}`);
  } else {
    console.error(`✗ Erreur inattendue : ${error instanceof Error ? error.message : error}`);
  }
  stopping ??= shutdown(1);
});
