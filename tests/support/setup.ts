// Setup for every vitest project: a fixed test environment, and console.error fails the test.
import { tmpdir } from "node:os";
import path from "node:path";
import { format } from "node:util";
import { config as loadEnv } from "dotenv";
import { afterEach, beforeEach, vi } from "vitest";

loadEnv({ path: ".env", quiet: true });
// Values a developer's .env must not change: no real database, no real mail, stable dates.
Object.assign(process.env, {
  TZ: "Europe/Paris",
  // Unreachable on purpose: unit tests must not touch a database (integration overrides it).
  DATABASE_URL: "postgresql://unit-tests@127.0.0.1:9/pas_de_base",
  NEXTAUTH_SECRET: "test-secret-not-for-production-0123456789",
  NEXTAUTH_URL: "http://localhost:3000",
  SMTP_URL: "",
  MAIL_DIR: path.join(tmpdir(), `iflts-test-mail-${process.pid}`),
});

// A test that expects an error to be logged opts out with its own
// vi.spyOn(console, "error").mockImplementation(() => {}).
const logged: string[] = [];

beforeEach(() => {
  logged.length = 0;
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    logged.push(format(...args));
  });
});

afterEach(() => {
  if (vi.isMockFunction(console.error)) vi.mocked(console.error).mockRestore();
  const messages = logged.splice(0);
  if (messages.length > 0) {
    throw new Error(`console.error appelé pendant le test :\n${messages.join("\n---\n")}`);
  }
});
