import { expect, test } from "./fixtures";
import { screenshot } from "./helpers";

// A young visitor discovers a profession, then its trainings and placements in the Landes; a reuser
// reads the open data documentation and downloads the exports.

test("de la liste des métiers à un métier, puis à ses formations et à ses stages déjà filtrés", async ({
  page,
  checkA11y,
}) => {
  const liste = await page.goto("/metiers");
  expect(liste?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Les métiers de l'accompagnement");
  await expect(page.getByRole("heading", { level: 2, name: /Diplômes de niveau 3/ })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Métiers" }),
  ).toBeVisible();
  await checkA11y();

  await page.getByRole("link", { name: "Accompagnant éducatif et social", exact: true }).click();
  await expect(page).toHaveURL(/\/metiers\/deaes$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accompagnant éducatif et social");
  await expect(page.getByText("Niveau 3 (équivalent CAP)")).toBeVisible();
  await expect(page.getByText(/\d+ formations? ouvertes?/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Qui accueille en stage" })).toBeVisible();
  await checkA11y();

  const formations = page.getByRole("link", { name: /^Voir les formations/ });
  await expect(formations).toHaveAttribute("href", "/formations?diplome=deaes");
  const stages = page.getByRole("link", { name: /^Voir les stages sur la carte/ });
  await expect(stages).toHaveAttribute("href", "/carte?diplome=deaes");

  // The links navigate on the client: their status is checked with a plain request.
  expect((await page.request.get("/formations?diplome=deaes")).status()).toBe(200);
  expect((await page.request.get("/carte?diplome=deaes")).status()).toBe(200);

  await formations.click();
  await expect(page).toHaveURL(/\/formations\?diplome=deaes$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trouver une formation");
  await expect(page.getByLabel("Diplôme préparé")).toHaveValue("deaes");

  await page.goBack();
  await page.getByRole("link", { name: /^Voir les stages sur la carte/ }).click();
  await expect(page).toHaveURL(/\/carte\?diplome=deaes$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trouver un stage");
  await expect(page.getByLabel("Diplôme ou métier")).toHaveValue("deaes");
});

test("une page métier se lit sur ordinateur et sur téléphone", async ({ page, checkA11y }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const response = await page.goto("/metiers/deas");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aide-soignant");
  await expect(page).toHaveTitle(/Aide-soignant/);
  await screenshot(page, "metier");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  // Nothing wider than the screen (WCAG 1.4.10, reflow).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await checkA11y();
  await screenshot(page, "metier-mobile");
});

test("une adresse de métier inconnue donne 404, « aide à domicile » mène à l'assistant de vie aux familles", async ({
  page,
}) => {
  expect((await page.goto("/metiers/plombier"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();

  await page.goto("/metiers/aide-a-domicile");
  await expect(page).toHaveURL(/\/metiers\/tp-advf$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Assistant de vie aux familles");
});

test("la page des données ouvertes documente les exports des formations et des stages, qui répondent", async ({
  page,
  request,
  checkA11y,
}) => {
  const response = await page.goto("/donnees-ouvertes");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Données ouvertes : formations et offres de stage",
  );
  await expect(page.getByRole("link", { name: /Licence Ouverte/ })).toBeVisible();
  for (const url of [
    "/api/formations",
    "/api/formations/csv",
    "/api/formations/lheo",
    "/api/stages",
    "/api/stages/csv",
    "/api/stages/schema",
  ]) {
    await expect(page.getByRole("link", { name: url, exact: true }).first()).toBeVisible();
  }
  await checkA11y();
  await screenshot(page, "donnees-ouvertes");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "donnees-ouvertes-mobile");
  await checkA11y();
  await page.setViewportSize({ width: 1280, height: 720 });

  const stages = await request.get("/api/stages?page_size=5");
  expect(stages.status()).toBe(200);
  const page1 = (await stages.json()) as { stages: unknown[]; pagination: { suivant: string | null } };
  expect(page1.stages).toHaveLength(5);
  expect(page1.pagination.suivant).toMatch(/after=/);
  const bad = await request.get("/api/stages?page_size=0");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { erreur: string }).erreur).toMatch(/^Paramètres invalides/);

  const json = await request.get("/api/formations");
  expect(json.status()).toBe(200);
  const body = (await json.json()) as { licence: { nom: string }; formations: unknown[] };
  expect(body.licence.nom).toMatch(/Licence Ouverte/);
  expect(body.formations.length).toBeGreaterThan(0);

  const csv = await request.get("/api/formations/csv");
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toBe("attachment; filename=formations-iflts.csv");

  const lheo = await request.get("/api/formations/lheo");
  expect(lheo.headers()["content-type"]).toBe("application/xml; charset=utf-8");
  expect(await lheo.text()).toContain('<lheo xmlns="http://lheo.gouv.fr/2.3">');
});
