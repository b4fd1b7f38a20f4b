// Settings shared by playwright.config.ts, the e2e global setup, the fixtures and scripts/test-all.ts.
// E2E_PORT other than 3100 also gives its own database and result folders, so two suites can run
// side by side in one checkout (the build in .next stays shared).
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT) || 3100;
const suffix = E2E_PORT === 3100 ? "" : `-${E2E_PORT}`;

export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATABASE = `iflts_e2e${suffix.replace("-", "_")}`;
/** Test-only secret, long enough for the production check of lib/env.ts. */
export const E2E_NEXTAUTH_SECRET = "e2e-test-secret-not-for-production-0123456789";
/** Playwright's outputDir (traces, screenshots); Playwright empties it at start. */
export const E2E_OUTPUT_DIR = path.join("test-results", `e2e${suffix}`);
/** JSON report read by scripts/test-all.ts for the summary line. */
export const E2E_REPORT_FILE = path.join("test-results", `playwright${suffix}.json`);
/** Each mail received by the e2e SMTP capture server is written here as one JSON file. */
export const E2E_MAIL_DIR = path.join(process.cwd(), "test-results", `e2e-mail${suffix}`);
/** Sessions of the personas, created once per run by signing in through the form. */
export const E2E_AUTH_DIR = path.join(process.cwd(), "tests", "e2e", ".auth", `port-${E2E_PORT}`);

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}
