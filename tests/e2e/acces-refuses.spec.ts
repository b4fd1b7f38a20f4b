import { expect, test } from "./fixtures";

test("un·e apprenant·e n'accède pas aux pages de l'équipe ni aux organisations", async ({
  page,
  loginAs,
  checkA11y,
}) => {
  await loginAs("apprenant");
  for (const path of [
    "/moderation",
    "/moderation/organisations",
    "/espace-employeur",
    "/organisations/persona-org-employeur",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  }
  await checkA11y();
});

test("un employeur ne voit pas l'organisation d'un autre, et un identifiant malformé donne la page 404", async ({
  page,
  loginAs,
}) => {
  await loginAs("employeur");
  for (const path of [
    "/organisations/persona-org-organisme",
    "/organisations/%27%3B%20drop",
    "/organisations/persona-org-employeur/sites/inconnu",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("une personne non connectée est renvoyée vers la connexion, puis ramenée à la page demandée", async ({
  page,
}) => {
  await page.goto("/moderation/organisations");
  await expect(page).toHaveURL(/\/connexion\?retour=%2Fmoderation%2Forganisations$/);
  await page.getByLabel("Adresse e-mail").fill("staff@demo.iflts.fr");
  await page.getByLabel("Mot de passe").fill("Landes-Demo-2026!");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL("/moderation/organisations");
});
