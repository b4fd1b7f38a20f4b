import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  carteHref,
  carteSearchParams,
  checkFilterReferences,
  describeIssue,
  parseCarteFilters,
  parseCarteMapRequest,
  RAYON_DEFAUT_KM,
} from "@/lib/carte/filters";
import { bboxContains, gridCell, haversineKm, radiusBbox } from "@/lib/carte/geo";
import { containsPattern, normalizeText } from "@/lib/carte/sql";

const GOOD = {
  q: "  aide-soignant ",
  diplome: "deas",
  public: "PERSONNES_AGEES",
  categorie: "EHPAD",
  territoire: "dax-orthe",
  epci: "244000675",
  commune: "40088",
  rayon: "20",
  du: "2027-01-01",
  au: "2027-03-31",
  places: "2",
  logement: "on",
  sansVoiture: "on",
  page: "3",
};

describe("filtres de la carte lus dans l'adresse", () => {
  it("lit toutes les valeurs correctes", () => {
    expect(parseCarteFilters(GOOD)).toEqual({
      filters: {
        q: "aide-soignant",
        diplome: "deas",
        public: "PERSONNES_AGEES",
        categorie: "EHPAD",
        territoire: "dax-orthe",
        epci: "244000675",
        commune: "40088",
        rayon: 20,
        du: "2027-01-01",
        au: "2027-03-31",
        places: 2,
        logement: true,
        sansVoiture: true,
      },
      page: 3,
      issues: [],
    });
  });

  it("lit aussi un URLSearchParams, et prend la première valeur répétée", () => {
    const { filters } = parseCarteFilters(new URLSearchParams("diplome=deas&diplome=deme&logement=1"));
    expect(filters).toEqual({ diplome: "deas", logement: true });
    expect(parseCarteFilters({ diplome: ["deme", "deas"] }).filters).toEqual({ diplome: "deme" });
  });

  it("ignore les champs vides sans rien signaler", () => {
    expect(parseCarteFilters({ q: "", diplome: " ", commune: "", rayon: "30", places: "" })).toEqual({
      filters: {},
      page: 1,
      issues: [],
    });
  });

  it.each([
    ["q", "x".repeat(101), /100 caractères/],
    ["diplome", "DEAS!", /non reconnue/],
    ["public", "personnes âgées", /non reconnue/],
    ["categorie", "ehpad", /non reconnue/],
    ["territoire", "Dax Orthe", /non reconnue/],
    ["epci", "2440", /SIREN/],
    ["commune", "Dax", /INSEE/],
    ["du", "01/02/2027", /date invalide/],
    ["au", "2027-02-30", /date invalide/],
    ["places", "0", /entre 1 et 50/],
    ["places", "deux", /entre 1 et 50/],
    ["logement", "peut-être", /case à cocher/],
    ["sansVoiture", "non", /case à cocher/],
  ])("ignore %s=%s en le disant, et garde les autres filtres", (key, value, message) => {
    const { filters, issues } = parseCarteFilters({ ...GOOD, [key]: value });
    expect(filters).not.toHaveProperty(key);
    // Without its commune, the radius goes too.
    expect(Object.keys(filters)).toHaveLength(key === "commune" ? 11 : 12);
    expect(issues).toEqual([{ champ: key, message: expect.stringMatching(message) }]);
  });

  it.each([
    ["4", false],
    ["5", true],
    ["60", true],
    ["61", false],
    ["12.5", false],
    ["abc", false],
  ])("rayon %s km : accepté = %s (entre 5 et 60)", (rayon, ok) => {
    const { filters, issues } = parseCarteFilters({ commune: "40088", rayon });
    if (ok) {
      expect(filters.rayon).toBe(Number(rayon));
      expect(issues).toEqual([]);
    } else {
      // The commune stays, with the default radius.
      expect(filters).toEqual({ commune: "40088", rayon: RAYON_DEFAUT_KM });
      expect(describeIssue(issues[0]!)).toBe(
        "Le filtre « rayon » a été ignoré : le rayon doit être un nombre entier de kilomètres entre 5 et 60.",
      );
    }
  });

  it("met le rayon par défaut avec une commune, et l'oublie sans commune", () => {
    expect(parseCarteFilters({ commune: "40088" }).filters).toEqual({ commune: "40088", rayon: 30 });
    expect(parseCarteFilters({ rayon: "10" }).filters).toEqual({});
  });

  it("ignore une période dont la fin précède le début, et accepte une date seule", () => {
    const reversed = parseCarteFilters({ du: "2027-03-01", au: "2027-02-01", places: "1" });
    expect(reversed.filters).toEqual({ places: 1 });
    expect(reversed.issues.map(describeIssue)).toEqual([
      "Le filtre « période » a été ignoré : la date de fin est avant la date de début.",
    ]);
    expect(parseCarteFilters({ du: "2027-03-01", au: "2027-03-01" }).issues).toEqual([]);
    expect(parseCarteFilters({ au: "2027-03-01" }).filters).toEqual({ au: "2027-03-01" });
  });

  it("signale un numéro de page invalide et revient à la première", () => {
    const { page, issues } = parseCarteFilters({ page: "99" });
    expect(page).toBe(1);
    expect(describeIssue(issues[0]!)).toMatch(/^Le numéro de page a été ignoré : /);
  });

  it("écarte une valeur bien formée mais inconnue des référentiels", () => {
    const refs = {
      diplomes: [{ value: "deas" }],
      publics: [],
      categories: [],
      territoires: [],
      epcis: [],
      communes: [{ value: "40088" }],
    };
    const result = checkFilterReferences(
      { diplome: "inconnu", commune: "40999", rayon: 10, logement: true },
      refs,
    );
    expect(result.filters).toEqual({ logement: true });
    expect(result.issues.map(describeIssue)).toEqual([
      "Le filtre « diplôme ou métier » a été ignoré : cette valeur n'existe pas dans la liste.",
      "Le filtre « commune » a été ignoré : cette valeur n'existe pas dans la liste.",
    ]);
    expect(checkFilterReferences({ diplome: "deas", commune: "40088" }, refs).issues).toEqual([]);
  });

  it("écrit une adresse canonique, relue à l'identique", () => {
    const { filters } = parseCarteFilters(GOOD);
    const params = carteSearchParams(filters, 2);
    expect(params.toString()).toBe(
      "q=aide-soignant&diplome=deas&public=PERSONNES_AGEES&categorie=EHPAD&territoire=dax-orthe&epci=244000675" +
        "&commune=40088&rayon=20&du=2027-01-01&au=2027-03-31&places=2&logement=on&sansVoiture=on&page=2",
    );
    expect(parseCarteFilters(params)).toEqual({ filters, page: 2, issues: [] });
    expect(carteHref({}, 1)).toBe("/carte");
    expect(carteHref({ commune: "40088", rayon: 30 }, 2, "#resultat-31")).toBe(
      "/carte?commune=40088&rayon=30&page=2#resultat-31",
    );
    expect(activeFilterCount(filters)).toBe(12);
  });
});

