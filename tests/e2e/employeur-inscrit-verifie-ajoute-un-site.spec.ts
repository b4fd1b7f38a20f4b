import { expect, test } from "./fixtures";
import { PERSONA_PASSWORD } from "../../prisma/personas";

test("un employeur s'inscrit, l'équipe vérifie l'organisation, l'employeur ajoute un site en déplaçant le repère", async ({
  page,
  newContext,
  checkA11y,
  readMails,
}) => {
  const stamp = Date.now();
  const email = `direction.${stamp}@ehpad-exemple.fr`;
  const nom = `EHPAD Les Arbousiers ${stamp}`;

  await page.goto("/inscription/organisation?type=employeur");
  const form = page.getByRole("form", { name: "Inscription d'une organisation" });
  await expect(form.getByLabel(/^Employeur/)).toBeChecked();
  await form.getByLabel("Nom de l'organisation").fill(nom);
  await form.getByLabel("Numéro SIRET").fill("732 829 320 00075");
  await form.getByLabel("Adresse", { exact: true }).fill("8 chemin des Arbousiers");
  await form.getByLabel("Commune").selectOption({ label: "Mimizan (40200)" });
  await form.getByLabel("Prénom").fill("Marc");
  await form.getByLabel("Nom", { exact: true }).fill("Dubroca");
  await form.getByLabel("Adresse e-mail").fill(email);
  await form.getByLabel("Mot de passe", { exact: true }).fill(PERSONA_PASSWORD);
  await form.getByLabel("Confirmation du mot de passe").fill(PERSONA_PASSWORD);
  await form.getByLabel(/J'accepte les conditions/).check();
  await form.getByRole("button", { name: "Inscrire mon organisation" }).click();
  await expect(
    form.getByText("Ce numéro SIRET n'est pas valide (clé de contrôle incorrecte) : vérifiez-le."),
  ).toBeVisible();
  await expect(form.getByLabel("Commune")).toHaveValue("40184");
  await checkA11y();

  // A SIRET with a valid key, unique to this run.
  const siret = validSiret(stamp);
  await form.getByLabel("Numéro SIRET").fill(siret);
  await form.getByLabel("Mot de passe", { exact: true }).fill(PERSONA_PASSWORD);
  await form.getByLabel("Confirmation du mot de passe").fill(PERSONA_PASSWORD);
  await form.getByRole("button", { name: "Inscrire mon organisation" }).click();
  await expect(page).toHaveURL(/inscription=organisation/);
  await expect
    .poll(() => readMails(email).map((m) => m.subject))
    .toContain("Votre inscription est en cours de vérification");

  // Staff verify it, in their own browser session.
  const staffContext = await newContext();
  const staff = await staffContext.newPage();
  await staff.goto("/connexion?retour=/moderation/organisations");
  await staff.getByLabel("Adresse e-mail").fill("staff@demo.iflts.fr");
  await staff.getByLabel("Mot de passe").fill(PERSONA_PASSWORD);
  await staff.getByRole("button", { name: "Se connecter" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Organisations à vérifier" })).toBeVisible();
  const card = staff.getByRole("listitem").filter({ has: staff.getByRole("heading", { name: nom }) });
  await expect(card.getByText(siret)).toBeVisible();
  await checkA11y(staff);
  await card.getByRole("button", { name: `Valider ${nom}` }).click();
  await expect(
    staff.getByText("L'organisation est vérifiée ; ses membres sont prévenus par e-mail."),
  ).toBeVisible();
  await expect(staff.getByRole("heading", { name: nom })).toHaveCount(0);
  await staffContext.close();
  await expect
    .poll(() => readMails(email).map((m) => m.subject))
    .toContain("Votre organisation est vérifiée");

  // The employer signs in and adds a site.
  await page.goto("/connexion?retour=/espace-employeur");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(PERSONA_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Espace employeur" })).toBeVisible();
  await expect(page.getByText("Vérifiée")).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Gérer l'organisation et ses sites" }).click();
  await page.getByRole("link", { name: "Ajouter un site" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ajouter un site" })).toBeVisible();

  const site = page.getByRole("form", { name: "Ajouter un site" });
  await site.getByLabel("Nom du site").fill("Unité de vie protégée");
  await site
    .getByLabel("Catégorie d'établissement")
    .selectOption({ label: "EHPAD (établissement d'hébergement pour personnes âgées dépendantes)" });
  await site.getByLabel("Adresse", { exact: true }).fill("8 chemin des Arbousiers");
  // The pin starts on the organisation's commune (Mimizan).
  await expect(site.getByLabel("Commune")).toHaveValue("40184");
  const latitude = site.getByLabel("Latitude");
  const longitude = site.getByLabel("Longitude");
  const before = { lat: Number(await latitude.inputValue()), lng: Number(await longitude.inputValue()) };

  const marker = page.locator(".leaflet-marker-icon");
  await expect(marker).toBeVisible();
  await checkA11y();
  await page.getByRole("group", { name: "Emplacement sur la carte" }).scrollIntoViewIfNeeded();
  const box = (await marker.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height - 42, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByText("Position ajustée à la main.")).toBeVisible();
  const after = { lat: Number(await latitude.inputValue()), lng: Number(await longitude.inputValue()) };
  expect(after.lat).toBeGreaterThan(before.lat);
  expect(after.lng).toBeGreaterThan(before.lng);

  await site.getByRole("button", { name: "Enregistrer le site" }).click();
  await expect(page.getByText("Le site est enregistré.")).toBeVisible();
  const saved = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Unité de vie protégée" }) });
  await expect(saved.getByText("Position précisée sur la carte")).toBeVisible();
  await expect(saved.getByText("40200 Mimizan")).toBeVisible();
  await checkA11y();
});

/** A 14-digit SIRET with a valid Luhn key derived from `seed`. */
function validSiret(seed: number): string {
  const body = `8${String(seed).slice(-12).padStart(12, "0")}`;
  for (let key = 0; key < 10; key++) {
    const candidate = body + key;
    const sum = [...candidate].reverse().reduce((s, d, i) => {
      const n = Number(d) * (i % 2 ? 2 : 1);
      return s + (n > 9 ? n - 9 : n);
    }, 0);
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}
