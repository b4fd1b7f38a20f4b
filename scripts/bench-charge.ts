// `npm run bench:charge [-- --panne]`: throughput and load test of the built portal (run `npm run
// build` first). Starts its own PostgreSQL cluster (initdb in a temporary folder, port 5499, so
// stopping it touches nothing else), migrates and seeds it, starts `next start` on it, measures the
// SSR throughput of list and detail pages against a static file (autocannon), then plays 200 virtual users for
// 60 s on loopback over public pages, map data, stage pages and sign-ins; prints req/s, p50/p95/p99
// and errors. With --panne, PostgreSQL is stopped at 20 s and restarted 5 s later: the script reports
// what users got meanwhile, how long the app took to recover, and whether every sign-in the app
// acknowledged (a write to LoginAttempt) is in the database.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { personas, PERSONA_PASSWORD } from "../prisma/personas";
import { percentile } from "./bench-support";

const ROOT = path.resolve(import.meta.dirname, "..");
const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const PG_PORT = 5499;
const APP_PORT = Number(process.env.CHARGE_PORT ?? 3400);
const BASE = `http://127.0.0.1:${APP_PORT}`;
const USERS = Number(process.env.CHARGE_UTILISATEURS ?? 200);
const DURATION_S = Number(process.env.CHARGE_DUREE ?? 60);
const FAULT = process.argv.includes("--panne");
const FAULT_AT_S = 20;
const FAULT_DOWN_S = 5;
const DEBIT_S = Number(process.env.CHARGE_DEBIT_DUREE ?? 10);
/** Mean pause of a virtual user between two requests (reading the page), ±50 %; 0 = saturation test. */
const THINK_MS = Number(process.env.CHARGE_REFLEXION_MS ?? 3000);
const DATABASE_URL = `postgresql://postgres@127.0.0.1:${PG_PORT}/iflts_charge`;

type Sample = { kind: string; ms: number; status: number; t: number };

function run(bin: string, args: string[], env: Record<string, string> = {}) {
  return execFileSync(bin, args, { cwd: ROOT, stdio: "pipe", env: { ...process.env, ...env } });
}

/** initdb refuses root: the cluster belongs to the postgres system user. */
function asPostgres(bin: string, args: string[]) {
  const command = [path.join(PG_BIN, bin), ...args];
  return process.getuid?.() === 0
    ? run("runuser", ["-u", "postgres", "--", ...command])
    : run(command[0]!, args);
}

// The cluster lives in <dir>/data, created by initdb as postgres (it must own it); <dir> holds the
// socket and the log.
function startCluster(dir: string) {
  asPostgres("pg_ctl", [
    "-D",
    path.join(dir, "data"),
    "-o",
    `-p ${PG_PORT} -k ${dir} -c max_connections=200`,
    "-l",
    path.join(dir, "log"),
    "-w",
    "start",
  ]);
}

