import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  checkboxParam,
  checkPeriode,
  checkReferences,
  countActiveFilters,
  describeFieldIssue,
  filterSearchParams,
  firstValue,
  hrefWithParams,
  integerParam,
  parseFields,
  withRayon,
} from "@/lib/search-params";

describe("paramètres de recherche lus dans l'adresse", () => {
  it("prend la première valeur, sans les espaces, et ignore une valeur vide", () => {
    expect(firstValue({ a: [" x ", "y"] }, "a")).toBe("x");
    expect(firstValue(new URLSearchParams("a=1&a=2"), "a")).toBe("1");
    expect(firstValue({ a: "  " }, "a")).toBeUndefined();
    expect(firstValue(new URLSearchParams(""), "a")).toBeUndefined();
  });

  it("lit chaque champ à part : une mauvaise valeur est écartée et signalée, dans l'ordre des schémas", () => {
    const schemas = {
      n: integerParam("entier entre 1 et 5 attendu.", 1, 5),
      ok: checkboxParam,
      mot: z.string().max(3, "trop long."),
    };
    expect(parseFields({ mot: "abcd", n: "9", ok: "oui" }, schemas)).toEqual({
      values: { ok: true },
      issues: [
        { champ: "n", message: "entier entre 1 et 5 attendu." },
        { champ: "mot", message: "trop long." },
      ],
    });
    expect(parseFields({ n: "", ok: " " }, schemas)).toEqual({ values: {}, issues: [] });
  });

  it("écarte une période inversée, garde une date seule ou des dates égales", () => {
    expect(checkPeriode({ q: "x", du: "2027-05-01", au: "2027-04-01" }, "inversée.")).toEqual({
      filters: { q: "x" },
      issues: [{ champ: "periode", message: "inversée." }],
    });
    for (const filters of [
      { du: "2027-05-01" },
      { au: "2027-05-01" },
      { du: "2027-05-01", au: "2027-05-01" },
    ])
      expect(checkPeriode(filters, "inversée.")).toEqual({ filters, issues: [] });
  });

  it("donne un rayon par défaut avec une commune et l'enlève sans commune", () => {
    expect(withRayon({ commune: "40088" }, 30)).toEqual({ commune: "40088", rayon: 30 });
    expect(withRayon({ commune: "40088", rayon: 10 }, 30)).toEqual({ commune: "40088", rayon: 10 });
    expect(withRayon({ rayon: 10 }, 30)).toEqual({});
  });

  it("écarte une valeur inconnue des référentiels, et le rayon avec sa commune", () => {
    const fields = [
      ["diplome", "diplomes"],
      ["commune", "communes"],
    ] as const;
    const references = { diplomes: [{ value: "deas" }], communes: [{ value: "40088" }] };
    expect(checkReferences({ diplome: "deas", commune: "40999", rayon: 20 }, fields, references)).toEqual({
      filters: { diplome: "deas" },
      issues: [{ champ: "commune", message: "cette valeur n'existe pas dans la liste." }],
    });
  });

  it("décrit un filtre ignoré et une page ignorée", () => {
    const labels = { places: "places disponibles", page: "page" };
    expect(describeFieldIssue({ champ: "places", message: "trop." }, labels)).toBe(
      "Le filtre « places disponibles » a été ignoré : trop.",
    );
    expect(describeFieldIssue({ champ: "page", message: "trop." }, labels)).toBe(
      "Le numéro de page a été ignoré : trop.",
    );
  });

  it("écrit l'adresse dans l'ordre des clés, sans valeurs vides ni cases décochées", () => {
    const filters = { q: "", places: 2, logement: true, sansVoiture: false, commune: "40088" };
    const params = filterSearchParams(filters, ["commune", "q", "places", "logement", "sansVoiture"]);
    expect(params.toString()).toBe("commune=40088&places=2&logement=on");
    expect(hrefWithParams("/carte", params, "#resultats")).toBe(
      "/carte?commune=40088&places=2&logement=on#resultats",
    );
    expect(hrefWithParams("/carte", new URLSearchParams())).toBe("/carte");
  });

  it("compte les filtres choisis, le rayon avec sa commune", () => {
    const filters = { commune: "40088", rayon: 20, logement: false, places: 2 };
    expect(countActiveFilters(filters, ["commune", "rayon", "logement", "places"])).toBe(2);
  });
});
