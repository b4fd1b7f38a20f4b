import { expect, test } from "./fixtures";
import { screenshot } from "./helpers";

// A training body publishes a training with two sessions (after fixing a session error), staff
// approve it, and the body sees it published. The learner side is the public catalogue's journey.

const DIPLOME = "Diplôme d'État d'accompagnant éducatif et social";
// Sessions next year and the year after: never in the past, whatever the day the suite runs.
const Y1 = new Date().getFullYear() + 1;
const Y2 = Y1 + 1;

test("un organisme crée une formation à deux sessions, corrige une erreur de dates et la soumet ; l'équipe la publie ; un·e apprenant·e la trouve par la fiche métier et par les filtres", async ({
  browser,
  page,
  context,
  loginAs,
  newContext,
  checkA11y,
}) => {
  test.slow(); // three roles' pages and nine accessibility scans
  const titre = `DEAES en apprentissage ${Date.now()}`;
  await loginAs("organisme");

  // 1. The body's space lists its trainings and offers to publish one.
  await page.goto("/espace-organisme");
  await expect(page.getByRole("heading", { level: 1, name: "Espace organisme de formation" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Mes formations" })).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Publier une formation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Publier une formation" })).toBeVisible();
  const form = page.getByRole("form", { name: "Publier une formation" });
  await expect(form.getByRole("button", { name: "Ajouter une session" })).toBeVisible();
  await checkA11y();

  // 2. Everything filled, two sessions; the first one ends before it starts.
  await form.getByLabel("Diplôme préparé").selectOption({ label: `${DIPLOME} (niveau 3, RNCP36004)` });
  await form.getByLabel("Intitulé de la formation").fill(titre);
  await form.getByLabel("Modalité", { exact: true }).selectOption({ label: "Apprentissage" });
  await form
    .getByLabel("Présentation")
    .fill("Formation au diplôme d'État d'accompagnant éducatif et social, en alternance avec une structure.");
  await form.getByLabel("Durée totale (heures)").fill("1540");
  await form.getByLabel("Heures de stage").fill("840");
  await form.getByLabel("Prérequis").fill("Aucun diplôme exigé.");
  await form.getByLabel("Modalités de sélection").fill("Dossier et entretien de motivation.");
  await form
    .getByLabel("Coût et financements", { exact: true })
    .fill("Pris en charge par l'OPCO de l'employeur.");
  await form.getByRole("checkbox", { name: "Possible en apprentissage" }).check();
  await form.getByRole("checkbox", { name: "Éligible CPF" }).check();
  await form.getByLabel("Contact pour les candidatures").fill("formation@adour-exemple.fr");
  await form.getByLabel("Référent handicap").fill("Anne Duprat, 05 58 00 00 00");
  await form.getByLabel("Public visé (codes FORMACODE)").fill("80006");
  await form
    .getByLabel("Lien vers la page de la formation sur votre site")
    .fill("https://adour-exemple.fr/deaes");

  const session1 = form.getByRole("group", { name: "Session 1" });
  await session1.getByLabel("Site").selectOption({ index: 1 });
  await session1.getByLabel("Date de début").fill(`${Y1}-09-01`);
  await session1.getByLabel("Date de fin").fill(`${Y1}-06-30`);
  await session1.getByLabel("Date limite de candidature").fill(`${Y1}-07-15`);
  await session1.getByLabel("Nombre de places").fill("18");
  await session1.getByLabel("Rythme", { exact: true }).selectOption({ label: "Alternance" });
  await session1.getByLabel("Précisions sur le rythme").fill("2 jours en centre / 3 jours en structure");
  await form.getByRole("button", { name: "Ajouter une session" }).click();
  const session2 = form.getByRole("group", { name: "Session 2" });
  await expect(session2.getByLabel("Site")).toBeFocused();
  await session2.getByLabel("Site").selectOption({ index: 1 });
  await session2.getByLabel("Date de début").fill(`${Y2}-01-10`);
  await session2.getByLabel("Date de fin").fill(`${Y2}-12-18`);
  await session2.getByLabel("Nombre de places").fill("12");
  await session2.getByLabel("Rythme", { exact: true }).selectOption({ label: "Temps plein" });
  await form.getByRole("button", { name: "Soumettre à la modération" }).click();

  // A French message in the session's row, everything typed kept (selects and rows included).
  await expect(session1.getByText("La date de fin doit être après la date de début.")).toBeVisible();
  await expect(form.getByText("Le formulaire contient des erreurs")).toBeVisible();
  await expect(session1.getByLabel("Date de fin")).toHaveAttribute("aria-invalid", "true");
  await expect(session1.getByLabel("Date de début")).toHaveValue(`${Y1}-09-01`);
  await expect(session1.getByLabel("Date de fin")).toHaveValue(`${Y1}-06-30`);
  await expect(session1.getByLabel("Date limite de candidature")).toHaveValue(`${Y1}-07-15`);
  await expect(session1.getByLabel("Nombre de places")).toHaveValue("18");
  await expect(session1.getByLabel("Rythme", { exact: true })).toHaveValue("alternance");
  await expect(session1.getByLabel("Précisions sur le rythme")).toHaveValue(
    "2 jours en centre / 3 jours en structure",
  );
  await expect(session2.getByLabel("Date de début")).toHaveValue(`${Y2}-01-10`);
  await expect(session2.getByLabel("Rythme", { exact: true })).toHaveValue("temps_plein");
  await expect(session2.getByLabel("Site")).not.toHaveValue("");
  await expect(form.getByLabel("Intitulé de la formation")).toHaveValue(titre);
  await expect(form.getByLabel("Diplôme préparé")).not.toHaveValue("");
  await expect(form.getByLabel("Modalité", { exact: true })).toHaveValue("apprentissage");
  await expect(form.getByRole("checkbox", { name: "Possible en apprentissage" })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Financement Région" })).not.toBeChecked();
  await expect(form.getByLabel("Référent handicap")).toHaveValue("Anne Duprat, 05 58 00 00 00");
  await expect(form.getByLabel("Public visé (codes FORMACODE)")).toHaveValue("80006");
  await checkA11y();
  await screenshot(page, "organisme-formation-formulaire");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "organisme-formation-formulaire-mobile");
  await checkA11y();
  await page.setViewportSize({ width: 1280, height: 720 });

  // 3. Fixed and submitted.
  await session1.getByLabel("Date de fin").fill(`${Y2}-06-30`);
  await form.getByRole("button", { name: "Soumettre à la modération" }).click();
  await expect(page).toHaveURL(/\/espace-organisme\/formations\/[a-z0-9]+\?enregistre=soumettre$/);
  const offreUrl = page.url().replace(/\?.*$/, "");
  await expect(page.getByRole("heading", { level: 1, name: titre })).toBeVisible();
  await expect(
    page.getByRole("status").filter({ hasText: "La formation est soumise à la modération" }),
  ).toBeVisible();
  const statut = page.getByRole("region", { name: "Statut et actions" });
  await expect(statut).toContainText("Statut : En attente de modération");
  await expect(page.getByRole("region", { name: "Historique de modération" })).toContainText(
    "Soumise à la modération",
  );
  await checkA11y();

  // 4. Staff see it as the public will, with its history, and publish it.
  await context.clearCookies();
  await loginAs("staff");
  await page.goto("/moderation");
  const carte = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Formations à modérer" }) });
  await expect(carte).toContainText(/formations? en attente/);
  await checkA11y();
  await carte.getByRole("link", { name: "Modérer les formations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Formations à modérer" })).toBeVisible();
  const item = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2, name: titre }) });
  await expect(item.getByText("Soumise à la modération")).toBeVisible();
  await expect(item.getByRole("definition").filter({ hasText: DIPLOME })).toBeVisible();
  const sessions = item.getByRole("table", { name: `Sessions de « ${titre} »` });
  await expect(sessions.getByRole("row")).toHaveCount(3);
  await expect(sessions).toContainText(`Du 1er septembre ${Y1} au 30 juin ${Y2}`);
  await expect(sessions).toContainText(`Du 10 janvier au 18 décembre ${Y2}`);
  await checkA11y();
  await screenshot(page, "moderation-formations");
  await item.getByRole("button", { name: `Publier ${titre}` }).click();
  await expect(page).toHaveURL(/\/moderation\/formations\?decision=publiee$/);
  await expect(page.getByRole("status").filter({ hasText: "La formation est publiée" })).toBeVisible();
  await expect(page.getByRole("heading", { name: titre })).toHaveCount(0);
  await checkA11y();

  // 5. The body's page shows it published, with both sessions.
  await context.clearCookies();
  await loginAs("organisme");
  await page.goto(offreUrl);
  await expect(statut).toContainText("Statut : Publiée");
  await expect(statut.getByRole("link", { name: "Voir la page publique" })).toHaveAttribute(
    "href",
    new URL(offreUrl).pathname.replace("/espace-organisme", ""),
  );
  const table = page.getByRole("table", { name: `Sessions de « ${titre} »` });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table).toContainText(`Du 1er septembre ${Y1} au 30 juin ${Y2}`);
  await expect(table).toContainText("18 places");
  await expect(table).toContainText("Alternance (2 jours en centre / 3 jours en structure)");
  await expect(table).toContainText(`Du 10 janvier au 18 décembre ${Y2}`);
  await expect(table).toContainText("À venir");
  await expect(page.getByRole("region", { name: "Historique de modération" })).toContainText(
    "Publiée par la modération",
  );
  await checkA11y();

  // 6. The edit form starts from the stored offer; without JavaScript it shows the two sessions and
  // one empty row to add a third.
  await statut.getByRole("link", { name: "Modifier la formation" }).click();
  const edition = page.getByRole("form", { name: "Modifier la formation" });
  await expect(
    edition.getByRole("button", { name: "Soumettre les modifications à la modération" }),
  ).toBeVisible();
  await expect(edition.getByLabel("Intitulé de la formation")).toHaveValue(titre);
  await expect(edition.getByLabel("Modalité", { exact: true })).toHaveValue("apprentissage");
  await expect(edition.getByRole("checkbox", { name: "Éligible CPF" })).toBeChecked();
  const edition2 = edition.getByRole("group", { name: "Session 2" });
  await expect(edition2.getByLabel("Date de fin")).toHaveValue(`${Y2}-12-18`);
  await expect(edition2.getByLabel("Rythme", { exact: true })).toHaveValue("temps_plein");
  await checkA11y();
  const sansJs = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await context.storageState(),
  });
  const sansJsPage = await sansJs.newPage();
  await sansJsPage.goto(`${offreUrl}/modifier`);
  const formSansJs = sansJsPage.getByRole("form", { name: "Modifier la formation" });
  await expect(formSansJs.getByRole("group", { name: /^Session \d$/ })).toHaveCount(3);
  await expect(
    formSansJs.getByRole("group", { name: "Session 1" }).getByLabel("Date limite de candidature"),
  ).toHaveValue(`${Y1}-07-15`);
  await expect(formSansJs.getByRole("group", { name: "Session 3" }).getByLabel("Date de début")).toHaveValue(
    "",
  );
  await expect(formSansJs.getByRole("button", { name: "Ajouter une session" })).toHaveCount(0);
  await sansJs.close();

  await page.goto("/espace-organisme");
  const publiees = page.getByRole("region", { name: /^Publiée/ });
  const carteFormation = publiees.getByRole("listitem").filter({ hasText: titre });
  await expect(carteFormation).toContainText("2 sessions");
  await expect(carteFormation).toContainText(`prochaine le 1er septembre ${Y1}`);
  await checkA11y();

  // 5. A learner finds it from the métier page, then through the catalogue filters.
  const learner = await newContext();
  const visitor = await learner.newPage();
  await visitor.goto("/metiers/deaes");
  await visitor.getByRole("link", { name: /^Voir les formations/ }).click();
  await expect(visitor).toHaveURL(/\/formations\?diplome=deaes/);
  await expect(visitor.getByRole("link", { name: titre })).toBeVisible();
  await checkA11y(visitor);
  await visitor.goto("/formations");
  await visitor.getByLabel("Mots-clés").fill(titre);
  await visitor.getByRole("button", { name: "Rechercher" }).click();
  await expect(visitor).toHaveURL(/[?&]q=/);
  await expect(visitor.getByRole("status").filter({ hasText: "1 formation trouvée" })).toBeVisible();
  await visitor.getByRole("link", { name: titre }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: titre })).toBeVisible();
  await checkA11y(visitor);
  await learner.close();
});

test("une formation inconnue ou un identifiant malformé donne la page 404, sans rien révéler", async ({
  page,
  loginAs,
}) => {
  await loginAs("organisme");
  for (const path of [
    "/espace-organisme/formations/formation-inexistante",
    "/espace-organisme/formations/formation-inexistante/modifier",
    "/espace-organisme/formations/%27%3B%20drop",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