function stopCluster(dir: string) {
  asPostgres("pg_ctl", ["-D", path.join(dir, "data"), "-m", "fast", "-w", "stop"]);
}

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} ne répond pas après ${timeoutMs / 1000} s`);
}

/** One sign-in through next-auth's credentials endpoint; true when the app says it succeeded. */
async function signIn(): Promise<{ status: number; ok: boolean }> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  if (!csrf.ok) return { status: csrf.status, ok: false };
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({
      csrfToken,
      email: personas.apprenant.email,
      password: PERSONA_PASSWORD,
      callbackUrl: `${BASE}/`,
      json: "true",
    }),
  });
  if (response.status !== 200) return { status: response.status, ok: false };
  const { url } = (await response.json()) as { url?: string };
  return { status: response.status, ok: !!url && !url.includes("error=") };
}

async function main() {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error("Lancez d'abord `npm run build`.");
  const dir = mkdtempSync(path.join(os.tmpdir(), "iflts-charge-"));
  chmodSync(dir, 0o777);
  let server: ChildProcess | undefined;
  try {
    console.log(`PostgreSQL de test dans ${dir} (port ${PG_PORT})…`);
    asPostgres("initdb", ["-D", path.join(dir, "data"), "-A", "trust", "-U", "postgres", "--no-sync"]);
    startCluster(dir);
    asPostgres("createdb", ["-h", "127.0.0.1", "-p", String(PG_PORT), "-U", "postgres", "iflts_charge"]);
    run(path.join(ROOT, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { DATABASE_URL });
    run(path.join(ROOT, "node_modules", ".bin", "tsx"), ["prisma/seed.ts"], { DATABASE_URL });
    const stageIds = (
      await (async () => {
        const client = new pg.Client({ connectionString: DATABASE_URL });
        await client.connect();
        const { rows } = await client.query<{ id: string }>(
          `SELECT id FROM "StageOffre" WHERE statut = 'publiee' ORDER BY id LIMIT 50`,
        );
        await client.end();
        return rows;
      })()
    ).map((r) => r.id);

    server = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", String(APP_PORT)], {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL,
        DATABASE_POOL_MAX: "20",
        NEXTAUTH_URL: BASE,
        NEXTAUTH_SECRET: "charge-secret-not-for-production-0123456789",
        LOG_LEVEL: "fatal",
        MAIL_DIR: path.join(dir, "mail"),
      },
    });
    await waitFor(`${BASE}/api/sante`, 60_000);
    for (const p of ["/", "/carte", "/formations", `/stages/${stageIds[0]}`]) await fetch(`${BASE}${p}`);

    // Phase 1: SSR throughput, 20 connections, each page alone, compared with a static file.
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await (await fetch(`${BASE}/`)).text())?.[1];
    const debit: [string, string][] = [
      ["fichier statique (JS)", script ?? "/icon.svg"],
      ["page simple (/mentions-legales)", "/mentions-legales"],
      ["liste (/formations)", "/formations"],
      ["liste (/carte)", "/carte"],
      ["fiche (/stages/[id])", `/stages/${stageIds[0]}`],
    ];
    console.log(`\nDébit SSR : 20 connexions, ${DEBIT_S} s par adresse\n`);
    console.log("| Adresse | req/s | p50 (ms) | p99 (ms) | Erreurs | Part du fichier statique |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
    let baseline = 0;
    for (const [label, url] of debit) {
      const result = await autocannon({ url: `${BASE}${url}`, connections: 20, duration: DEBIT_S });
      const rps = result.requests.average;
      baseline ||= rps;
      console.log(
        `| ${label} | ${rps.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.errors + result.non2xx} | ${((100 * rps) / baseline).toFixed(0)} % |`,
      );
    }

    // Phase 2: mixed load.
    const mix: [string, number, () => Promise<{ status: number; ok?: boolean }>][] = [
      ["accueil", 20, () => fetch(`${BASE}/`).then(drain)],
      ["carte", 15, () => fetch(`${BASE}/carte`).then(drain)],
      [
        "donnees-carte",
        20,
        () => fetch(`${BASE}/api/carte/stages?bbox=-2.2,42.8,0.8,45.2&zoom=9`).then(drain),
      ],
      [
        "fiche-stage",
        15,
        () => fetch(`${BASE}/stages/${stageIds[Math.floor(Math.random() * stageIds.length)]}`).then(drain),
      ],
      ["formations", 15, () => fetch(`${BASE}/formations`).then(drain)],
      ["connexion", 15, signIn],
    ];
    const totalWeight = mix.reduce((s, [, w]) => s + w, 0);
    const pick = () => {
      let r = Math.random() * totalWeight;
      for (const entry of mix) if ((r -= entry[1]) < 0) return entry;
      return mix[0]!;
    };

    const samples: Sample[] = [];
    let acknowledgedSignIns = 0;
    const started = performance.now();
    const elapsed = () => (performance.now() - started) / 1000;
    let restartedAt = Infinity;
    const fault = FAULT
      ? (async () => {
          await new Promise((r) => setTimeout(r, FAULT_AT_S * 1000));
          stopCluster(dir);
          console.log(`… PostgreSQL arrêté à ${elapsed().toFixed(1)} s`);
          await new Promise((r) => setTimeout(r, FAULT_DOWN_S * 1000));
          startCluster(dir);
          restartedAt = elapsed();
          console.log(`… PostgreSQL redémarré à ${restartedAt.toFixed(1)} s`);
        })()
      : Promise.resolve();

    console.log(
      `${USERS} utilisateurs virtuels pendant ${DURATION_S} s, pause moyenne de ${THINK_MS} ms entre deux requêtes${FAULT ? ", avec panne de la base" : ""}…`,
    );
    await Promise.all([
      fault,
      ...Array.from({ length: USERS }, async () => {
        while (elapsed() < DURATION_S) {
          const [kind, , request] = pick();
          const t0 = performance.now();
          let status = 0;
          try {
            const result = await request();
            status = result.status;
            if (kind === "connexion" && result.ok) acknowledgedSignIns++;
          } catch {
            status = 0; // network error
          }
          samples.push({
            kind,
            ms: performance.now() - t0,
            status,
            t: elapsed() - (performance.now() - t0) / 1000,
          });
          if (THINK_MS > 0) await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())));
        }
      }),
    ]);

    // Report.
    const steady = FAULT ? samples.filter((s) => s.t < FAULT_AT_S) : samples;
    const rows = [...new Set(samples.map((s) => s.kind)), "total"].map((kind) => {
      const set = steady.filter((s) => kind === "total" || s.kind === kind);
      const ms = set.map((s) => s.ms).sort((a, b) => a - b);
      const errors = set.filter((s) => s.status === 0 || s.status >= 500).length;
      const seconds = FAULT ? FAULT_AT_S : DURATION_S;
      return `| ${kind} | ${set.length} | ${(set.length / seconds).toFixed(1)} | ${percentile(ms, 50).toFixed(0)} | ${percentile(ms, 95).toFixed(0)} | ${percentile(ms, 99).toFixed(0)} | ${errors} |`;
    });
    console.log(
      `\n${FAULT ? `Avant la panne (0–${FAULT_AT_S} s)` : "Résultats"} — ${USERS} utilisateurs, ${os.cpus().length} cœurs\n`,
    );
    console.log("| Requête | Nombre | req/s | p50 (ms) | p95 (ms) | p99 (ms) | Erreurs (5xx, réseau) |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    console.log(rows.join("\n"));

    if (FAULT) {
      const down = samples.filter((s) => s.t >= FAULT_AT_S && s.t < restartedAt);
      const byStatus = (set: Sample[]) =>
        Object.entries(
          set.reduce<Record<string, number>>(
            (acc, s) => ((acc[s.status] = (acc[s.status] ?? 0) + 1), acc),
            {},
          ),
        )
          .map(([status, n]) => `${status === "0" ? "réseau" : status} × ${n}`)
          .join(", ");
      const after = samples.filter((s) => s.t >= restartedAt).sort((a, b) => a.t - b.t);
      const lastFailure = after.filter((s) => s.status === 0 || s.status >= 500).at(-1);
      const recovery = lastFailure ? lastFailure.t - restartedAt : 0;
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      const { rows: stored } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM "LoginAttempt" WHERE success AND key = $1`,
        [`email:${personas.apprenant.email}`],
      );
      await client.end();
      console.log(`\nPendant la panne (${FAULT_AT_S}–${restartedAt.toFixed(1)} s) : ${byStatus(down)}`);
      console.log(`Après le redémarrage : ${byStatus(after)}`);
      console.log(`Dernière erreur ${recovery.toFixed(1)} s après le redémarrage de PostgreSQL.`);
      console.log(
        `Connexions confirmées à l'utilisateur : ${acknowledgedSignIns} ; enregistrées en base : ${stored[0]!.n}.`,
      );
    }
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already stopped
      }
    }
    try {
      stopCluster(dir);
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

async function drain(response: Response) {
  await response.arrayBuffer();
  return { status: response.status };
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
