import { expect, test } from "./fixtures";

const PAGES = [
  ["/", "Se former et travailler dans le social et le médico-social, ici, dans les Landes"],
  ["/inscription", "Créer un compte"],
  ["/inscription/organisation", "Inscrire mon organisation"],
  ["/connexion", "Se connecter"],
  ["/mot-de-passe/oublie", "Mot de passe oublié"],
  ["/a-propos-des-donnees", /données/],
  ["/mentions-legales", /Mentions légales/],
  ["/accessibilite", /accessibilité/i],
  ["/donnees-personnelles", /données personnelles/i],
  ["/plan-du-site", "Plan du site"],
] as const;

for (const [path, title] of PAGES) {
  test(`${path} s'affiche en français sans défaut d'accessibilité détecté`, async ({ page, checkA11y }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await checkA11y();
  });
}

test("une adresse inconnue donne la page 404 en français", async ({ page, checkA11y }) => {
  const response = await page.goto("/cette-page-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  await checkA11y();
});

test("/api/sante indique que la base répond", async ({ request }) => {
  const response = await request.get("/api/sante");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ statut: "ok", baseDeDonnees: "joignable" });
});
