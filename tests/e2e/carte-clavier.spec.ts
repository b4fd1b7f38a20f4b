// Finding a placement on /carte with the keyboard only, the map's markers drawn without tiles,
// and no accessibility defect found by axe with results, without results and with an ignored filter.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { tabTo } from "./helpers";

const status = (page: Page) => page.locator('main [role="status"][aria-live="polite"]').first();

test("trouver un stage au clavier : filtres, résultats annoncés, fiche", async ({ page, checkA11y }) => {
  await page.goto("/carte");
  await expect(page.getByRole("heading", { level: 1, name: "Trouver un stage" })).toBeVisible();
  await expect(status(page)).toHaveText(/^\d+ stages trouvés$/);
  const totalText = await status(page).innerText();
  // Markers (or their groups) are drawn even though every tile request is aborted.
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
  await checkA11y();

  // Keyboard only from here: skip link, then the filters in order.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Aller au contenu" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Mots-clés")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Diplôme ou métier")).toBeFocused();
  await page.keyboard.press("Tab");
  const commune = page.getByLabel("Commune", { exact: true });
  await expect(commune).toBeFocused();
  // Typing on a closed select picks the first matching option.
  await page.keyboard.type("Dax");
  await expect(commune).toHaveValue("40088");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Rayon")).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Rechercher", exact: true }), 5);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/carte\?commune=40088&rayon=30$/);
  await expect(status(page)).toHaveText(/^\d+ stages? trouvés?$/);
  await expect(status(page)).not.toHaveText(totalText);
  await expect(
    page.getByText("Dans un rayon de 30 km autour de Dax, du plus proche au plus loin."),
  ).toBeVisible();
  // The focus stays where the search was started.
  await expect(page.getByRole("button", { name: "Rechercher", exact: true })).toBeFocused();
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
  await checkA11y();

  // Past the map to the list, then the first card's title link.
  const skipMap = page.getByRole("link", { name: "Passer la carte et aller à la liste" });
  await tabTo(page, skipMap, 10);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const firstCard = page.locator("#liste-resultats li").first();
  const firstLink = firstCard.getByRole("link").first();
  await expect(firstLink).toBeFocused();
  await expect(firstCard).toContainText(/Dax|km/);
  const href = await firstLink.getAttribute("href");
  expect(href).toMatch(/^\/stages\/[\w-]+$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));

  // The back button restores the search.
  await page.goBack();
  // (with the #liste-resultats of the skip link)
  await expect(page).toHaveURL(/\/carte\?commune=40088&rayon=30(#liste-resultats)?$/);
  await expect(page.getByLabel("Commune", { exact: true })).toHaveValue("40088");
});

test("une recherche sans résultat propose d'élargir, sans défaut d'accessibilité", async ({
  page,
  checkA11y,
}) => {
  await page.goto("/carte?q=aucun-stage-ne-porte-ce-nom&commune=40088&rayon=5");
  await expect(status(page)).toHaveText("Aucun stage trouvé");
  await expect(
    page.getByRole("heading", { name: "Aucun stage ne correspond à cette recherche" }),
  ).toBeVisible();
  const wider = page.getByRole("link", { name: "Chercher dans un rayon de 10 km autour de Dax" });
  await expect(wider).toHaveAttribute("href", "/carte?q=aucun-stage-ne-porte-ce-nom&commune=40088&rayon=10");
  await expect(
    page.getByRole("link", { name: "Chercher dans toutes les Landes (sans commune)" }),
  ).toBeVisible();
  await checkA11y();
});

test("un filtre invalide dans l'adresse est ignoré et signalé", async ({ page, checkA11y }) => {
  await page.goto("/carte?commune=40088&rayon=500&logement=on");
  await expect(
    page.getByText("Le filtre « rayon » a été ignoré : le rayon doit être un nombre entier"),
  ).toBeVisible();
  await expect(page.getByLabel("Rayon")).toHaveValue("30");
  await expect(page.getByLabel("Logement possible")).toBeChecked();
  await expect(status(page)).toHaveText(/trouvé/);
  await checkA11y();
});

test("sur téléphone, la carte et la liste s'affichent l'une sous l'autre", async ({ page, checkA11y }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/carte");
  const map = page.locator(".leaflet-container");
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
  const mapBox = (await map.boundingBox())!;
  const listBox = (await page.locator("#liste-resultats").boundingBox())!;
  expect(mapBox.width).toBeGreaterThan(300);
  expect(listBox.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height);
  await checkA11y();
});
