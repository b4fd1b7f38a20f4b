// The Playwright `test` for every e2e spec: map tiles blocked, persona sign-in, axe scan, captured mails.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { PERSONA_PASSWORD, personas, type PersonaName } from "../../prisma/personas";
import type { CapturedMail } from "../support/smtp";
import { E2E_AUTH_DIR, E2E_BASE_URL, E2E_MAIL_DIR } from "./config";

type Fixtures = {
  /** Signs the page's context in as this persona (real sign-in form, once per persona and run). */
  loginAs: (persona: PersonaName) => Promise<void>;
  /**
   * Another browser of the journey: a context of its own (tiles blocked), signed in as `persona` or
   * anonymous; closed when the test ends.
   */
  newContext: (persona?: PersonaName) => Promise<BrowserContext>;
  /** Fails with the list of WCAG 2.1 A/AA violations found by axe on the page. */
  checkA11y: (page?: Page) => Promise<void>;
  /** Mails captured so far for this address, oldest first; poll with expect.poll() to wait for one. */
  readMails: (to: string) => CapturedMail[];
};

/** Tiles cannot load here and must never slow a test down: data.geopf.fr, tile.openstreetmap.fr, *.tile.*. */
function isTileRequest(url: URL): boolean {
  return url.hostname === "data.geopf.fr" || /(^|\.)tile\./.test(url.hostname);
}

const SESSION_COOKIE = /next-auth\.session-token$/;

async function personaStorageState(browser: Browser, name: PersonaName): Promise<string> {
  const file = path.join(E2E_AUTH_DIR, `${name}.json`);
  if (existsSync(file)) return file;
  const persona = personas[name];
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "fr-FR" });
  try {
    await context.route(isTileRequest, (route) => route.abort());
    const page = await context.newPage();
    // The form submits through next-auth's client: wait for hydration before clicking.
    await page.goto("/connexion", { waitUntil: "networkidle" });
    await page.getByLabel("Adresse e-mail").fill(persona.email);
    await page.getByLabel("Mot de passe", { exact: true }).fill(PERSONA_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect
      .poll(async () => (await context.cookies()).some((c) => SESSION_COOKIE.test(c.name)), {
        message: `connexion de ${persona.email} via /connexion (la base e2e est-elle seedée ?)`,
        timeout: 15_000,
      })
      .toBe(true);
    mkdirSync(E2E_AUTH_DIR, { recursive: true });
    // Written then renamed: a second worker never reads a half-written file.
    const partial = `${file}.${process.pid}.tmp`;
    await context.storageState({ path: partial });
    renameSync(partial, file);
    return file;
  } finally {
    await context.close();
  }
}

function readMails(to: string): CapturedMail[] {
  if (!existsSync(E2E_MAIL_DIR)) return [];
  const address = to.toLowerCase();
  return readdirSync(E2E_MAIL_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(E2E_MAIL_DIR, name), "utf8")) as CapturedMail)
    .filter((mail) => mail.to.includes(address));
}

// The fixture callback is named `provide`, not `use`: eslint's react-hooks rule would take it for React's use().
export const test = base.extend<Fixtures>({
  context: async ({ context }, provide) => {
    await context.route(isTileRequest, (route) => route.abort());
    await provide(context);
  },

  loginAs: async ({ browser, context }, provide) => {
    await provide(async (name) => {
      const state = JSON.parse(readFileSync(await personaStorageState(browser, name), "utf8")) as {
        cookies: Parameters<typeof context.addCookies>[0];
      };
      await context.addCookies(state.cookies);
    });
  },

  newContext: async ({ browser }, provide) => {
    const opened: BrowserContext[] = [];
    await provide(async (persona) => {
      const own = await browser.newContext(
        persona ? { storageState: await personaStorageState(browser, persona) } : undefined,
      );
      opened.push(own);
      await own.route(isTileRequest, (route) => route.abort());
      return own;
    });
    await Promise.all(opened.map((c) => c.close()));
  },

  checkA11y: async ({ page }, provide) => {
    await provide(async (target = page) => {
      // After a client-side navigation (e.g. a server action's redirect), Next may insert the page's
      // <title> after its content: wait for it, so axe judges the finished page (none still fails).
      await target
        .waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 })
        .catch(() => undefined);
      const { violations } = await new AxeBuilder({ page: target })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      const report = violations
        .map((v) => {
          const targets = v.nodes.map((n) => `      ${n.target.map(String).join(" ")}`).join("\n");
          return `  - ${v.id} (${v.impact ?? "?"}) : ${v.help}\n${targets}\n      ${v.helpUrl}`;
        })
        .join("\n");
      expect(violations.length, `Violations d'accessibilité sur ${target.url()} :\n${report}`).toBe(0);
    });
  },

  readMails: async ({}, provide) => {
    await provide(readMails);
  },
});

export { expect };
