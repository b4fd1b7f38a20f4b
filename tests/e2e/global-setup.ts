// Playwright global setup: fresh e2e database (iflts_e2e) (migrated template + seed), an SMTP capture
// server, and the built app (`next start`). The app is started here rather than with Playwright's
// `webServer`, because Playwright starts webServer before globalSetup and the health URL needs the
// database prepared here. Returns the teardown.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import {
  assertReachable,
  databaseUrl,
  ensureMigratedDatabase,
  isTemplateCurrent,
  MIGRATED_DB,
  oneLineError,
  recreateDatabase,
  ROOT,
  TEMPLATE_DB,
  withTemplateLock,
} from "../support/database";
import { startSmtpCapture } from "../support/smtp";
import {
  E2E_AUTH_DIR,
  E2E_BASE_URL,
  E2E_DATABASE,
  E2E_MAIL_DIR,
  E2E_NEXTAUTH_SECRET,
  E2E_PORT,
} from "./config";

const run = promisify(execFile);
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
const STARTUP_TIMEOUT_MS = 60_000;

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once("error", () =>
        reject(
          oneLineError(
            `Le port ${port} est déjà utilisé (un autre serveur ou une autre exécution e2e ?) : arrêtez-le ou définissez E2E_PORT / ` +
              `Port ${port} already in use: stop it or set E2E_PORT`,
          ),
        ),
      )
      .once("listening", () => probe.close(() => resolve()))
      .listen(port);
  });
}

async function prepareDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  await withTemplateLock(async (client) => {
    await ensureMigratedDatabase(client);
    // The template (reference data included) is only built by the vitest global setup; without
    // a current one, the seed imports the reference data itself.
    const source = (await isTemplateCurrent(client)) ? TEMPLATE_DB : MIGRATED_DB;
    await recreateDatabase(client, E2E_DATABASE, source);
  });
  try {
    await run(bin("tsx"), ["prisma/seed.ts"], { cwd: ROOT, env });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `Le seed de la base e2e a échoué (tsx prisma/seed.ts) :\n${stdout}${stderr || String(error)}`,
    );
  }
}

function startServer(env: NodeJS.ProcessEnv): ChildProcess {
  // detached: its own process group, so teardown stops next and anything it spawned.
  const server = spawn(bin("next"), ["start", "-p", String(E2E_PORT)], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = (chunk: Buffer) => chunk.toString().replace(/^(?=.)/gm, "[next] ");
  server.stdout?.on("data", (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  server.stderr?.on("data", (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  return server;
}

async function waitUntilHealthy(server: ChildProcess): Promise<void> {
  const url = `${E2E_BASE_URL}/api/sante`;
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let last = "pas de réponse";
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`next start s'est arrêté (code ${server.exitCode}) avant de répondre sur ${url}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
      last = `statut ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} n'a pas répondu 200 en ${STARTUP_TIMEOUT_MS / 1000} s (dernier essai : ${last})`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || !server.pid) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(server.pid ?? 0), signal);
    } catch {
      // already gone
    }
  };
  signalGroup("SIGTERM");
  const killTimer = setTimeout(() => signalGroup("SIGKILL"), 5000);
  await exited;
  clearTimeout(killTimer);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw oneLineError(
      "Build introuvable (.next/BUILD_ID) : lancez `npm run build` avant `npm run test:e2e` / No build found: run `npm run build` first",
    );
  }
  await assertReachable();
  await assertPortFree(E2E_PORT);

  rmSync(E2E_MAIL_DIR, { recursive: true, force: true });
  mkdirSync(E2E_MAIL_DIR, { recursive: true });
  rmSync(E2E_AUTH_DIR, { recursive: true, force: true });
  let received = 0;
  const smtp = await startSmtpCapture({
    onMessage: (mail) => {
      received += 1;
      const name = `${Date.now()}-${String(received).padStart(4, "0")}.json`;
      writeFileSync(path.join(E2E_MAIL_DIR, name), JSON.stringify(mail, null, 2));
    },
  });

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl(E2E_DATABASE),
    NEXTAUTH_URL: E2E_BASE_URL,
    NEXTAUTH_SECRET: E2E_NEXTAUTH_SECRET,
    SMTP_URL: smtp.url,
    // Unused while SMTP_URL is set; kept out of the source tree all the same.
    MAIL_DIR: path.join(E2E_MAIL_DIR, "eml"),
  };
  try {
    await prepareDatabase(env);
  } catch (error) {
    await smtp.stop();
    throw error;
  }
  const server = startServer({ ...env, NODE_ENV: "production" });
  try {
    await waitUntilHealthy(server);
  } catch (error) {
    await stopServer(server);
    await smtp.stop();
    throw error;
  }

  return async () => {
    await stopServer(server);
    await smtp.stop();
  };
}
