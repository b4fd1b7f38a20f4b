// Public observatory: per-territory values against a hand-built fixture, "< 5" on requests by need
// (table and CSV), and the CSV route.
import { describe, expect, it } from "vitest";
import { GET as getCsv } from "@/app/(public)/observatoire/csv/route";
import { SECRET, TOTAL_MASQUE } from "@/lib/gouvernance/suppression";
import { getObservatoire } from "@/lib/gouvernance/observatoire-queries";
import type { Observatoire } from "@/lib/gouvernance/observatoire";
import { createOrganisation } from "@/tests/factories";
import { createSite, createStageOffre } from "@/tests/factories/stages";
import { createDemandeList, createFormationSessions } from "@/tests/factories/tableau-de-bord";

const DAX = "40088";
const MARSAN = "40192";
const T_DAX = "Grand Dax et Pays d'Orthe";
const T_MARSAN = "Marsan et Pays Grenadois";

function values(o: Observatoire): Record<string, unknown> {
  return Object.fromEntries(o.indicateur.lignes.map((l) => [l.label, l.valeurs[0]]));
}

async function fixture(): Promise<void> {
  const employeur = await createOrganisation({ statut: "verifiee" });
  const siteDax = await createSite({ organisationId: employeur.id, communeCode: DAX });
  const siteMarsan = await createSite({ organisationId: employeur.id, communeCode: MARSAN });
  const base = { organisationId: employeur.id, memberId: employeur.memberId };
  await createStageOffre({ ...base, siteId: siteDax.id, places: 3, placesRestantes: 2 });
  await createStageOffre({ ...base, siteId: siteDax.id, places: 4, placesRestantes: 4 });
  await createStageOffre({ ...base, siteId: siteMarsan.id, places: 2, placesRestantes: 1 });
  await createStageOffre({
    ...base,
    siteId: siteMarsan.id,
    statut: "pourvue",
    places: 2,
    placesRestantes: 0,
  });
  await createStageOffre({ ...base, siteId: siteMarsan.id, statut: "soumise", places: 9 });
  await createDemandeList([
    ...Array.from({ length: 6 }, (_, i) => ({
      communeCode: DAX,
      besoins: ["logement" as const],
      createdDaysAgo: 10 + i,
    })),
    { communeCode: MARSAN, besoins: ["logement", "mobilite"], createdDaysAgo: 3 },
    { communeCode: MARSAN, besoins: ["logement"], createdDaysAgo: 4 },
    { communeCode: MARSAN, besoins: ["logement"], createdDaysAgo: 400 },
  ]);
  await createFormationSessions({
    communeCode: DAX,
    diplome: "deas",
    sessions: [
      { debutDans: 20, places: 10 },
      { debutDans: 80, places: 10 },
      { debutDans: -20, places: 10 },
    ],
  });
}

describe("observatoire", () => {
  it("compte par territoire les offres ouvertes, les places restantes et les sessions à venir", async () => {
    await fixture();
    const ouverts = await getObservatoire("stages-ouverts");
    expect(ouverts.points).toHaveLength(9);
    expect(values(ouverts)).toMatchObject({ [T_DAX]: 2, [T_MARSAN]: 1, "Armagnac landais": 0, Total: 3 });
    expect(values(await getObservatoire("places-non-pourvues"))).toMatchObject({
      [T_DAX]: 6,
      [T_MARSAN]: 1,
      Total: 7,
    });
    expect(values(await getObservatoire("formations"))).toMatchObject({
      [T_DAX]: 2,
      [T_MARSAN]: 0,
      Total: 2,
    });
  });

  it("place chaque cercle au centre des communes du territoire", async () => {
    const { points } = await getObservatoire("stages-ouverts");
    const marsan = points.find((p) => p.nom === T_MARSAN)!;
    expect(marsan.latitude).toBeGreaterThan(43.7);
    expect(marsan.latitude).toBeLessThan(44.1);
    expect(marsan.longitude).toBeGreaterThan(-0.7);
    expect(marsan.longitude).toBeLessThan(-0.2);
  });

  it("masque les demandes par besoin de 0 à 4, sur la carte, le tableau et le CSV", async () => {
    await fixture();
    const logement = await getObservatoire("demandes-logement");
    // 0 is masked too: a territory going from 0 to "< 5" would reveal a new request.
    expect(values(logement)).toMatchObject({
      [T_DAX]: 6,
      [T_MARSAN]: SECRET,
      "Haute Lande": SECRET,
      Total: TOTAL_MASQUE,
    });
    expect(logement.points.find((p) => p.nom === T_MARSAN)!.valeur).toBe(SECRET);
    expect(logement.points.find((p) => p.nom === "Haute Lande")!.valeur).toBe(SECRET);
    // The other indicators are not about people: 0 stays 0.
    expect(values(await getObservatoire("stages-ouverts"))).toMatchObject({ "Haute Lande": 0 });
    const mobilite = await getObservatoire("demandes-mobilite");
    expect(values(mobilite)).toMatchObject({ [T_MARSAN]: SECRET, Total: SECRET });
    const response = await getCsv(
      new Request("http://localhost/observatoire/csv?indicateur=demandes-mobilite"),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename=observatoire-demandes-mobilite-/,
    );
    const text = await response.text();
    expect(text).toContain(`${T_MARSAN};< 5\r\n`);
    expect(text).toContain("Total;< 5\r\n");
    expect(text).not.toMatch(/;[0-4]\r\n/);
  });

  it("répond 404 à un indicateur inconnu", async () => {
    expect((await getCsv(new Request("http://localhost/observatoire/csv?indicateur=secret"))).status).toBe(
      404,
    );
  });
});
