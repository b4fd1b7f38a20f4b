import { describe, expect, it } from "vitest";
import { compactIdentifier, finessFormatValid, luhnValid, siretValid } from "@/lib/validation/identifiants";

describe("SIRET", () => {
  it("accepte un SIRET dont la clé de Luhn est juste et refuse la même à un chiffre près", () => {
    expect(siretValid("73282932000074")).toBe(true);
    expect(siretValid("73282932000075")).toBe(false);
    expect(siretValid("73282932000047")).toBe(false);
  });

  it("applique la règle propre à La Poste (somme des chiffres multiple de 5)", () => {
    expect(siretValid("35600000000048")).toBe(true);
    expect(siretValid("35600000049837")).toBe(true); // 3+5+6+4+9+8+3+7 = 45
    expect(siretValid("35600000049838")).toBe(false);
  });

  it("refuse ce qui n'a pas 14 chiffres", () => {
    for (const value of ["", "7328293200007", "732829320000745", "7328293200007A"])
      expect(siretValid(value)).toBe(false);
  });

  it("retire espaces et points saisis", () => {
    expect(compactIdentifier(" 732 829 320.00074 ")).toBe("73282932000074");
  });

  it("calcule la clé de Luhn", () => {
    expect(luhnValid("79927398713")).toBe(true);
    expect(luhnValid("79927398710")).toBe(false);
  });
});

describe("FINESS", () => {
  it.each(["400000123", "2A0001234", "2B0001234", "640123456"])("accepte %s", (v) =>
    expect(finessFormatValid(v)).toBe(true),
  );
  it.each(["40000012", "4000001234", "2C0001234", "ABCDEFGHI", ""])("refuse %s", (v) =>
    expect(finessFormatValid(v)).toBe(false),
  );
});
