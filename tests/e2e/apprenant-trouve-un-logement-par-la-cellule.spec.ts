import { expect, test } from "./fixtures";
import { FAMILLE_CHAMBRE_TITRE } from "../../prisma/demo/ressources";
import { inDays } from "../support/dates";
import { tabTo } from "./helpers";

// A learner with an accepted stage in Pissos (rural Haute Lande) asks for housing; the agent of the
// Haute Lande cell takes the request, finds the host family's room in the matching and proposes it;
// the learner accepts and only then sees the address. Then the map layer, with the keyboard.

const PISSOS = "40227";
const ADRESSE_FAMILLE = "14 chemin de Hourtic";

test("une apprenante en stage à Pissos demande un logement, la cellule lui propose la chambre d'une famille d'accueil, elle l'accepte et reçoit l'adresse", async ({
  page,
  loginAs,
  newContext,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  const celluleContext = await newContext("cellule");
  await loginAs("apprenant");
  const description = `Mon stage à Pissos est à 60 km de chez moi, je cherche une chambre (${Date.now()}).`;

  // 1. The learner asks for housing in the commune of her accepted stage.
  await page.goto("/espace-apprenant/demandes/nouvelle");
  await expect(page.getByRole("heading", { level: 1, name: "Demander une aide" })).toBeVisible();
  await checkA11y();
  await page.getByRole("checkbox", { name: "Logement" }).check();
  await page.getByLabel("Commune où se pose le besoin").selectOption(PISSOS);
  await page.getByLabel("Du", { exact: true }).fill(inDays(30));
  await page.getByLabel("Au", { exact: true }).fill(inDays(75));
  await page.getByLabel("Décrivez votre situation").fill(description);
  await page.getByRole("checkbox", { name: /J'accepte que ces informations soient transmises/ }).check();
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page).toHaveURL(/\/espace-apprenant\/demandes\/[a-z0-9]+\?envoyee=1$/);
  const demandeId = /demandes\/([a-z0-9]+)\?/.exec(page.url())![1]!;
  await checkA11y();

  // 2. The Haute Lande agent finds it in the queue, takes it and proposes the family's room.
  const agent = await celluleContext.newPage();
  await agent.goto("/cellule");
  await expect(agent.getByRole("heading", { level: 1, name: "Demandes d'aide" })).toBeVisible();
  await checkA11y(agent);
  await agent.locator(`a[href="/cellule/demandes/${demandeId}"]`).first().click();
  await expect(agent).toHaveURL(new RegExp(`/cellule/demandes/${demandeId}$`));
  await expect(agent.getByText(description)).toBeVisible();
  await agent.getByRole("button", { name: "Prendre en charge cette demande" }).click();
  const panel = agent.getByRole("region", { name: "Ressources mutualisées à proposer" });
  const room = panel
    .getByRole("listitem")
    .filter({ has: agent.getByRole("heading", { name: FAMILLE_CHAMBRE_TITRE }) });
  await expect(room).toBeVisible();
  // Agents see the exact address and the distance.
  await expect(room.getByText(ADRESSE_FAMILLE)).toBeVisible();
  await checkA11y(agent);
  await room
    .getByLabel("Message à l'apprenant·e")
    .fill("Une chambre au calme près du bourg, chez une famille vérifiée.");
  await room.getByRole("button", { name: `Proposer « ${FAMILLE_CHAMBRE_TITRE} »` }).click();
  await expect(panel.getByText(/La ressource est proposée/)).toBeVisible();
  await expect(
    panel.getByRole("region", { name: "Propositions faites" }).getByText("Proposée, en attente de réponse"),
  ).toBeVisible();
  await checkA11y(agent);

  // 3. The learner sees the proposal at commune level, accepts it, then gets the address.
  await page.goto(`/espace-apprenant/demandes/${demandeId}`);
  const propositions = page.getByRole("region", { name: "Solutions proposées par votre cellule locale" });
  await expect(propositions.getByRole("heading", { name: FAMILLE_CHAMBRE_TITRE })).toBeVisible();
  await expect(propositions.getByText(/à Pissos/)).toBeVisible();
  await expect(
    propositions.getByText("Particulier vérifié (famille d'accueil)", { exact: false }),
  ).toBeVisible();
  await expect(page.getByText(ADRESSE_FAMILLE)).toHaveCount(0);
  await checkA11y();
  await propositions.getByRole("button", { name: `Accepter ${FAMILLE_CHAMBRE_TITRE}` }).click();
  await expect(propositions.getByText(ADRESSE_FAMILLE, { exact: false })).toBeVisible();
  await expect(propositions.getByText("Acceptée", { exact: true })).toBeVisible();
  await checkA11y();

  await celluleContext.close();
});

test("carte : la couche hébergement et mobilité s'active au clavier, se distingue des stages et a sa liste", async ({
  page,
  checkA11y,
}) => {
  await page.goto("/carte");
  await expect(page.getByRole("heading", { level: 1, name: "Trouver un stage" })).toBeVisible();
  const layer = page.getByRole("checkbox", { name: "Afficher l'hébergement et la mobilité à proximité" });
  await tabTo(page, layer);
  await page.keyboard.press("Space");
  await expect(layer).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Rechercher", exact: true }), 5);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/carte\?ressources=on$/);

  // Square badges with text, beside the stage pins; each is a focusable control with a name.
  const badge = page.locator(".ressource-marker", { hasText: "Hébergement" }).first();
  await expect(badge).toBeVisible();
  await expect(page.locator(".leaflet-marker-icon:not(.ressource-marker)").first()).toBeVisible();
  await expect(badge).toHaveAttribute("title", /hébergement/);
  await expect(badge).toHaveAttribute("tabindex", "0");

  const list = page.getByRole("region", { name: "Communes avec hébergement ou mobilité dans la zone" });
  await expect(list.getByRole("link", { name: "Pissos" })).toBeVisible();
  await expect(page.getByText(ADRESSE_FAMILLE)).toHaveCount(0);
  await checkA11y();

  // The public list: commune level only, a link to ask the local cell.
  await list.getByRole("link", { name: "Pissos" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Hébergement, mobilité et autres ressources" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: FAMILLE_CHAMBRE_TITRE })).toBeVisible();
  await expect(page.getByText(ADRESSE_FAMILLE)).toHaveCount(0);
  await expect(page.getByText("Lescarret")).toHaveCount(0);
  await expect(
    page.getByRole("link", { name: `Demander via ma cellule locale : ${FAMILLE_CHAMBRE_TITRE}` }),
  ).toHaveAttribute("href", `/espace-apprenant/demandes/nouvelle?commune=${PISSOS}&besoin=logement`);
  await checkA11y();
});

test("une famille d'accueil propose un vélo, l'équipe le publie ; la fiche d'un stage à Pissos montre ce qui est à proximité", async ({
  page,
  loginAs,
  newContext,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  const staffContext = await newContext("staff");
  await loginAs("famille");
  const titre = `Vélo de ville prêté aux stagiaires ${Date.now()}`;

  await page.goto("/mes-ressources");
  await expect(page.getByRole("heading", { level: 1, name: "Mes ressources mutualisées" })).toBeVisible();
  await expect(page.getByText("Famille d'accueil vérifiée.")).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Proposer une ressource" }).click();
  const form = page.getByRole("form", { name: "Proposer une ressource" });
  await form.getByLabel("Type de ressource").selectOption("mobilite");
  await form.getByLabel("Type de mobilité").selectOption("velo");
  await form.getByLabel("Titre").fill(titre);
  await form.getByLabel("Description").fill("Vélo de ville avec panier et antivol, à prendre au bourg.");
  await form.getByLabel("Commune").selectOption(PISSOS);
  // A capacity of 0: a French message on the field, the values kept.
  await form.getByLabel("Capacité").fill("0");
  await form.getByRole("button", { name: "Soumettre à la modération" }).click();
  await expect(form.getByText("Capacité : au moins 1.")).toBeVisible();
  await expect(form.getByLabel("Titre")).toHaveValue(titre);
  await checkA11y();
  await form.getByLabel("Capacité").fill("1");
  await form.getByRole("button", { name: "Soumettre à la modération" }).click();
  await expect(page).toHaveURL(/\/mes-ressources\/[a-z0-9]+\?enregistree=1$/);
  await expect(page.getByText(/envoyée à la modération/)).toBeVisible();
  await checkA11y();

  const staff = await staffContext.newPage();
  await staff.goto("/moderation");
  await staff.getByRole("link", { name: "Modérer les ressources" }).click();
  await expect(
    staff.getByRole("heading", { level: 1, name: "Ressources mutualisées à modérer" }),
  ).toBeVisible();
  await checkA11y(staff);
  await staff.getByRole("button", { name: `Publier ${titre}` }).click();
  await expect(staff).toHaveURL(/\/moderation\/ressources\?decision=publiee$/);
  await staff.goto("/moderation/familles");
  await expect(staff.getByRole("heading", { level: 1, name: "Familles d'accueil à vérifier" })).toBeVisible();
  await checkA11y(staff);
  await staffContext.close();

  // A stage near Pissos: its page lists the pooled housing and mobility within 20 km.
  await page.goto(`/carte?commune=${PISSOS}&rayon=10`);
  await page.locator("#liste-resultats h3 a").first().click();
  const proximite = page.getByRole("region", { name: "À proximité : hébergement et mobilité" });
  await expect(proximite.getByRole("link", { name: "Pissos" })).toBeVisible();
  await expect(proximite.getByText(/hébergement/).first()).toBeVisible();
  await checkA11y();
});
