import { expect, test } from "./fixtures";
import { phoneScreenshot, screenshot } from "./helpers";
import type { Locator, Page } from "@playwright/test";

// Periods next year: never in the past, whatever the day the suite runs.
const YEAR = new Date().getFullYear() + 1;

type Offre = { titre: string; debut: string; fin: string };

/** Fills every required field of the offer form (the persona's organisation has one or more sites). */
async function remplirOffre(form: Locator, offre: Offre) {
  await form.getByLabel("Site du stage").selectOption({ index: 1 });
  await form.getByLabel("Titre de l'offre").fill(offre.titre);
  await form
    .getByLabel("Description")
    .fill("Accompagnement des résidents dans les gestes du quotidien, au sein d'une équipe soignante.");
  await form.getByLabel("Année ou niveau visé").selectOption("2e année");
  await form.getByRole("checkbox", { name: /Diplôme d'État d'aide-soignant/ }).check();
  const periode = form.getByRole("group", { name: "Période 1" });
  await periode.getByLabel("Date de début").fill(offre.debut);
  await periode.getByLabel("Date de fin").fill(offre.fin);
  await form.getByLabel("Durée minimale (semaines)").fill("4");
  await form.getByLabel("Durée maximale (semaines)").fill("8");
  await form.getByLabel("Nombre de places").fill("2");
  await form.getByLabel("Nom du tuteur ou de la tutrice").fill("Marie Dufau");
  await form.getByLabel("Fonction", { exact: true }).fill("Infirmière coordinatrice");
  await form.getByLabel("Contact (téléphone ou e-mail)").fill("05 58 00 00 00");
}

/** Opens the new-offer form once hydrated (the period buttons only exist then). */
async function ouvrirNouvelleOffre(page: Page): Promise<Locator> {
  await page.goto("/espace-employeur/stages/nouveau");
  const form = page.getByRole("form", { name: "Proposer un stage" });
  await expect(form.getByRole("button", { name: "Ajouter une période" })).toBeVisible();
  return form;
}

