// `npm test`: preflight checks, then lint, types, unit, integration, build and e2e in order,
// stopping at the first failure; ends with one line `tests: N passed, N failed[, N skipped]`.
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { assertReachable, databaseUrl } from "../tests/support/database";
import { chromiumPath, E2E_DATABASE, E2E_NEXTAUTH_SECRET, E2E_REPORT_FILE } from "../tests/e2e/config";

const RESULTS_DIR = "test-results";
const REPORTS = {
  unit: path.join(RESULTS_DIR, "vitest-unit.json"),
  integration: path.join(RESULTS_DIR, "vitest-integration.json"),
  e2e: E2E_REPORT_FILE, // written by the JSON reporter of playwright.config.ts
};

type Counts = { passed: number; failed: number; skipped: number };
type Step = { title: string; bin: string; args: string[]; env?: Record<string, string> };

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function preflight(): Promise<void> {
  const chromium = chromiumPath();
  if (!isExecutable(chromium)) {
    fail(
      `Chromium introuvable (${chromium}) : installez-le (apt-get install -y chromium) ou définissez CHROMIUM_PATH / ` +
        `Chromium not found (${chromium}): install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  const clients = ["pg_dump", "psql"];
  const pathDirs = (process.env.PATH ?? "").split(path.delimiter);
  const onPath = (name: string) => pathDirs.some((dir) => isExecutable(path.join(dir, name)));
  const missing = clients.filter((name) => !onPath(name));
  if (missing.length > 0) {
    fail(
      `${missing.join(", ")} introuvable : installez postgresql-client (apt-get install -y postgresql-client) / ` +
        `${missing.join(", ")} not found: install postgresql-client`,
    );
  }
  if (!onPath("xmllint")) {
    fail(
      "xmllint introuvable (validation du flux LHÉO) : installez libxml2-utils (apt-get install -y libxml2-utils) / " +
        "xmllint not found: install libxml2-utils",
    );
  }
  try {
    await assertReachable();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1).replace(".", ",")} s`;
}

function runStep(step: Step): Promise<boolean> {
  console.log(`\n▶ ${step.title}`);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(path.join("node_modules", ".bin", step.bin), step.args, {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...step.env },
    });
    child.on("error", (error) => {
      console.error(`✘ ${step.title} : impossible de lancer ${step.bin} (${error.message})`);
      resolve(false);
    });
    child.on("exit", (code, signal) => {
      const duration = seconds(performance.now() - started);
      if (code === 0) {
        console.log(`✔ ${step.title} (${duration})`);
        resolve(true);
      } else {
        console.error(`✘ ${step.title} : échec (${signal ?? `code ${code}`}) après ${duration}`);
        resolve(false);
      }
    });
  });
}

function readJson(file: string): Record<string, unknown> | null {
  if (!existsSync(file)) return null;
  try {
    const value: unknown = JSON.parse(readFileSync(file, "utf8"));
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const count = (source: Record<string, unknown> | undefined, key: string): number => {
  const value = source?.[key];
  return typeof value === "number" ? value : 0;
};

function vitestCounts(file: string): Counts {
  const report = readJson(file) ?? undefined;
  return {
    passed: count(report, "numPassedTests"),
    failed: count(report, "numFailedTests"),
    skipped: count(report, "numPendingTests") + count(report, "numTodoTests"),
  };
}

function playwrightCounts(file: string): Counts {
  const stats = readJson(file)?.stats;
  const source = typeof stats === "object" && stats !== null ? (stats as Record<string, unknown>) : undefined;
  return {
    passed: count(source, "expected") + count(source, "flaky"),
    failed: count(source, "unexpected"),
    skipped: count(source, "skipped"),
  };
}

async function main(): Promise<void> {
  await preflight();
  // Reports of an earlier run must not be counted.
  for (const file of Object.values(REPORTS)) rmSync(file, { force: true });
  mkdirSync(RESULTS_DIR, { recursive: true });

  const vitest = (project: "unit" | "integration"): string[] => [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${REPORTS[project]}`,
  ];
  const steps: Step[] = [
    { title: "Analyse du code (eslint)", bin: "eslint", args: [".", "--max-warnings=0"] },
    { title: "Mise en forme (prettier)", bin: "prettier", args: ["--check", "."] },
    { title: "Vérification des types (tsc)", bin: "tsc", args: ["--noEmit"] },
    { title: "Tests unitaires (vitest)", bin: "vitest", args: vitest("unit") },
    { title: "Tests d'intégration (vitest + PostgreSQL)", bin: "vitest", args: vitest("integration") },
    {
      title: "Construction de l'application (next build)",
      bin: "next",
      args: ["build"],
      env: { NEXTAUTH_SECRET: E2E_NEXTAUTH_SECRET, DATABASE_URL: databaseUrl(E2E_DATABASE) },
    },
    { title: "Tests de bout en bout (Playwright)", bin: "playwright", args: ["test"] },
  ];

  const started = performance.now();
  let failedStep: string | null = null;
  for (const step of steps) {
    if (!(await runStep(step))) {
      failedStep = step.title;
      break;
    }
  }

  const totals = [
    vitestCounts(REPORTS.unit),
    vitestCounts(REPORTS.integration),
    playwrightCounts(REPORTS.e2e),
  ].reduce(
    (sum, c) => ({
      passed: sum.passed + c.passed,
      failed: sum.failed + c.failed,
      skipped: sum.skipped + c.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  console.log(
    failedStep
      ? `\nÉchec à l'étape « ${failedStep} » (durée totale ${seconds(performance.now() - started)}).`
      : `\nToutes les étapes ont réussi (durée totale ${seconds(performance.now() - started)}).`,
  );
  console.log(
    `tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped > 0 ? `, ${totals.skipped} skipped` : ""}`,
  );
  process.exit(failedStep || totals.failed > 0 ? 1 : 0);
}

void main();
