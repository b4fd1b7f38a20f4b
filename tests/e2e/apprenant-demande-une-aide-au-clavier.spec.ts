// A learner asks the local cell for help with the keyboard only (errors first, then a valid request),
// the Haute Lande agent finds it in the queue and opens it; staff manage the cells. Axe on every page.
import { expect, test } from "./fixtures";
import { screenshot, tabTo } from "./helpers";

// Every Tab walk here may cross a whole form.
const MAX_TABS = 60;

/**
 * The first day after `after` whose day and month are equal (3 March → 03/03): its typed digits read
 * the same in day-month-year and month-day-year order, whichever order Chromium's date input uses.
 */
function symmetricDay(after: string): { typed: string; iso: string } {
  const d = new Date(`${after}T00:00:00Z`);
  for (;;) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDate() === d.getUTCMonth() + 1) {
      const iso = d.toISOString().slice(0, 10);
      const [y, m, day] = iso.split("-");
      return { typed: `${day}${m}${y}`, iso };
    }
  }
}

test("une apprenante demande une aide au clavier, la cellule de son territoire la reçoit et l'ouvre", async ({
  page,
  loginAs,
  newContext,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  const description = `Pas de voiture pour rejoindre mon stage à Pissos avant 7 h (${Date.now()}).`;
  const celluleContext = await newContext("cellule");
  await loginAs("apprenant");

  await page.goto("/espace-apprenant");
  await checkA11y();
  await page.goto("/espace-apprenant/demandes");
  await expect(page.getByRole("heading", { level: 1, name: "Mes demandes d'aide" })).toBeVisible();
  await checkA11y();

  // The form on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/espace-apprenant/demandes/nouvelle");
  await expect(page.getByRole("heading", { level: 1, name: "Demander une aide" })).toBeVisible();
  await expect(page.getByText("aux agents de la cellule du territoire de la commune choisie")).toBeVisible();
  await checkA11y();

  // Keyboard only from here. Commune: typing on the select picks the first match, the accepted stage.
  const commune = page.getByLabel("Commune où se pose le besoin");
  await tabTo(page, commune, MAX_TABS);
  await page.keyboard.type("Pissos");
  await expect(commune).toHaveValue("40227");
  await expect(commune.locator("option:checked")).toHaveText(/Stage accepté/);
  await expect(page.getByText("aux agents de la cellule locale du territoire Haute Lande")).toBeVisible();

  const debut = symmetricDay(new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10));
  const fin = symmetricDay(debut.iso);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Du", { exact: true })).toBeFocused();
  await page.keyboard.type(debut.typed);
  await expect(page.getByLabel("Du", { exact: true })).toHaveValue(debut.iso);
  await tabTo(page, page.getByLabel("Au", { exact: true }), MAX_TABS);
  await page.keyboard.type(fin.typed);
  await expect(page.getByLabel("Au", { exact: true })).toHaveValue(fin.iso);

  // The radio group: Tab reaches the checked one, arrows move the choice.
  await tabTo(page, page.getByRole("radio", { name: /^Normale/ }), MAX_TABS);
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: /^Urgente/ })).toBeChecked();

  const texte = page.getByLabel("Décrivez votre situation");
  await tabTo(page, texte, MAX_TABS);
  await page.keyboard.type(description);
  await expect(page.getByText(`(${description.length} / 2000)`)).toBeVisible();

  // First submission: no need ticked, no consent.
  const submit = page.getByRole("button", { name: "Envoyer ma demande" });
  await tabTo(page, submit, MAX_TABS);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Choisissez au moins un besoin.")).toBeVisible();
  await expect(
    page.getByText(
      "Cochez la case de consentement : sans votre accord, la demande ne peut pas être transmise à la cellule locale.",
    ),
  ).toBeVisible();
  // What was typed is kept.
  await expect(texte).toHaveValue(description);
  await expect(commune).toHaveValue("40227");
  await expect(page.getByLabel("Du", { exact: true })).toHaveValue(debut.iso);
  await expect(page.getByRole("radio", { name: /^Urgente/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Logement" })).toHaveAttribute("aria-invalid", "true");
  await checkA11y();
  await screenshot(page, "demande-aide-formulaire-mobile");

  // Then the needs and the consent, with Space.
  await tabTo(page, page.getByRole("checkbox", { name: "Logement" }), MAX_TABS);
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("checkbox", { name: /^Mobilité/ }), MAX_TABS);
  await page.keyboard.press("Space");
  const consent = page.getByRole("checkbox", { name: /J'accepte que ces informations soient transmises/ });
  await tabTo(page, consent, MAX_TABS);
  await page.keyboard.press("Space");
  await expect(consent).toBeChecked();
  await tabTo(page, submit, MAX_TABS);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/espace-apprenant\/demandes\/[a-z0-9]+\?envoyee=1$/);
  const demandeId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByText("Votre demande est envoyée à Cellule locale Haute Lande")).toBeVisible();
  await expect(page.getByText(description)).toBeVisible();
  await checkA11y();

  // The Haute Lande agent finds it in the queue and opens it.
  const agent = await celluleContext.newPage();
  await agent.setViewportSize({ width: 1280, height: 900 });
  await agent.goto("/cellule");
  const lien = agent.locator(`a[href="/cellule/demandes/${demandeId}"]`);
  await expect(lien).toHaveText("Logement, Mobilité à Pissos");
  await checkA11y(agent);
  await screenshot(agent, "cellule-file-demandes");
  await lien.click();
  await expect(
    agent.getByRole("heading", { level: 1, name: /Logement, Mobilité \(transport/ }),
  ).toBeVisible();
  await expect(agent.getByText(description)).toBeVisible();
  await expect(agent.getByText("Note interne — jamais visible par l'apprenant·e")).toBeVisible();
  await checkA11y(agent);
  await agent.getByRole("button", { name: "Prendre en charge cette demande" }).click();
  await expect(agent.getByText("Vous suivez cette demande.")).toBeVisible();
  await expect(agent.getByText("Prise en charge", { exact: true }).first()).toBeVisible();
  await checkA11y(agent);
  await screenshot(agent, "cellule-demande-detail");
  await celluleContext.close();
});

test("l'équipe gère les cellules locales et voit les demandes en retard", async ({
  page,
  loginAs,
  checkA11y,
}) => {
  await loginAs("staff");
  await page.goto("/moderation");
  await expect(page.getByRole("heading", { name: "Demandes d'aide en retard" })).toBeVisible();
  await checkA11y();
  await page.goto("/moderation/cellules");
  await expect(page.getByRole("heading", { level: 2, name: "Cellule locale Haute Lande" })).toBeVisible();
  await expect(page.getByText("Pierre Castaing (cellule@demo.iflts.fr)")).toBeVisible();
  await checkA11y();
  await page.goto("/cellule?retard=1");
  await expect(page.getByText("Sans réponse depuis plus de 5 jours ouvrés").first()).toBeVisible();
  await checkA11y();
});
