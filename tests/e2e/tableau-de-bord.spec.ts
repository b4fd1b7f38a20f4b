import { expect, test } from "./fixtures";
import { screenshot } from "./helpers";

// A member of a collège reads the dashboard, filters it by territory and downloads one widget's
// numbers; a learner is refused.

const WIDGETS = 13;

test("un membre d'un collège consulte le tableau de bord, le filtre et télécharge un indicateur", async ({
  page,
  loginAs,
  checkA11y,
}) => {
  test.setTimeout(90_000); // 13 widgets, axe twice and a download on a shared 2-core machine
  await loginAs("gouvernance");
  const response = await page.goto("/gouvernance/tableau-de-bord");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tableau de bord");
  for (const theme of ["Stages", "Formations", "Freins périphériques", "Gouvernance"])
    await expect(page.getByRole("heading", { level: 2, name: theme })).toBeVisible();
  // Every widget streamed in: its CSV link, and its chart (with the table) or "no data".
  const liens = page.getByRole("link", { name: /^Télécharger les données \(CSV\)/ });
  await expect(liens).toHaveCount(WIDGETS);
  const graphiques = page.getByRole("img", { name: /^Graphique : / });
  const vides = page.getByText("Aucune donnée sur la période");
  expect((await graphiques.count()) + (await vides.count())).toBe(WIDGETS);
  await expect(page.getByRole("img", { name: /^Graphique : Membres par collège/ })).toBeVisible();
  await checkA11y();
  await screenshot(page, "tableau-de-bord", { fullPage: false });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Filtrer" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeHidden();
  await screenshot(page, "tableau-de-bord-impression");
  await page.emulateMedia({ media: "screen" });

  await page.getByLabel("Territoire").selectOption({ label: "Grand Dax et Pays d'Orthe" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/territoire=dax-orthe/);
  await expect(page.getByText(/territoire Grand Dax et Pays d'Orthe\./)).toBeVisible();
  await expect(liens).toHaveCount(WIDGETS);
  await checkA11y();

  const [download] = await Promise.all([page.waitForEvent("download"), liens.first().click()]);
  expect(download.suggestedFilename()).toMatch(/^tableau-de-bord-stages-evolution-.*-dax-orthe\.csv$/);
});

test("une apprenante ne voit pas le tableau de bord", async ({ page, loginAs, checkA11y }) => {
  await loginAs("apprenant");
  const response = await page.goto("/gouvernance/tableau-de-bord");
  expect(response?.status()).toBe(404);
  await checkA11y();
  const csv = await page.request.get("/gouvernance/tableau-de-bord/csv?indicateur=freins-besoins");
  expect(csv.status()).toBe(404);
});
