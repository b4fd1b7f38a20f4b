import { expect, test } from "./fixtures";

test("un·e apprenant·e crée son compte, corrige une erreur, puis se connecte", async ({
  page,
  checkA11y,
}) => {
  const email = `lea.${Date.now()}@exemple.fr`;
  await page.goto("/");
  await checkA11y();
  await page.getByRole("link", { name: "Créer mon compte apprenant" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Créer un compte apprenant" })).toBeVisible();
  await checkA11y();

  const form = page.getByRole("form", { name: "Création du compte apprenant" });
  await form.getByLabel("Prénom").fill("Léa");
  await form.getByLabel("Nom", { exact: true }).fill("Dufau");
  await form.getByLabel("Adresse e-mail").fill(email);
  await form.getByLabel("Mot de passe", { exact: true }).fill("trop court");
  await form.getByLabel("Confirmation du mot de passe").fill("trop court");
  await form.getByRole("button", { name: "Créer mon compte" }).click();

  // Errors in French next to the fields; what was typed is still there.
  await expect(form.getByText("Le mot de passe doit contenir au moins 12 caractères.")).toBeVisible();
  await expect(
    form.getByText("Vous devez accepter les conditions d'utilisation pour créer un compte."),
  ).toBeVisible();
  await expect(form.getByLabel("Prénom")).toHaveValue("Léa");
  await expect(form.getByLabel("Adresse e-mail")).toHaveValue(email);
  await expect(form.getByLabel("Mot de passe", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await checkA11y();

  await form.getByLabel("Mot de passe", { exact: true }).fill("pins et dunes des Landes");
  await form.getByLabel("Confirmation du mot de passe").fill("pins et dunes des Landes");
  await form.getByLabel(/J'accepte les conditions/).check();
  await form.getByRole("button", { name: "Créer mon compte" }).click();

  await expect(page).toHaveURL(/\/connexion\?inscription=apprenant$/);
  await expect(page.getByText("Votre compte est créé.")).toBeVisible();
  await checkA11y();
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("mauvais mot de passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect.")).toBeVisible();

  await page.getByLabel("Mot de passe").fill("pins et dunes des Landes");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL("/");
  await page
    .getByRole("navigation", { name: "Navigation principale" })
    .getByRole("link", { name: "Mon espace apprenant" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Bonjour Léa" })).toBeVisible();
  await checkA11y();
});

test("la connexion se fait entièrement au clavier", async ({ page }) => {
  await page.goto("/connexion?retour=/espace-apprenant", { waitUntil: "networkidle" });
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Aller au contenu" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Adresse e-mail")).toBeFocused();
  await page.keyboard.type("apprenant@demo.iflts.fr");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Mot de passe")).toBeFocused();
  await page.keyboard.type("Landes-Demo-2026!");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/espace-apprenant");
  await expect(page.getByRole("heading", { level: 1, name: "Bonjour Camille" })).toBeVisible();
});
