// Lists of communes, organisations and sites in French alphabetical order, whatever the database's
// collation (the test databases use "C", where « Buanes » comes before « Bégaar »).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getAnnuaireList } from "@/lib/annuaire/queries";
import { getCarteFilterOptions } from "@/lib/carte/queries";
import { getFormationFilterOptions } from "@/lib/formations/public-queries";
import { getOrganisationForMember } from "@/lib/organisations/queries";
import { getCommuneOptionList } from "@/lib/territoires/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { createOrganisation } from "@/tests/factories";
import { createSite } from "@/tests/factories/stages";
import { signInAs } from "@/tests/support/session";

/** True when `a` comes before `b` in `list`. */
const before = (list: string[], a: string, b: string) => {
  expect(list, a).toContain(a);
  expect(list, b).toContain(b);
  return list.indexOf(a) < list.indexOf(b);
};

describe("ordre alphabétique français", () => {
  it("les communes : « Bégaar » avant « Buanes », « Léon » avant « Luxey », partout où on les choisit", async () => {
    const lists = [
      (await getCommuneOptionList()).map((c) => c.nom),
      (await getCarteFilterOptions()).communes.map((c) => c.nom),
      (await getFormationFilterOptions()).communes.map((c) => c.nom),
    ];
    for (const noms of lists) {
      expect(noms).toHaveLength(327);
      expect(before(noms, "Bégaar", "Buanes")).toBe(true);
      expect(before(noms, "Léon", "Luxey")).toBe(true);
      expect(before(noms, "Saint-Étienne-d'Orthe", "Saint-Gein")).toBe(true);
    }
  });

  it("les organisations de l'annuaire et les sites d'une organisation", async () => {
    const noms = ["Foyer Zéphyr", "Établissement du Marsan", "EHPAD Les Pins", "École d'aides-soignants"];
    for (const nom of noms) {
      const org = await createOrganisation({ statut: "verifiee" });
      await db.organisation.update({ where: { id: org.id }, data: { nom, annuaireVisible: true } });
    }
    const { items } = await getAnnuaireList({});
    expect(items.map((i) => i.nom)).toEqual([
      "École d'aides-soignants",
      "EHPAD Les Pins",
      "Établissement du Marsan",
      "Foyer Zéphyr",
    ]);

    const org = await createOrganisation({ statut: "verifiee" });
    for (const nom of ["Site Luxey", "Site Léon", "Site 10", "Site 2"])
      await createSite({ organisationId: org.id, nom });
    signInAs(org.memberId);
    const organisation = await getOrganisationForMember((await getCurrentUser())!, org.id);
    expect(organisation!.sites.map((s) => s.nom)).toEqual(["Site 2", "Site 10", "Site Léon", "Site Luxey"]);
  });
});
