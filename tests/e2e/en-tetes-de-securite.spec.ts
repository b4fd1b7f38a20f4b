// Security headers on every kind of response the portal sends, from the production build
// (`next start`): public, dynamic, signed-in and error pages, JSON, CSV, XML and static files.
import type { APIResponse, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const COMMON = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=(self), payment=()",
};

function expectCommonHeaders(headers: Record<string, string>, label: string) {
  expect(headers, label).toMatchObject(COMMON);
  expect(headers["strict-transport-security"], label).toMatch(/^max-age=\d{8,}; includeSubDomains/);
  expect(headers["x-powered-by"], label).toBeUndefined();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function expectPageCsp(headers: Record<string, string>, label: string): string {
  // The id of the request in the server's JSON logs.
  expect(headers["x-request-id"], label).toMatch(UUID);
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, label).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp, label).toContain("frame-ancestors 'none'");
  expect(csp, label).toContain("object-src 'none'");
  expect(csp, label).toContain("base-uri 'self'");
  expect(csp, label).not.toContain("unsafe-eval");
  expect(csp.match(/script-src[^;]*/)?.[0], label).not.toContain("unsafe-inline");
  return /'nonce-([^']+)'/.exec(csp)![1]!;
}

async function pageHeaders(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  return response!.allHeaders();
}

test("pages publiques, fiches, page 404 : CSP à nonce et en-têtes de sécurité", async ({ page }) => {
  await page.goto("/carte");
  const stagePath = await page.locator("a[href^='/stages/']").first().getAttribute("href");
  await page.goto("/formations");
  const formationPath = await page.locator("a[href^='/formations/']").first().getAttribute("href");
  expect(stagePath, "une offre publiée dans les données e2e").toMatch(/^\/stages\/[\w-]+$/);
  expect(formationPath, "une formation publiée dans les données e2e").toMatch(/^\/formations\/[\w-]+$/);

  const nonces = new Set<string>();
  for (const [path, status] of [
    ["/", 200],
    ["/carte", 200],
    [stagePath!, 200],
    ["/formations", 200],
    [formationPath!, 200],
    ["/metiers", 200],
    ["/connexion", 200],
    ["/cette-page-n-existe-pas", 404],
  ] as const) {
    const headers = await pageHeaders(page, path, status);
    expectCommonHeaders(headers, path);
    nonces.add(expectPageCsp(headers, path));
    // The nonce of the header is the one the page's scripts carry.
    const scriptNonce = await page
      .locator("script[nonce]")
      .first()
      .evaluate((s) => (s as HTMLScriptElement).nonce);
    expect(scriptNonce, path).toBe([...nonces].at(-1));
  }
  expect(nonces.size, "un nonce neuf par réponse").toBe(8);
});

test("pages connectées et cookie de session", async ({ page, loginAs, context }) => {
  await loginAs("apprenant");
  for (const path of ["/espace-apprenant", "/espace-apprenant/candidatures", "/notifications"]) {
    const headers = await pageHeaders(page, path);
    expectCommonHeaders(headers, path);
    expectPageCsp(headers, path);
    expect(headers["cache-control"] ?? "", path).not.toMatch(/public|s-maxage/);
  }
  const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  // Secure is set when NEXTAUTH_URL is https (production); the e2e server runs on plain http.
});

test("réponses d'API, exports et fichiers statiques", async ({ request, page }) => {
  const responses: [string, APIResponse][] = [];
  for (const path of [
    "/api/sante",
    "/api/carte/stages?bbox=-1.6,43.4,0.2,44.6&zoom=9",
    "/api/formations",
    "/api/formations/csv",
    "/api/formations/lheo",
  ]) {
    responses.push([path, await request.get(path)]);
  }
  await page.goto("/");
  const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  responses.push([script!, await request.get(script!)]);
  for (const [path, response] of responses) {
    expect(response.status(), path).toBe(200);
    expectCommonHeaders(response.headers(), path);
    if (path.startsWith("/api/")) expect(response.headers()["x-request-id"], path).toMatch(UUID);
  }
  const csv = responses.find(([p]) => p === "/api/formations/csv")![1];
  expect(csv.headers()["content-type"]).toContain("text/csv");
});
