// A learner finds a training in the catalogue with the keyboard only, opens it, bookmarks it and
// finds it again in "Mes favoris"; axe finds no defect on any page visited.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { screenshot, tabTo } from "./helpers";

const status = (page: Page) => page.locator('main [role="status"][aria-live="polite"]').first();

test("une apprenante filtre le catalogue au clavier, ouvre une formation, l'ajoute à ses favoris et l'y retrouve", async ({
  page,
  loginAs,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  await loginAs("apprenant");
  await page.goto("/formations");
  await expect(page.getByRole("heading", { level: 1, name: "Trouver une formation" })).toBeVisible();
  await expect(status(page)).toHaveText(/^\d+ formations trouvées$/);
  const totalText = await status(page).innerText();
  await checkA11y();

  // Keyboard only from here: skip link, then the filters in order.
  const form = page.getByRole("search", { name: "Rechercher une formation" });
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Aller au contenu" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Mots-clés")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Diplôme préparé")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Modalité")).toBeFocused();
  await page.keyboard.press("Tab");
  const commune = form.getByLabel("Commune", { exact: true });
  await expect(commune).toBeFocused();
  // Typing on a closed select picks the first matching option; arrows move to the next one.
  await page.keyboard.type("Dax");
  await expect(commune).toHaveValue("40088");
  await page.keyboard.press("Tab");
  const rayon = form.getByLabel("Rayon");
  await expect(rayon).toBeFocused();
  await expect(rayon).toHaveValue("30");
  await page.keyboard.press("ArrowDown");
  await expect(rayon).toHaveValue("40");
  await page.keyboard.press("Tab");
  const apprentissage = form.getByLabel("Apprentissage possible");
  await expect(apprentissage).toBeFocused();
  await page.keyboard.press("Space");
  await expect(apprentissage).toBeChecked();
  const rechercher = page.getByRole("button", { name: "Rechercher", exact: true });
  await tabTo(page, rechercher, 3);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/formations\?commune=40088&rayon=40&apprentissage=on$/);
  await expect(status(page)).toHaveText(/^\d+ formations? trouvées?$/);
  await expect(status(page)).not.toHaveText(totalText);
  await expect(status(page)).not.toHaveText("Aucune formation trouvée");
  await expect(
    page.getByText("Dans un rayon de 40 km autour de Dax, de la plus proche à la plus éloignée."),
  ).toBeVisible();
  // The focus stays where the search was started.
  await expect(rechercher).toBeFocused();
  const cards = page.locator("#liste-resultats > ol > li");
  await expect(cards.first()).toContainText(/Où.*km/);
  await expect(cards.first()).toContainText("Apprentissage");
  await checkA11y();
  const filteredText = await status(page).innerText();

  // A search that finds nothing, still by keyboard: it proposes to widen.
  const motsCles = form.getByLabel("Mots-clés");
  await tabTo(page, motsCles, 15, "Shift+Tab");
  await page.keyboard.type("aucune formation de ce nom");
  await page.keyboard.press("Enter");
  await expect(status(page)).toHaveText("Aucune formation trouvée");
  await expect(motsCles).toBeFocused();
  await expect(
    page.getByRole("heading", { name: "Aucune formation ne correspond à cette recherche" }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Chercher dans un rayon de 60 km autour de Dax" }),
  ).toBeVisible();
  await checkA11y();
  const sansMots = page.getByRole("link", { name: "Chercher sans les mots-clés" });
  await tabTo(page, sansMots, 40);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/formations\?commune=40088&rayon=40&apprentissage=on$/);
  await expect(status(page)).toHaveText(filteredText);

  // The same results beside the map of the training sites; the list stays complete.
  await page.getByRole("link", { name: "Liste et carte" }).click();
  await expect(page).toHaveURL(/vue=carte/);
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Liste et carte" })).toHaveAttribute("aria-current", "true");
  await expect(status(page)).toHaveText(filteredText);
  await checkA11y();
  await screenshot(page, "formations-catalogue");

  // Open the first training.
  const first = cards.first().getByRole("link").first();
  const titre = (await first.innerText()).trim();
  await first.click();
  await expect(page).toHaveURL(/\/formations\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: titre })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${titre.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} – `));
  const sessions = page.getByRole("table");
  await expect(sessions.getByRole("columnheader", { name: "État" })).toBeVisible();
  await expect(sessions.getByRole("row")).not.toHaveCount(1);
  await expect(page.getByRole("heading", { level: 2, name: "Contact" })).toBeVisible();

  // Bookmark it: the button says what it will do, the line beside it the current state.
  const ajouter = page.getByRole("button", { name: "Ajouter à mes favoris" });
  await expect(ajouter).toBeVisible();
  await expect(page.getByText("Cette formation n'est pas dans vos favoris.")).toBeVisible();
  await checkA11y();
  await screenshot(page, "formation-detail");
  await ajouter.click();
  await expect(page.getByRole("button", { name: "Retirer de mes favoris" })).toBeVisible();
  await expect(page.getByText("La formation est ajoutée à vos favoris.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Retirer de mes favoris" })).toBeVisible();
  await checkA11y();

  // Found again in "Mes favoris", then removed from there.
  await page.getByRole("link", { name: "vos favoris", exact: true }).click();
  await expect(page).toHaveURL(/\/espace-apprenant\/favoris$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mes favoris" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: titre }) });
  await expect(item).toBeVisible();
  await checkA11y();
  await item.getByRole("button", { name: `Retirer de mes favoris : ${titre}` }).click();
  await expect(page.getByText("La formation est retirée de vos favoris.")).toBeVisible();
  await expect(page.getByText("Aucune formation dans vos favoris.")).toBeVisible();
  await checkA11y();
});

test("sur téléphone, le catalogue se lit en une colonne", async ({ page, checkA11y }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/formations");
  await expect(status(page)).toHaveText(/^\d+ formations trouvées$/);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  await checkA11y();
  // A narrower search for the picture, so that it stays readable.
  await page.goto("/formations?diplome=deaes");
  await expect(status(page)).toHaveText(/^\d+ formations? trouvées?$/);
  await screenshot(page, "formations-catalogue-mobile");
});

test("un filtre invalide est ignoré et signalé ; une formation inconnue donne une page introuvable", async ({
  page,
  checkA11y,
}) => {
  await page.goto("/formations?modalite=distanciel&places=beaucoup&apprentissage=on");
  await expect(page.getByText("Le filtre « modalité » a été ignoré : valeur non reconnue.")).toBeVisible();
  await expect(page.getByText("Le filtre « places, au moins » a été ignoré")).toBeVisible();
  await expect(page.getByRole("search").getByLabel("Apprentissage possible")).toBeChecked();
  await expect(status(page)).toHaveText(/trouvée/);
  await checkA11y();

  for (const id of ["inconnue", "pas%20un%20id"]) {
    const response = await page.goto(`/formations/${id}`);
    expect(response?.status()).toBe(404);
  }
});

test("mes favoris demande une connexion", async ({ page }) => {
  await page.goto("/espace-apprenant/favoris");
  await expect(page).toHaveURL(/\/connexion\?retour=%2Fespace-apprenant%2Ffavoris$/);
});
