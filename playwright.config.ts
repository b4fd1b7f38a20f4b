// End-to-end tests against the built app (`npm run build` first). tests/e2e/global-setup.ts
// recreates the iflts_e2e database, starts an SMTP capture server (mails written as JSON to
// test-results/e2e-mail/, read by the readMails fixture) and `next start` on E2E_PORT (3100).
import { defineConfig } from "@playwright/test";
import { chromiumPath, E2E_BASE_URL, E2E_OUTPUT_DIR, E2E_REPORT_FILE } from "./tests/e2e/config";

export default defineConfig({
  testDir: "tests/e2e",
  // Not test-results/ itself: Playwright empties its outputDir, and vitest reports live there.
  outputDir: E2E_OUTPUT_DIR,
  globalSetup: "./tests/e2e/global-setup.ts",
  // 2 cores shared with the app server; specs must not depend on each other, so E2E_WORKERS=2 works.
  workers: Number(process.env.E2E_WORKERS) || 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: E2E_REPORT_FILE }]],
  use: {
    baseURL: E2E_BASE_URL,
    browserName: "chromium",
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-first-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // `npx playwright install` cannot download here: the Debian chromium package is used.
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
});
