import { expect, test } from "./fixtures";
import type { PersonaName } from "../../prisma/personas";

// Every page of each signed-in space, with the navigation that person should see.
const SPACES: { persona: PersonaName; pages: [string, string | RegExp][]; nav: string }[] = [
  { persona: "apprenant", nav: "Mon espace apprenant", pages: [["/espace-apprenant", "Bonjour Camille"]] },
  {
    persona: "employeur",
    nav: "Espace employeur",
    pages: [
      ["/espace-employeur", "Espace employeur"],
      ["/organisations/persona-org-employeur", "EHPAD Les Pins (démo)"],
      ["/organisations/persona-org-employeur/sites/nouveau", "Ajouter un site"],
    ],
  },
  {
    persona: "organisme",
    nav: "Espace organisme",
    pages: [
      ["/espace-organisme", "Espace organisme de formation"],
      ["/organisations/persona-org-organisme", "Institut de formation Adour (démo)"],
    ],
  },
  {
    persona: "staff",
    nav: "Modération",
    pages: [
      ["/moderation", "Modération"],
      ["/moderation/organisations", "Organisations à vérifier"],
    ],
  },
];

for (const { persona, pages, nav } of SPACES) {
  test(`espace ${persona} : pages accessibles et navigation adaptée`, async ({
    page,
    loginAs,
    checkA11y,
  }) => {
    await loginAs(persona);
    for (const [path, title] of pages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await checkA11y();
    }
    const navigation = page.getByRole("navigation", { name: "Navigation principale" });
    await expect(navigation.getByRole("link", { name: nav })).toBeVisible();
    // Only the spaces this person holds are offered.
    for (const other of SPACES.filter((s) => s.persona !== persona)) {
      await expect(navigation.getByRole("link", { name: other.nav, exact: true })).toHaveCount(0);
    }
  });
}

test("un site existant se modifie depuis la fiche de l'organisation", async ({
  page,
  loginAs,
  checkA11y,
}) => {
  await loginAs("employeur");
  await page.goto("/organisations/persona-org-employeur");
  const firstSite = page.getByRole("link", { name: /^Modifier le site/ }).first();
  const name = ((await firstSite.textContent()) ?? "").replace("Modifier le site ", "");
  await firstSite.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Modifier le site « ${name} »`);
  await checkA11y();
  const form = page.getByRole("form", { name: "Modifier le site" });
  await form.getByLabel("Nom du site").fill(`${name} (rénové)`);
  await form.getByRole("button", { name: "Enregistrer le site" }).click();
  await expect(page.getByText("Le site est enregistré.")).toBeVisible();
  await expect(page.getByRole("heading", { name: `${name} (rénové)` })).toBeVisible();
});