describe("requête stricte de l'API de la carte", () => {
  it("accepte filtres, cadre et zoom", () => {
    expect(
      parseCarteMapRequest(new URLSearchParams("bbox=-1.5,43.4,0.2,44.6&zoom=9&diplome=deas&inconnu=1")),
    ).toEqual({
      ok: true,
      request: { filters: { diplome: "deas" }, bbox: [-1.5, 43.4, 0.2, 44.6], zoom: 9 },
    });
  });

  it("refuse tout paramètre invalide, champ par champ", () => {
    expect(parseCarteMapRequest(new URLSearchParams("bbox=1,2&zoom=99&places=x"))).toEqual({
      ok: false,
      champs: {
        bbox: expect.stringMatching(/quatre nombres/),
        zoom: expect.stringMatching(/entre 0 et 20/),
        places: expect.stringMatching(/places/),
      },
    });
  });
});

describe("géométrie et texte", () => {
  it("calcule les distances à vol d'oiseau", () => {
    const dax = { lat: 43.7025, lng: -1.06355 };
    const montDeMarsan = { lat: 43.8932, lng: -0.50105 };
    expect(haversineKm(dax, dax)).toBe(0);
    expect(haversineKm(dax, montDeMarsan)).toBeCloseTo(49.4, 0);
  });

  it("encadre un cercle et compare des cadres", () => {
    const box = radiusBbox(44, -1, 30);
    expect(haversineKm({ lat: 44, lng: -1 }, { lat: box[3], lng: -1 })).toBeCloseTo(30, 5);
    expect(haversineKm({ lat: 44, lng: -1 }, { lat: 44, lng: box[2] })).toBeGreaterThanOrEqual(29.9);
    expect(bboxContains([-2, 43, 1, 45], box)).toBe(true);
    expect(bboxContains(box, [-2, 43, 1, 45])).toBe(false);
    expect(gridCell(10).lng).toBeCloseTo(gridCell(9).lng / 2);
  });

  it("normalise le texte cherché et échappe les jokers SQL", () => {
    expect(normalizeText("Éducateur SPÉCIALISÉ – Cœur d’Ô")).toBe("educateur specialise – coeur d'o");
    expect(containsPattern("50%_\\")).toBe("%50\\%\\_\\\\%");
  });
});
