import { expect, test } from "./fixtures";

test("une personne réinitialise son mot de passe grâce au lien reçu par e-mail", async ({
  page,
  checkA11y,
  readMails,
}) => {
  const email = `oubli.${Date.now()}@exemple.fr`;
  const password = "une nouvelle phrase secrète";

  await page.goto("/inscription/apprenant");
  const form = page.getByRole("form", { name: "Création du compte apprenant" });
  await form.getByLabel("Prénom").fill("Hugo");
  await form.getByLabel("Nom", { exact: true }).fill("Lalanne");
  await form.getByLabel("Adresse e-mail").fill(email);
  await form.getByLabel("Mot de passe", { exact: true }).fill("phrase de passe oubliée");
  await form.getByLabel("Confirmation du mot de passe").fill("phrase de passe oubliée");
  await form.getByLabel(/J'accepte les conditions/).check();
  await form.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/inscription=apprenant/);

  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mot de passe oublié" })).toBeVisible();
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir un lien" }).click();
  await expect(page.getByText(/Si un compte existe avec cette adresse/)).toBeVisible();
  await checkA11y();

  await expect.poll(() => readMails(email).length).toBe(1);
  const mail = readMails(email)[0]!;
  expect(mail.subject).toBe("Réinitialisation de votre mot de passe");
  const link = /(http:\/\/\S+\/mot-de-passe\/nouveau\?jeton=[\w-]+)/.exec(mail.text)?.[1];
  expect(link).toBeTruthy();

  await page.goto(link!);
  await checkA11y();
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill(password);
  await page.getByLabel("Confirmation du mot de passe").fill(password);
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page).toHaveURL(/reinitialisation=ok/);
  await expect(page.getByText("Votre mot de passe a été modifié.")).toBeVisible();

  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByText("Hugo Lalanne")).toBeVisible();

  // The link served once.
  await page.goto(link!);
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("encore une autre phrase");
  await page.getByLabel("Confirmation du mot de passe").fill("encore une autre phrase");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(
    page.getByText("Ce lien de réinitialisation a déjà servi. Demandez un nouveau lien si besoin."),
  ).toBeVisible();
});
