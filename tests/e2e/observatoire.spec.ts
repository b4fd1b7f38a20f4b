import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { screenshot } from "./helpers";

// A visitor reads the public observatory: a map of the Landes with one circle per territory, the
// same numbers in a table, and a CSV export of them.

test("l'observatoire montre un indicateur par territoire, sur la carte, en tableau et en CSV", async ({
  page,
  checkA11y,
}) => {
  const response = await page.goto("/observatoire");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Observatoire des Landes");
  await expect(page.getByRole("heading", { level: 2, name: "Offres de stage ouvertes" })).toBeVisible();
  await expect(page.locator(".leaflet-container")).toBeVisible();
  const table = page.getByRole("table", { name: /Offres de stage ouvertes, par territoire/ });
  // 9 territories + the total.
  await expect(table.locator("tbody tr")).toHaveCount(10);
  await checkA11y();

  await page.getByLabel("Indicateur").selectOption({ label: "Demandes d'aide : logement" });
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/\/observatoire\?indicateur=demandes-logement$/);
  await expect(page.getByRole("heading", { level: 2, name: /Demandes d'aide « logement »/ })).toBeVisible();
  await checkA11y();
  await screenshot(page, "observatoire", { settleMs: 500 });

  await page.getByLabel("Indicateur").selectOption("places-non-pourvues");
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Places de stage encore disponibles" }),
  ).toBeVisible();
  const rows = await page
    .getByRole("table", { name: /Places de stage encore disponibles/ })
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent!.replace(/\s/g, ""))),
    );
  // At least one circle for a territory with places left.
  if (rows.some(([, v]) => v !== "0" && v !== undefined))
    await expect(page.locator("path.leaflet-interactive").first()).toBeAttached();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /^Télécharger les données \(CSV\)/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^observatoire-places-non-pourvues-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const lines = csv
    .trim()
    .split("\r\n")
    .slice(1)
    .map((l) => l.split(";").map((c) => c.replace(/\s/g, "")));
  expect(lines).toEqual(rows);
  await checkA11y();
});

test("l'observatoire reste lisible sur téléphone", async ({ page, checkA11y }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/observatoire?indicateur=formations");
  await expect(page.getByRole("heading", { level: 2, name: "Sessions de formation à venir" })).toBeVisible();
  await expect(page.locator(".leaflet-container")).toBeVisible();
  await checkA11y();
  await screenshot(page, "observatoire-telephone", { settleMs: 500 });
});
