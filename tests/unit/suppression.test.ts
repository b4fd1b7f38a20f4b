import { describe, expect, it } from "vitest";
import {
  NON_DIFFUSE,
  SECRET,
  suppressRate,
  suppressSmallCount,
  suppressStatistic,
  suppressTotal,
  TOTAL_MASQUE,
} from "@/lib/gouvernance/suppression";

describe("secret statistique des demandes d'aide", () => {
  it("masque les effectifs de 1 à 4, montre 0 et 5 et plus", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 120].map(suppressSmallCount)).toEqual([
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

  it("ne diffuse pas un taux sur moins de 5 demandes, ni un taux qui révélerait un effectif masqué", () => {
    expect(suppressRate(0, 0)).toBeNull();
    expect(suppressRate(2, 4)).toBe(NON_DIFFUSE);
    expect(suppressRate(3, 20)).toBe(NON_DIFFUSE);
    expect(suppressRate(18, 20)).toBe(NON_DIFFUSE);
    expect(suppressRate(5, 10)).toBe(50);
    expect(suppressRate(0, 10)).toBe(0);
    expect(suppressRate(10, 10)).toBe(100);
    expect(suppressRate(5, 13)).toBe(38.5);
  });

  it("ne diffuse pas une médiane sur moins de 5 demandes", () => {
    expect(suppressStatistic(null, 0)).toBeNull();
    expect(suppressStatistic(3.5, 4)).toBe(NON_DIFFUSE);
    expect(suppressStatistic(3.5, 5)).toBe(3.5);
  });

  it("masque un total dès qu'une de ses lignes est masquée, sinon la soustraction la révélerait", () => {
    // Seven territories at "< 5" and a total of 7: one request in each.
    expect(suppressTotal(7, [1, 1, 1, 1, 1, 1, 1, 0])).toBe(TOTAL_MASQUE);
    expect(suppressTotal(13, [10, 3])).toBe(TOTAL_MASQUE);
    expect(suppressTotal(15, [10, 5, 0])).toBe(15);
    expect(suppressTotal(3, [3])).toBe(SECRET);
    expect(suppressTotal(0, [0, 0])).toBe(0);
  });
});
