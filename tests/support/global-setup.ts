// vitest globalSetup of the integration project: makes the template database current
// (migrations + reference data, rebuilt only when they change) and cleans worker databases.
import type { TestProject } from "vitest/node";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { importReferenceData } from "@/prisma/reference/import";
import { assertReachable, dropWorkerDatabases, ensureTemplate, withTemplateLock } from "./database";

declare module "vitest" {
  export interface ProvidedContext {
    /** Names this run's worker databases, so teardown drops exactly them. */
    testRunId: string;
  }
}

async function loadReferenceData(url: string): Promise<void> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await importReferenceData(db);
  } finally {
    await db.$disconnect();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  try {
    await assertReachable();
  } catch (error) {
    // Thrown, vitest would add a misleading "No test files found" and a trace: one line instead.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const runId = String(process.pid);
  const started = performance.now();
  const result = await withTemplateLock((client) => ensureTemplate(client, loadReferenceData));
  if (result.template === "built") {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Base modèle de test reconstruite en ${seconds} s (migrations : ${result.migrations === "built" ? "appliquées" : "en cache"}).`,
    );
  }
  await dropWorkerDatabases(runId);
  project.provide("testRunId", runId);
  return () => dropWorkerDatabases(runId);
}
