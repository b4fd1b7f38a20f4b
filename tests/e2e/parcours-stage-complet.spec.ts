import { expect, test } from "./fixtures";
import { personas } from "../../prisma/personas";
import { inDays } from "../support/dates";
import { phoneScreenshot, screenshot } from "./helpers";

// The cross-role journey of a stage offer: posted with one place, moderated, found on the map,
// applied to, accepted, then filled.

const DIPLOME = "Diplôme d'État de moniteur-éducateur";
const METIER = "Moniteur-éducateur";

test("un employeur publie un stage d'une place, l'équipe le valide, une apprenante le trouve sur la carte et candidate, l'employeur accepte : le stage est pourvu", async ({
  page,
  loginAs,
  newContext,
  checkA11y,
  readMails,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const titre = `Stage moniteur-éducateur en foyer ${stamp}`;

  const employeurContext = await newContext("employeur");
  const staffContext = await newContext("staff");
  await loginAs("apprenant");

  // 1. The employer posts the offer and submits it to moderation.
  const employeur = await employeurContext.newPage();
  await employeur.goto("/espace-employeur/stages/nouveau");
  await expect(employeur.getByRole("heading", { level: 1, name: "Proposer un stage" })).toBeVisible();
  const form = employeur.getByRole("form", { name: "Proposer un stage" });
  await form.getByLabel("Site du stage").selectOption({ index: 1 });
  await form.getByLabel("Titre de l'offre").fill(titre);
  await form
    .getByLabel("Description", { exact: true })
    .fill(
      "Accompagnement d'adolescents en internat éducatif : activités de la vie quotidienne, " +
        "ateliers, réunions d'équipe et écrits professionnels, aux côtés d'une équipe pluridisciplinaire.",
    );
  await form.getByLabel("Année ou niveau visé").selectOption("2e année");
  await form.getByRole("checkbox", { name: new RegExp(DIPLOME) }).check();
  await form.getByLabel("Date de début").first().fill(inDays(20));
  await form.getByLabel("Date de fin").first().fill(inDays(120));
  await form.getByLabel("Durée minimale (semaines)").fill("4");
  await form.getByLabel("Durée maximale (semaines)").fill("8");
  await form.getByLabel("Nombre de places").fill("1");
  await form.getByLabel("Nom du tuteur ou de la tutrice").fill("Nadine Lacoste");
  await form.getByLabel("Fonction", { exact: true }).fill("Éducatrice spécialisée coordinatrice");
  await form.getByLabel("Contact (téléphone ou e-mail)").fill("tutorat@ehpad-les-pins.example");
  await form.getByRole("checkbox", { name: "Stage gratifié" }).check();
  await form.getByLabel("Précisions sur la gratification").fill("Gratification légale au-delà de 2 mois");
  await form.getByRole("checkbox", { name: /Accessible sans voiture/ }).check();
  await form.getByLabel("Ligne de bus ou de train").fill("Ligne 2, arrêt Les Pins");
  await checkA11y(employeur);
  await form.getByRole("button", { name: "Soumettre à la modération" }).click();
  await expect(employeur).toHaveURL(/\/espace-employeur\/stages\/[a-z0-9-]+\?enregistre=soumettre/);
  const offreId = new URL(employeur.url()).pathname.split("/").pop()!;

  // The offer is not public while it waits for moderation.
  const anonymousContext = await newContext();
  const anonymous = await anonymousContext.newPage();
  expect((await anonymous.goto(`/stages/${offreId}`))?.status()).toBe(404);

  // 2. Staff see it as the public will, with its history, and publish it.
  const staff = await staffContext.newPage();
  await staff.goto("/moderation");
  await expect(staff.getByText(/offres? en attente/)).toBeVisible();
  await checkA11y(staff);
  await staff.getByRole("link", { name: "Modérer les offres de stage" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Offres de stage à modérer" })).toBeVisible();
  const item = staff
    .getByRole("listitem")
    .filter({ has: staff.getByRole("heading", { level: 2, name: titre }) });
  await expect(item.getByText("Soumise à la modération")).toBeVisible();
  await expect(item.getByText("En attente de modération")).toBeVisible();
  await expect(item.getByText(DIPLOME)).toBeVisible();
  await checkA11y(staff);
  await screenshot(staff, "moderation-stages", { maxHeight: 2600 });
  await item.getByRole("button", { name: `Publier ${titre}` }).click();
  await expect(staff.getByText("L'offre est publiée : elle apparaît sur la carte")).toBeVisible();
  await expect(staff.getByRole("heading", { name: titre })).toHaveCount(0);
  await expect
    .poll(() => readMails(personas.employeur.email).map((m) => m.subject))
    .toContain("Votre offre de stage est publiée");

  // 3. The learner finds it on the map page with the filters, then opens it.
  await page.goto("/carte");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await checkA11y();
  const filtres = page.getByRole("search");
  await filtres.getByLabel("Mots-clés").fill(String(stamp));
  await filtres.getByLabel("Diplôme ou métier").selectOption({ label: METIER });
  await filtres.getByRole("button", { name: "Rechercher", exact: true }).click();
  await expect(page).toHaveURL(/diplome=deme/);
  await expect(page.getByText("1 stage trouvé")).toBeVisible();
  const resultat = page.getByRole("heading", { name: titre }).getByRole("link");
  await expect(resultat).toBeVisible();
  await checkA11y();
  await resultat.click();

  await expect(page).toHaveURL(new RegExp(`/stages/${offreId}$`));
  await expect(page.getByRole("heading", { level: 1, name: titre })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${titre} – `));
  await expect(page.getByText("1 place restante sur 1")).toBeVisible();
  await expect(page.getByText("tutorat@ehpad-les-pins.example")).toBeVisible();
  await checkA11y();
  await screenshot(page, "stage-detail");
  await phoneScreenshot(page, "stage-detail-mobile");

  // 4. The learner applies; a wrong period is refused first, with what was typed kept.
  const candidature = page.getByRole("form", { name: "Candidater à ce stage" });
  await candidature
    .getByLabel("Votre message à l'employeur")
    .fill("Bonjour, je prépare le DEME en 2e année.");
  await candidature.getByLabel("Organisme de formation").fill("Institut de formation Adour");
  await candidature.getByLabel("Diplôme préparé").selectOption({ label: DIPLOME });
  await candidature.getByLabel("Début souhaité").fill(inDays(10));
  await candidature.getByLabel("Fin souhaitée").fill(inDays(40));
  await candidature.getByRole("button", { name: "Envoyer ma candidature" }).click();
  await expect(
    candidature.getByText("La période souhaitée doit être comprise", { exact: false }).first(),
  ).toBeVisible();
  await expect(candidature.getByLabel("Organisme de formation")).toHaveValue("Institut de formation Adour");
  await checkA11y();
  await candidature.getByLabel("Début souhaité").fill(inDays(30));
  await candidature.getByLabel("Fin souhaitée").fill(inDays(60));
  await candidature.getByRole("button", { name: "Envoyer ma candidature" }).click();
  await expect(page).toHaveURL(/\/espace-apprenant\/candidatures\?envoyee=1$/);
  await expect(page.getByRole("status").getByText("Votre candidature est envoyée")).toBeVisible();
  const mienne = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: titre }) });
  await expect(mienne.getByText("Envoyée", { exact: true })).toBeVisible();
  await checkA11y();

  // 5. The employer accepts it.
  await employeur.goto(`/espace-employeur/stages/${offreId}`);
  await expect(employeur.getByRole("heading", { level: 1, name: titre })).toBeVisible();
  await checkA11y(employeur);
  await employeur.getByRole("button", { name: /^Accepter/ }).click();
  await expect(employeur.getByText("Candidature acceptée")).toBeVisible();
  await expect
    .poll(() => readMails(personas.apprenant.email).map((m) => m.subject))
    .toContain("Votre candidature est acceptée");

  // 6. The offer is filled: no place left, no more applications.
  await anonymous.goto(`/stages/${offreId}`);
  await expect(anonymous.getByRole("heading", { level: 1, name: titre })).toBeVisible();
  await expect(anonymous.getByText("Pourvue", { exact: true })).toBeVisible();
  await expect(anonymous.getByText("Aucune place restante (1 place au total)")).toBeVisible();
  await expect(anonymous.getByText("Ce stage n'accepte plus de candidature.")).toBeVisible();
  await checkA11y(anonymous);

  await page.goto("/espace-apprenant/candidatures");
  await expect(mienne.getByText("Acceptée", { exact: true })).toBeVisible();
  await checkA11y();
  await screenshot(page, "mes-candidatures");

  // 7. The learner's notifications say it too, marked as new once.
  await page.getByRole("link", { name: /^Notifications/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Nouveau : Votre candidature est acceptée" }).first(),
  ).toBeVisible();
  await checkA11y();
  await page.reload();
  await expect(page.getByRole("heading", { name: /^Votre candidature est acceptée/ }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Nouveau/ })).toHaveCount(0);

  // 8. The learner reports the offer; staff dismiss the report.
  await page.goto(`/stages/${offreId}`);
  await expect(page.getByText(/Vous avez candidaté à ce stage le .+ \(statut : Acceptée\)/)).toBeVisible();
  await page.getByText("Signaler cette offre").click();
  const signalement = page.getByRole("form", { name: "Signaler cette offre" });
  await signalement
    .getByLabel("Motif du signalement")
    .selectOption({ label: "Informations erronées ou périmées" });
  await signalement.getByLabel(/^Commentaire/).fill(`Le numéro ${stamp} dans le titre semble une erreur.`);
  await checkA11y();
  await signalement.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.getByText("Merci : votre signalement a été transmis")).toBeVisible();

  await staff.goto("/moderation");
  await staff.getByRole("link", { name: "Traiter les signalements" }).click();
  await expect(
    staff.getByRole("heading", { level: 1, name: "Signalements d'offres de stage" }),
  ).toBeVisible();
  const rapport = staff
    .getByRole("listitem")
    .filter({ has: staff.getByRole("heading", { level: 2, name: titre }) });
  await expect(rapport.getByText("Informations erronées ou périmées")).toBeVisible();
  await expect(rapport.getByText(`Le numéro ${stamp} dans le titre semble une erreur.`)).toBeVisible();
  await checkA11y(staff);
  await rapport.getByRole("button", { name: `Écarter le signalement sur ${titre}` }).click();
  await expect(staff.getByText("Le signalement est écarté : l'offre reste publiée.")).toBeVisible();
  await expect(staff.getByRole("heading", { name: titre })).toHaveCount(0);

  // 9. The learner withdraws, after an explicit confirmation: the place is free again.
  await page.goto("/espace-apprenant/candidatures");
  await mienne.getByRole("button", { name: `Retirer ma candidature à ${titre}` }).click();
  await expect(mienne.getByText(`Retirer votre candidature à « ${titre} » ?`)).toBeFocused();
  await checkA11y();
  await mienne.getByRole("button", { name: "Oui, retirer ma candidature" }).click();
  await expect(mienne.getByText("Votre candidature est retirée.")).toBeVisible();
  await expect(mienne.getByText("Retirée", { exact: true })).toBeVisible();
  await anonymous.goto(`/stages/${offreId}`);
  await expect(anonymous.getByText("1 place restante sur 1")).toBeVisible();

  await Promise.all([employeurContext.close(), staffContext.close(), anonymousContext.close()]);
});

test("un visiteur anonyme voit une offre publiée sans le contact du tuteur ; une offre inconnue donne la page 404", async ({
  page,
  checkA11y,
}) => {
  // Seeded by prisma/demo/stages.ts (offers of the persona employer).
  const id = "demo-stage-pins-1";
  const response = await page.goto(`/stages/${id}`);
  expect(response?.status()).toBe(200);
  await expect(
    page.getByRole("heading", { level: 1, name: "Stage aide-soignant·e en EHPAD – unité protégée" }),
  ).toBeVisible();
  await expect(page).toHaveTitle(/^Stage aide-soignant·e en EHPAD – unité protégée – /);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /EHPAD Les Pins/);
  await expect(page.getByText("Connectez-vous en tant qu'apprenant·e pour voir le contact")).toBeVisible();
  await expect(page.getByText("@demo.iflts.fr")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Se connecter pour candidater" })).toHaveAttribute(
    "href",
    `/connexion?retour=%2Fstages%2F${id}`,
  );
  await expect(page.getByRole("region", { name: /^Carte : emplacement de/ })).toBeVisible();
  await expect(page.getByRole("form", { name: "Signaler cette offre" })).toHaveCount(0);
  await checkA11y();

  const unknown = await page.goto("/stages/unknown");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  await checkA11y();
});
