import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

// An employer asks to join the employers' collège, staff accept, the employer opens the governance
// dashboard, filters it by territory and downloads one indicator as CSV; leaving closes it at once.

test("un employeur demande à rejoindre le collège des employeurs, l'équipe accepte : il ouvre le tableau de bord, filtre par territoire et télécharge un CSV", async ({
  newContext,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  const employeurContext = await newContext("employeur");
  const staffContext = await newContext("staff");
  const employeur = await employeurContext.newPage();
  const staff = await staffContext.newPage();
  const nav = employeur.getByRole("navigation", { name: "Navigation principale" });

  // The employer asks, from their organisation's page.
  await employeur.goto("/organisations/persona-org-employeur");
  await employeur.getByRole("link", { name: "Rejoindre un collège" }).click();
  await expect(employeur.getByRole("heading", { level: 1, name: "Rejoindre un collège" })).toBeVisible();
  await expect(
    employeur.getByText("Une organisation ne peut être membre que d'un seul collège"),
  ).toBeVisible();
  await checkA11y(employeur);
  await expect(employeur.getByText("Demande au nom de EHPAD Les Pins (démo).")).toBeVisible();
  // A motivation left empty is refused in French, the choice kept.
  await employeur.getByLabel("Collège", { exact: true }).selectOption({ label: "Collège des employeurs" });
  await employeur.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(employeur.getByText("Motivation : champ obligatoire.").last()).toBeVisible();
  await expect(employeur.getByLabel("Collège", { exact: true })).toHaveValue("employeurs");
  await employeur
    .getByLabel("Motivation")
    .fill("Partager nos besoins de recrutement d'aides-soignant·es avec les autres employeurs du Marsan.");
  await employeur.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(employeur.getByText("Votre demande est envoyée")).toBeVisible();
  await expect(employeur.getByText("Demande en attente", { exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Tableau de bord" })).toHaveCount(0);
  await checkA11y(employeur);

  // Staff accept it from the moderation hub.
  await staff.goto("/moderation");
  await staff.getByRole("link", { name: "Examiner les adhésions" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Adhésions aux collèges" })).toBeVisible();
  await checkA11y(staff);
  const demande = staff
    .getByRole("listitem")
    .filter({ has: staff.getByRole("heading", { level: 2, name: /EHPAD Les Pins \(démo\)/ }) });
  await expect(demande.getByText("Partager nos besoins de recrutement")).toBeVisible();
  await demande.getByRole("button", { name: /^Accepter/ }).click();
  await expect(staff.getByText("L'adhésion est acceptée")).toBeVisible();
  await checkA11y(staff);

  // The employer is now a member: the dashboard is in the navigation.
  await employeur.goto("/gouvernance/adherer");
  await expect(employeur.getByText("Membre", { exact: true })).toBeVisible();
  await nav.getByRole("link", { name: "Tableau de bord" }).click();
  await expect(employeur.getByRole("heading", { level: 1, name: "Tableau de bord" })).toBeVisible();
  await checkA11y(employeur);
  const territoire = employeur.getByRole("combobox", { name: "Territoire", exact: true });
  await territoire.selectOption({ label: "Marsan et Pays Grenadois" });
  await employeur.getByRole("button", { name: "Filtrer" }).click();
  await expect(employeur).toHaveURL(/territoire=marsan/);
  await expect(territoire).toHaveValue("marsan");
  await checkA11y(employeur);
  const download = employeur.waitForEvent("download");
  await employeur
    .getByRole("link", { name: /Télécharger les données \(CSV\)/ })
    .first()
    .click();
  const file = await (await download).path();
  const firstLine =
    readFileSync(file, "utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)[0] ?? "";
  // A header row: labels separated by the CSV separator, not numbers.
  expect(firstLine).toMatch(/^[^\d;,][^;,]*([;,][^;,]+)+$/);

  // Leaving takes the dashboard away at once.
  await employeur.goto("/gouvernance/adherer");
  await employeur.getByRole("button", { name: /^Quitter le collège/ }).click();
  await expect(employeur.getByText("C'est fait : l'adhésion ou la demande est terminée.")).toBeVisible();
  await expect(employeur.getByText("Adhésion terminée", { exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Tableau de bord" })).toHaveCount(0);
  await employeur.goto("/gouvernance/tableau-de-bord");
  await expect(employeur.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();

  await employeurContext.close();
  await staffContext.close();
});
