// Setup for integration tests: own database and SMTP server per worker, set before any app
// module reads lib/env.ts; session and Next cache mocked; database emptied before each test.
import { beforeEach, inject, vi } from "vitest";
import { cloneDatabase, databaseUrl, resetDatabase, TEMPLATE_DB, WORKER_DB_PREFIX } from "./database";
import { signInAs } from "./session";
import { startWorkerSmtpCapture } from "./smtp";

vi.mock("@/lib/auth/session", async () => {
  const { currentSessionUser } = await import("./session");
  return { getCurrentUser: currentSessionUser };
});

// Outside a request these throw; recorded so tests can assert what was revalidated.
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  cacheTag: vi.fn(),
  cacheLife: vi.fn(),
}));

const workerDb = `${WORKER_DB_PREFIX}${inject("testRunId")}_${process.env.VITEST_POOL_ID ?? process.pid}`;
// Cloned once per worker process (~140 ms; vitest 4 isolates each test file in a new one),
// then resetDatabase() isolates the tests of the file.
const worker = globalThis as unknown as { __ifltsWorkerDb?: string };
if (worker.__ifltsWorkerDb !== workerDb) {
  await cloneDatabase(workerDb, TEMPLATE_DB);
  worker.__ifltsWorkerDb = workerDb;
}
process.env.DATABASE_URL = databaseUrl(workerDb);

const smtp = await startWorkerSmtpCapture();
process.env.SMTP_URL = smtp.url;

beforeEach(async () => {
  signInAs(null);
  smtp.messages.length = 0;
  await resetDatabase();
});
