import { expect, test } from "./fixtures";

// The public governance pages: the partner directory (search, filters, an organisation's page), the
// collèges and the good-practice library (full-text search). No sign-in needed.

test("l'annuaire des partenaires : recherche, filtres et fiche publique", async ({ page, checkA11y }) => {
  await page.goto("/annuaire");
  await expect(page.getByRole("heading", { level: 1, name: "Annuaire des partenaires" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /organisations$/ })).toBeVisible();
  await checkA11y();

  // Type and territory filters go into the URL.
  await page.getByLabel("Type d'organisation").selectOption({ label: "Organisme de formation" });
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/type=organisme_formation/);
  await expect(
    page.getByRole("link", { name: "Institut de formation Adour (démo)", exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "EHPAD Les Pins (démo)", exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Tout effacer" }).click();
  await expect(page).toHaveURL(/\/annuaire$/);
  await page.getByLabel("Territoire").selectOption({ label: "Marsan et Pays Grenadois" });
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/territoire=marsan/);
  await expect(page.getByRole("link", { name: "EHPAD Les Pins (démo)", exact: true })).toBeVisible();
  await checkA11y();

  // Accent-insensitive words; then the organisation's public page.
  await page.getByLabel("Mots-clés").fill("ehpad les pins");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/q=ehpad/);
  await expect(page.getByRole("status").filter({ hasText: "1 organisation" })).toBeVisible();
  await page.getByRole("link", { name: "EHPAD Les Pins (démo)", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "EHPAD Les Pins (démo)" })).toBeVisible();
  await expect(page.getByText("Employeur", { exact: true })).toBeVisible();
  const siteWeb = page.getByRole("link", { name: /Site web/ });
  await expect(siteWeb).toHaveAttribute("rel", "noopener noreferrer");
  await expect(page.getByRole("link", { name: /offres? de stage publiées?/ })).toHaveAttribute(
    "href",
    /^\/carte\?q=/,
  );
  await checkA11y();

  // Unknown or unlisted: not found.
  await page.goto("/annuaire/demo-org-inexistante");
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
});

test("les collèges et la bibliothèque des bonnes pratiques", async ({ page, checkA11y }) => {
  await page.goto("/gouvernance/colleges");
  await expect(page.getByRole("heading", { level: 1, name: "Les collèges de la gouvernance" })).toBeVisible();
  for (const nom of [
    "Collège des institutions",
    "Collège des employeurs",
    "Collège des organismes de formation",
    "Collège des étudiants et apprenants",
    "Collège des familles et personnes accompagnées",
  ])
    await expect(page.getByRole("heading", { level: 2, name: nom })).toBeVisible();
  await expect(page.getByText(/^\d+ personnes? membres?\.$/).first()).toBeVisible();
  await checkA11y();

  await page.goto("/bonnes-pratiques");
  await expect(page.getByRole("heading", { level: 1, name: "Bonnes pratiques" })).toBeVisible();
  await checkA11y();
  // "rupture" appears only in the results text of one seeded practice.
  await page.getByRole("searchbox", { name: "Rechercher" }).fill("rupture");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/q=rupture/);
  await expect(page.getByRole("status").filter({ hasText: "1 bonne pratique" })).toBeVisible();
  await page.getByRole("link", { name: "Un binôme tuteur-apprenti dès le premier jour" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Résultats" })).toBeVisible();
  await checkA11y();
  await page.goto("/bonnes-pratiques?theme=logement");
  await expect(
    page.getByRole("link", { name: "Des chambres chez l'habitant pour les stagiaires" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Un binôme tuteur-apprenti dès le premier jour" })).toHaveCount(
    0,
  );
  await checkA11y();
});
