import type { Page } from "@playwright/test";
import { personas } from "../../prisma/personas";
import { expect, test } from "./fixtures";
import { screenshot } from "./helpers";

// Every Leaflet map of the portal speaks French (zoom buttons, attribution, popup close button)
// and has a name for screen readers; the stage map's resource badges say their words in full.

const SCREENSHOTS = process.env.E2E_SCREENSHOTS === "1";

/** Leaflet's own English, as it writes it when not told otherwise. */
const ENGLISH = /zoom in|zoom out|close popup|javascript library|interactive maps|\bmarker\b|\bmap\b/i;

type MapReport = { role: string | null; label: string | null; labels: string[] };

/** Every map on the page: its role and name, and each label (title, aria-label, alt) of its controls and popups. */
async function mapReports(page: Page): Promise<MapReport[]> {
  await expect(page.locator(".leaflet-container").first()).toBeVisible();
  return page.locator(".leaflet-container").evaluateAll((maps) =>
    maps.map((map) => ({
      role: map.getAttribute("role"),
      label: map.getAttribute("aria-label"),
      labels: [...map.querySelectorAll(".leaflet-control-container *, .leaflet-popup-pane *")].flatMap((e) =>
        ["title", "aria-label", "alt"].map((a) => e.getAttribute(a)).filter((v): v is string => !!v),
      ),
    })),
  );
}

function expectFrench(reports: MapReport[], where: string, zoom = true) {
  expect(reports.length, where).toBeGreaterThan(0);
  for (const map of reports) {
    expect(map.role, where).toBe("region");
    expect(map.label, where).toMatch(/^Carte /);
    for (const label of map.labels) expect(label, `${where} : « ${label} »`).not.toMatch(ENGLISH);
    if (zoom) expect(map.labels, where).toEqual(expect.arrayContaining(["Zoomer", "Dézoomer"]));
    expect(map.labels, where).toContain("Leaflet, bibliothèque JavaScript de cartes interactives");
  }
}

test("chaque carte Leaflet parle français et porte un nom pour les lecteurs d'écran", async ({
  page,
  loginAs,
  checkA11y,
}) => {
  test.setTimeout(90_000);
  // Stage map, with the pooled resources layer; a popup opened from a marker has a French close button.
  await page.goto("/carte?ressources=on");
  const badge = page.locator(".ressource-marker", { hasText: "Hébergement" }).first();
  await expect(badge).toBeVisible();
  await expect(page.locator(".ressource-marker", { hasText: /Héb\.|Mob\./ })).toHaveCount(0);
  await badge.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".leaflet-popup-close-button")).toHaveAttribute("aria-label", "Fermer");
  const carte = await mapReports(page);
  expectFrench(carte, "/carte");
  expect(carte[0]!.label).toBe("Carte des offres de stage");
  expect(carte[0]!.labels).toContain("Fermer");
  await checkA11y();
  await page.locator(".leaflet-popup-close-button").click();
  await expect(page.locator(".leaflet-popup")).toHaveCount(0);
  await screenshot(page, "carte-controles-francais", { fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "carte-controles-francais-mobile", { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Training sites, directory, observatory.
  for (const [url, name] of [
    ["/formations?vue=carte", "Carte des sites de formation"],
    ["/annuaire", "Carte des sites des organisations de l'annuaire"],
    ["/observatoire", /^Carte de l'observatoire/],
  ] as const) {
    await page.goto(url);
    const reports = await mapReports(page);
    expectFrench(reports, url);
    expect(reports[0]!.label, url).toMatch(name);
  }

  // The small read-only maps of a stage page and a training page (no zoom control on them).
  await page.goto("/carte");
  const stageHref = await page.locator('a[href^="/stages/"]').first().getAttribute("href");
  await page.goto(stageHref!);
  expectFrench(await mapReports(page), stageHref!, false);
  await page.goto("/formations");
  const formationHref = await page.locator('a[href^="/formations/"]').first().getAttribute("href");
  await page.goto(formationHref!);
  expectFrench(await mapReports(page), formationHref!, false);

  // The site picker of an employer.
  await loginAs("employeur");
  await page.goto(`/organisations/${personas.employeur.organisation.id}/sites/nouveau`);
  const picker = await mapReports(page);
  expectFrench(picker, "sites/nouveau");
  expect(picker[0]!.label).toMatch(/^Carte pour placer le site/);
});

test("le tableau des candidatures du tableau de bord ne laisse lire aucun effectif de 1 à 4", async ({
  page,
  loginAs,
  checkA11y,
}) => {
  await loginAs("gouvernance");
  await page.goto("/gouvernance/tableau-de-bord");
  const table = page.getByRole("table", { name: /^Données : Candidatures, taux d'acceptation/ });
  const section = table.locator("xpath=ancestor::section[1]");
  await expect(table).toBeVisible();
  const cells = await table.locator("tbody td").allInnerTexts();
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) expect(cell, "case du tableau des candidatures").not.toMatch(/^[1-4]$/);
  // The demo has a few applications per territory: masked, and their rate with them.
  expect(cells).toContain("< 5");
  expect(cells.some((c) => c.startsWith("non diffusé"))).toBe(true);
  await checkA11y();
  await section.scrollIntoViewIfNeeded();
  if (SCREENSHOTS)
    await section.screenshot({ path: "docs/screenshots/tableau-de-bord-candidatures-masquees.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await section.scrollIntoViewIfNeeded();
  if (SCREENSHOTS)
    await section.screenshot({ path: "docs/screenshots/tableau-de-bord-candidatures-masquees-mobile.png" });
});
