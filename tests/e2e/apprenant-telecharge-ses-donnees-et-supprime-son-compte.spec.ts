import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

test("un·e apprenant·e télécharge ses données puis supprime son compte", async ({ page, checkA11y }) => {
  // Its own account: the personas are shared by the other specs.
  const email = `hugo.${Date.now()}@exemple.fr`;
  const password = "pins et dunes des Landes";
  await page.goto("/inscription/apprenant");
  const signUp = page.getByRole("form", { name: "Création du compte apprenant" });
  await signUp.getByLabel("Prénom").fill("Hugo");
  await signUp.getByLabel("Nom", { exact: true }).fill("Lacoste");
  await signUp.getByLabel("Adresse e-mail").fill(email);
  await signUp.getByLabel("Mot de passe", { exact: true }).fill(password);
  await signUp.getByLabel("Confirmation du mot de passe").fill(password);
  await signUp.getByLabel(/J'accepte les conditions/).check();
  await signUp.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/connexion\?inscription=apprenant$/);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL("/");

  await page.getByRole("link", { name: "Mes données" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mes données" })).toBeVisible();
  await checkA11y();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Télécharger mes données (JSON)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mes-donnees-iflts-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync((await download.path())!, "utf8")) as {
    donnees: { email: string; prenom: string; tentativesDeConnexion: unknown[] };
  };
  expect(exported.donnees).toMatchObject({ email, prenom: "Hugo" });
  expect(JSON.stringify(exported)).not.toContain("argon2");

  await page.getByLabel("Votre mot de passe, pour confirmer").fill("pas le bon mot de passe");
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page.getByText("Cochez la case pour confirmer").first()).toBeVisible();
  await checkA11y();

  await page.getByLabel("Votre mot de passe, pour confirmer").fill("pas le bon mot de passe");
  await page.getByLabel(/Je comprends que la suppression est définitive/).check();
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(
    page.getByText("Mot de passe incorrect : la suppression n'a pas été faite.").first(),
  ).toBeVisible();
  await expect(page.getByLabel(/Je comprends que la suppression est définitive/)).toBeChecked();

  await page.getByLabel("Votre mot de passe, pour confirmer").fill(password);
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Votre compte est supprimé" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toHaveCount(0);
  await checkA11y();

  // The account no longer exists: signing in fails like with any unknown e-mail.
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect.")).toBeVisible();
});