test("l'employeur crée une offre, corrige une erreur, la modifie, la soumet à la modération et archive une autre offre", async ({
  page,
  loginAs,
  checkA11y,
}) => {
  test.slow(); // a long journey: two offers, six pages, seven accessibility scans
  const stamp = Date.now();
  const titre = `Stage en unité de vie ${stamp}`;
  const autre = `Stage d'été à archiver ${stamp}`;
  await loginAs("employeur");

  await page.goto("/espace-employeur");
  await expect(page.getByRole("heading", { level: 1, name: "Espace employeur" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Mes offres de stage" })).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Proposer un stage" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Proposer un stage" })).toBeVisible();
  const form = page.getByRole("form", { name: "Proposer un stage" });
  await expect(form.getByRole("button", { name: "Ajouter une période" })).toBeVisible();
  await checkA11y();

  // End before start: a French message in the period's row, everything typed kept.
  await remplirOffre(form, { titre, debut: `${YEAR}-03-10`, fin: `${YEAR}-03-01` });
  await form.getByRole("checkbox", { name: "Stage gratifié" }).check();
  await form.getByRole("checkbox", { name: "Horaires de week-end" }).check();
  await form.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  const periodes = form.getByRole("group", { name: "Périodes d'accueil" });
  await expect(periodes.getByText("La date de fin doit être après la date de début.")).toBeVisible();
  await expect(form.getByText("Le formulaire contient des erreurs")).toBeVisible();
  await expect(form.getByLabel("Titre de l'offre")).toHaveValue(titre);
  await expect(form.getByLabel("Année ou niveau visé")).toHaveValue("2e année");
  await expect(form.getByRole("checkbox", { name: /Diplôme d'État d'aide-soignant/ })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Stage gratifié" })).toBeChecked();
  await expect(
    form.getByRole("checkbox", { name: "Logement possible sur place ou à proximité" }),
  ).not.toBeChecked();
  const periode1 = form.getByRole("group", { name: "Période 1" });
  await expect(periode1.getByLabel("Date de début")).toHaveValue(`${YEAR}-03-10`);
  await expect(periode1.getByLabel("Date de fin")).toHaveValue(`${YEAR}-03-01`);
  await expect(periode1.getByLabel("Date de fin")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Nom du tuteur ou de la tutrice")).toHaveValue("Marie Dufau");
  await checkA11y();
  await screenshot(page, "employeur-offre-formulaire");
  await phoneScreenshot(page, "employeur-offre-formulaire-mobile");

  // Fixed, plus a second period added with the button.
  await periode1.getByLabel("Date de fin").fill(`${YEAR}-04-30`);
  const periode2 = form.getByRole("group", { name: "Période 2" });
  await periode2.getByLabel("Date de début").fill(`${YEAR}-09-01`);
  await periode2.getByLabel("Date de fin").fill(`${YEAR}-10-15`);
  await form.getByRole("button", { name: "Ajouter une période" }).click();
  await expect(form.getByRole("group", { name: "Période 3" }).getByLabel("Date de début")).toBeFocused();
  await form.getByRole("button", { name: "Enregistrer le brouillon" }).click();

  await expect(page).toHaveURL(/\/espace-employeur\/stages\/[a-z0-9]+\?enregistre=brouillon$/);
  await expect(page.getByRole("heading", { level: 1, name: titre })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Le brouillon est enregistré" })).toBeVisible();
  const statut = page.getByRole("region", { name: "Statut et actions" });
  await expect(statut).toContainText("Statut : Brouillon");
  const detail = page.getByRole("region", { name: "L'offre telle qu'enregistrée" });
  await expect(detail).toContainText(`du 10 mars au 30 avril ${YEAR}`);
  await expect(detail).toContainText(`du 1er septembre au 15 octobre ${YEAR}`);
  await expect(detail).toContainText("Stage gratifié");
  await expect(page.getByRole("heading", { name: "Candidatures (0)" })).toBeVisible();
  await checkA11y();
  const offreUrl = page.url().replace(/\?.*$/, "");

  // Edited: one period removed, one more place, then submitted to moderation.
  await statut.getByRole("link", { name: "Modifier l'offre" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Modifier l'offre « ${titre} »` })).toBeVisible();
  const edition = page.getByRole("form", { name: "Modifier l'offre de stage" });
  await expect(edition.getByRole("button", { name: "Ajouter une période" })).toBeVisible();
  await expect(edition.getByLabel("Titre de l'offre")).toHaveValue(titre);
  await expect(edition.getByRole("checkbox", { name: /Diplôme d'État d'aide-soignant/ })).toBeChecked();
  await expect(edition.getByRole("group", { name: "Période 2" }).getByLabel("Date de fin")).toHaveValue(
    `${YEAR}-10-15`,
  );
  await checkA11y();
  await edition
    .getByRole("group", { name: "Période 2" })
    .getByRole("button", { name: "Retirer cette période" })
    .click();
  await expect(edition.getByRole("button", { name: "Ajouter une période" })).toBeFocused();
  await edition.getByLabel("Nombre de places").fill("3");
  await edition.getByRole("button", { name: "Soumettre à la modération" }).click();

  await expect(page).toHaveURL(`${offreUrl}?enregistre=soumettre`);
  await expect(
    page.getByRole("status").filter({ hasText: "L'offre est soumise à la modération" }),
  ).toBeVisible();
  await expect(statut).toContainText("Statut : En attente de modération");
  await expect(detail).toContainText("3 restantes sur 3");
  await expect(detail).not.toContainText("septembre");
  await expect(page.getByRole("region", { name: "Historique de modération" })).toContainText(
    "Soumise à la modération",
  );
  await checkA11y();

  // Another offer, saved as a draft, then archived after the confirmation step.
  const second = await ouvrirNouvelleOffre(page);
  await remplirOffre(second, { titre: autre, debut: `${YEAR}-07-01`, fin: `${YEAR}-08-31` });
  await second.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.getByRole("heading", { level: 1, name: autre })).toBeVisible();
  await page.getByText("Archiver l'offre…").click();
  await page.getByRole("button", { name: "Confirmer l'archivage" }).click();
  await expect(page.getByText("L'offre est archivée : elle n'apparaît plus sur la carte.")).toBeVisible();
  await expect(statut).toContainText("Statut : Archivée");
  await expect(page.getByText("Archiver l'offre…")).toHaveCount(0);
  await checkA11y();

  // The list groups the offers by status, in words.
  await page.goto("/espace-employeur");
  const soumises = page.getByRole("region", { name: /^En attente de modération/ });
  await expect(soumises.getByRole("link", { name: titre })).toBeVisible();
  await expect(soumises.getByRole("listitem").filter({ hasText: titre })).toContainText(
    "3 places restantes sur 3",
  );
  const archivees = page.getByRole("region", { name: /^Archivée/ });
  await expect(archivees.getByRole("link", { name: autre })).toBeVisible();
  await checkA11y();
});

test("une offre inconnue ou un identifiant malformé donne la page 404, sans rien révéler", async ({
  page,
  loginAs,
}) => {
  await loginAs("employeur");
  for (const path of [
    "/espace-employeur/stages/offre-inexistante",
    "/espace-employeur/stages/offre-inexistante/modifier",
    "/espace-employeur/stages/%27%3B%20drop",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
