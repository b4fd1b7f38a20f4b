import { describe, expect, it } from "vitest";
import { applySecret, NON_DIFFUSE, SECRET, TOTAL_MASQUE, type Mesure } from "@/lib/gouvernance/suppression";

/** The values of a one-row breakdown. */
function row(...mesures: Mesure[]) {
  return applySecret([{ label: "Ligne", mesures }])[0]!.valeurs;
}

describe("secret statistique : une seule règle pour tout chiffre sur des personnes", () => {
  it("masque les effectifs de 1 à 4, montre 0 et 5 et plus", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 120].map((n) => row({ effectif: n })[0])).toEqual([
      0,
      SECRET,
      SECRET,
      SECRET,
      SECRET,
      5,
      6,
      120,
    ]);
  });

  it("masque aussi 0 quand on le demande (chiffres publics sur des besoins sociaux)", () => {
    const lignes = applySecret(
      [
        { label: "A", mesures: [{ effectif: 0 }] },
        { label: "B", mesures: [{ effectif: 12 }] },
        { label: "Total", total: true, mesures: [{ effectif: 12 }] },
      ],
      { masquerZero: true },
    );
    expect(lignes.map((l) => l.valeurs[0])).toEqual([SECRET, 12, TOTAL_MASQUE]);
  });

  it("laisse tels quels les chiffres qui ne comptent pas des personnes", () => {
    expect(row(3, null, 0)).toEqual([3, null, 0]);
  });

  it("ne diffuse pas un taux sur moins de 5, ni un taux dont le numérateur est masqué", () => {
    const taux = (numerateur: number, denominateur: number) => row({ taux: { numerateur, denominateur } })[0];
    expect(taux(0, 0)).toBeNull();
    expect(taux(1, 1)).toBe(NON_DIFFUSE);
    expect(taux(2, 4)).toBe(NON_DIFFUSE);
    expect(taux(3, 20)).toBe(NON_DIFFUSE);
    expect(taux(5, 10)).toBe(50);
    expect(taux(0, 10)).toBe(0);
    expect(taux(10, 10)).toBe(100);
    expect(taux(5, 13)).toBe(38.5);
  });

  it("ne diffuse pas le taux d'une ligne dont un effectif est masqué : « 1 | 1 | 100 % » devient illisible", () => {
    expect(row({ effectif: 1 }, { effectif: 1 }, { taux: { numerateur: 1, denominateur: 1 } })).toEqual([
      SECRET,
      SECRET,
      NON_DIFFUSE,
    ]);
    // 8 places offered (not people), 3 filled (people): the rate would give the 3 back.
    expect(row(8, { effectif: 3 }, { taux: { numerateur: 3, denominateur: 8 } })).toEqual([
      8,
      SECRET,
      NON_DIFFUSE,
    ]);
  });

  it("ne diffuse pas une médiane sur moins de 5", () => {
    const mediane = (statistique: number | null, population: number) => row({ statistique, population })[0];
    expect(mediane(null, 0)).toBeNull();
    expect(mediane(3.5, 4)).toBe(NON_DIFFUSE);
    expect(mediane(3.5, 5)).toBe(3.5);
  });

  it("masque un total dès qu'une ligne de sa colonne l'est, sinon la soustraction la révélerait", () => {
    const total = (valeur: number, parts: number[]) =>
      applySecret([
        ...parts.map((n, i) => ({ label: `T${i}`, mesures: [{ effectif: n }] })),
        { label: "Total", total: true, mesures: [{ effectif: valeur }] },
      ]).at(-1)!.valeurs[0];
    // Seven territories at "< 5" and a total of 7: one request in each.
    expect(total(7, [1, 1, 1, 1, 1, 1, 1, 0])).toBe(TOTAL_MASQUE);
    expect(total(13, [10, 3])).toBe(TOTAL_MASQUE);
    expect(total(15, [10, 5, 0])).toBe(15);
    expect(total(3, [3])).toBe(SECRET);
    expect(total(0, [0, 0])).toBe(0);
  });

  it("masque le taux d'une ligne de total dont un effectif est masqué", () => {
    const lignes = applySecret([
      { label: "A", mesures: [{ effectif: 10 }, { taux: { numerateur: 5, denominateur: 10 } }] },
      { label: "B", mesures: [{ effectif: 3 }, { taux: { numerateur: 0, denominateur: 3 } }] },
      {
        label: "Total",
        total: true,
        mesures: [{ effectif: 13 }, { taux: { numerateur: 5, denominateur: 13 } }],
      },
    ]);
    expect(lignes.map((l) => l.valeurs)).toEqual([
      [10, 50],
      [SECRET, NON_DIFFUSE],
      // 5 / 38.5 % gives 13, and 13 − 10 gives B's "< 5".
      [TOTAL_MASQUE, NON_DIFFUSE],
    ]);
  });
});
