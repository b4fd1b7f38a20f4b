import { describe, expect, it } from "vitest";
import { RAYON_DEFAUT_KM } from "@/lib/carte/filters";
import {
  activeFormationFilterCount,
  checkFormationFilterReferences,
  describeFormationIssue,
  formationsHref,
  formationsSearchParams,
  parseFormationFilters,
} from "@/lib/formations/filters";

const GOOD = {
  q: "  éducateur ",
  diplome: "deme",
  modalite: "apprentissage",
  territoire: "dax-orthe",
  commune: "40088",
  rayon: "20",
  du: "2027-01-01",
  au: "2027-03-31",
  places: "5",
  apprentissage: "on",
  page: "2",
  vue: "carte",
};

describe("filtres du catalogue des formations lus dans l'adresse", () => {
  it("lit toutes les valeurs correctes", () => {
    expect(parseFormationFilters(GOOD)).toEqual({
      filters: {
        q: "éducateur",
        diplome: "deme",
        modalite: "apprentissage",
        territoire: "dax-orthe",
        commune: "40088",
        rayon: 20,
        du: "2027-01-01",
        au: "2027-03-31",
        places: 5,
        apprentissage: true,
      },
      page: 2,
      vue: "carte",
      issues: [],
    });
  });

  it("lit aussi un URLSearchParams, et prend la première valeur d'un paramètre répété", () => {
    const params = new URLSearchParams("modalite=vae&modalite=apprentissage&places=3");
    expect(parseFormationFilters(params).filters).toEqual({ modalite: "vae", places: 3 });
    expect(parseFormationFilters({ diplome: ["deas", "deme"] }).filters).toEqual({ diplome: "deas" });
  });

  it("sans rien : aucun filtre, page 1, vue liste", () => {
    expect(parseFormationFilters({})).toEqual({ filters: {}, page: 1, vue: "liste", issues: [] });
    expect(parseFormationFilters({ q: "   ", diplome: "" })).toEqual({
      filters: {},
      page: 1,
      vue: "liste",
      issues: [],
    });
  });

  it("ignore chaque valeur invalide et la signale, sans perdre les autres", () => {
    const { filters, page, vue, issues } = parseFormationFilters({
      q: "x".repeat(101),
      diplome: "DEAS<script>",
      modalite: "distanciel",
      territoire: "Dax Orthe",
      commune: "Dax",
      du: "2027-02-30",
      au: "demain",
      places: "0",
      apprentissage: "peut-être",
      page: "99",
      vue: "grille",
    });
    expect(filters).toEqual({});
    expect(page).toBe(1);
    expect(vue).toBe("liste");
    expect(issues.map((i) => i.champ)).toEqual([
      "q",
      "diplome",
      "modalite",
      "territoire",
      "commune",
      "du",
      "au",
      "places",
      "apprentissage",
      "page",
      "vue",
    ]);
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it("garde les bons filtres à côté d'un mauvais", () => {
    const { filters, issues } = parseFormationFilters({ modalite: "vae", places: "beaucoup" });
    expect(filters).toEqual({ modalite: "vae" });
    expect(issues).toEqual([{ champ: "places", message: expect.stringContaining("nombre entier") }]);
  });

  it("borne le rayon entre 5 et 60 km et les places entre 1 et 500", () => {
    for (const rayon of ["4", "61", "12.5", "abc"]) {
      const { filters, issues } = parseFormationFilters({ commune: "40088", rayon });
      expect(filters).toEqual({ commune: "40088", rayon: RAYON_DEFAUT_KM });
      expect(issues.map((i) => i.champ)).toEqual(["rayon"]);
    }
    expect(parseFormationFilters({ commune: "40088", rayon: "5" }).filters.rayon).toBe(5);
    expect(parseFormationFilters({ commune: "40088", rayon: "60" }).filters.rayon).toBe(60);
    expect(parseFormationFilters({ places: "500" }).filters.places).toBe(500);
    expect(parseFormationFilters({ places: "501" }).issues.map((i) => i.champ)).toEqual(["places"]);
  });

  it("donne le rayon par défaut avec une commune, et aucun rayon sans commune", () => {
    expect(parseFormationFilters({ commune: "40088" }).filters).toEqual({
      commune: "40088",
      rayon: RAYON_DEFAUT_KM,
    });
    expect(parseFormationFilters({ rayon: "10" }).filters).toEqual({});
  });

  it("refuse une période dont la fin précède le début, sans perdre une date seule", () => {
    const inverse = parseFormationFilters({ du: "2027-05-01", au: "2027-04-01" });
    expect(inverse.filters).toEqual({});
    expect(inverse.issues.map((i) => i.champ)).toEqual(["periode"]);
    expect(parseFormationFilters({ du: "2027-05-01" }).filters).toEqual({ du: "2027-05-01" });
    expect(parseFormationFilters({ au: "2027-05-01" }).filters).toEqual({ au: "2027-05-01" });
    expect(parseFormationFilters({ du: "2027-05-01", au: "2027-05-01" }).issues).toEqual([]);
  });

  it("accepte les valeurs d'une case à cocher et toutes les modalités", () => {
    for (const v of ["on", "1", "true", "oui"])
      expect(parseFormationFilters({ apprentissage: v }).filters).toEqual({ apprentissage: true });
    for (const m of ["formation_initiale", "apprentissage", "formation_continue", "vae", "preparation"])
      expect(parseFormationFilters({ modalite: m }).filters).toEqual({ modalite: m });
  });

  it("écarte une valeur bien formée mais inconnue des référentiels", () => {
    const references = {
      diplomes: [{ value: "deas" }],
      territoires: [{ value: "dax-orthe" }],
      communes: [{ value: "40088" }],
    };
    const { filters, issues } = checkFormationFilterReferences(
      { diplome: "inconnu", territoire: "dax-orthe", commune: "40999", rayon: 20, modalite: "vae" },
      references,
    );
    expect(filters).toEqual({ territoire: "dax-orthe", modalite: "vae" });
    expect(issues.map((i) => i.champ)).toEqual(["diplome", "commune"]);
  });

  it("décrit chaque filtre ignoré en français", () => {
    expect(describeFormationIssue({ champ: "modalite", message: "valeur non reconnue." })).toBe(
      "Le filtre « modalité » a été ignoré : valeur non reconnue.",
    );
    expect(describeFormationIssue({ champ: "page", message: "x" })).toMatch(/^Le numéro de page/);
    expect(describeFormationIssue({ champ: "vue", message: "x" })).toMatch(/^Le choix d'affichage/);
  });

  it("écrit l'adresse canonique, relue à l'identique", () => {
    const { filters } = parseFormationFilters(GOOD);
    const params = formationsSearchParams(filters, { page: 2, vue: "carte" });
    expect(params.toString()).toBe(
      "q=%C3%A9ducateur&diplome=deme&modalite=apprentissage&territoire=dax-orthe&commune=40088&rayon=20&du=2027-01-01&au=2027-03-31&places=5&apprentissage=on&vue=carte&page=2",
    );
    expect(parseFormationFilters(params)).toEqual(parseFormationFilters(GOOD));
    expect(formationsHref({})).toBe("/formations");
    expect(formationsHref({ modalite: "vae" }, { vue: "liste", page: 1, hash: "#resultats" })).toBe(
      "/formations?modalite=vae#resultats",
    );
  });

  it("compte les filtres choisis, le rayon avec sa commune", () => {
    expect(activeFormationFilterCount({})).toBe(0);
    expect(activeFormationFilterCount({ commune: "40088", rayon: 20, apprentissage: true })).toBe(2);
  });
});
