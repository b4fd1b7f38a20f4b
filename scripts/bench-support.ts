// What the benchmark scripts share: percentiles, timed runs and their own database (a clone of
// the test template when it is current, else migrated and loaded with the reference data).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { importReferenceData } from "@/prisma/reference/import";
import {
  databaseUrl,
  isTemplateCurrent,
  recreateDatabase,
  ROOT,
  TEMPLATE_DB,
  withTemplateLock,
} from "@/tests/support/database";

const execFileAsync = promisify(execFile);

/** Nearest-rank percentile `p` (0–100) of ascending `sorted`; NaN when empty. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed: p50 and p95 in ms. */
export async function measure(
  fn: () => Promise<unknown>,
  { warmup, runs }: { warmup: number; runs: number },
): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** (Re)creates database `name` with the migrations and the reference data, as fast as it can. */
export async function createBenchDatabase(name: string): Promise<void> {
  const fromTemplate = await withTemplateLock(async (client) => {
    if (await isTemplateCurrent(client)) {
      await recreateDatabase(client, name, TEMPLATE_DB);
      return true;
    }
    await recreateDatabase(client, name);
    return false;
  });
  if (fromTemplate) {
    console.error(`Base ${name} clonée de ${TEMPLATE_DB} (migrations et référentiels).`);
    return;
  }
  console.error(`${TEMPLATE_DB} absente ou périmée : prisma migrate deploy puis import des référentiels…`);
  const url = databaseUrl(name);
  await execFileAsync(path.join(ROOT, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
  });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await importReferenceData(db);
  } finally {
    await db.$disconnect();
  }
}
