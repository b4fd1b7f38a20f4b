import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, it, expect } from "vitest";
import { LANDES_BBOX, isInLandes } from "@/lib/territoires/landes";
import { CATEGORIES } from "@/prisma/reference/categories";
import {
  buildLandesReference,
  computeDepartementBbox,
  readRawReferenceFiles,
  roundBboxOutward,
} from "@/prisma/reference/communes";
import { DIPLOMES } from "@/prisma/reference/diplomes";
import { PUBLICS } from "@/prisma/reference/publics";
import { DATA_SOURCES } from "@/prisma/reference/sources";
import { TERRITOIRES } from "@/prisma/reference/territoires";

const raw = readRawReferenceFiles();
const { communes, epcis } = buildLandesReference(raw);
const epciCodes = new Set(epcis.map((e) => e.code));

describe("communes et EPCI des Landes", () => {
  it("compte 327 communes et 18 EPCI, sans doublon", () => {
    expect(communes).toHaveLength(327);
    expect(new Set(communes.map((c) => c.code)).size).toBe(327);
    expect(epcis).toHaveLength(18);
    expect(epciCodes.size).toBe(18);
  });

  it("rattache chaque commune à l'un des 18 EPCI", () => {
    for (const c of communes) expect(epciCodes.has(c.epciCode), c.code).toBe(true);
  });

  it("donne à chaque commune un code postal, une population et un point approximatif dans les Landes", () => {
    for (const c of communes) {
      expect(c.codesPostaux.length, c.code).toBeGreaterThan(0);
      expect(
        c.codesPostaux.every((cp) => /^40\d{3}$/.test(cp)),
        c.code,
      ).toBe(true);
      expect(c.population, c.code).toBeGreaterThan(0);
      expect(c.coordsApprox).toBe(true);
      expect(isInLandes(c.latitude, c.longitude), `${c.code} ${c.latitude},${c.longitude}`).toBe(true);
    }
  });

  it("retrouve des communes connues", () => {
    const montDeMarsan = communes.find((c) => c.code === "40192");
    expect(montDeMarsan?.nom).toBe("Mont-de-Marsan");
    expect(epcis.find((e) => e.code === montDeMarsan?.epciCode)?.nom).toBe("CA Mont de Marsan Agglomération");

    const dax = communes.find((c) => c.code === "40088");
    expect(dax?.nom).toBe("Dax");
    expect(dax?.codesPostaux).toEqual(["40100"]);
    expect(epcis.find((e) => e.code === dax?.epciCode)?.nom).toBe("CA du Grand Dax");
  });

  it("place Morcenx-la-Nouvelle au centre de ses anciennes communes réunies", () => {
    const morcenx = communes.find((c) => c.code === "40197");
    expect(morcenx).toMatchObject({ nom: "Morcenx-la-Nouvelle", latitude: 44.03175, longitude: -0.91455 });
  });
});

describe("emprise du département", () => {
  it("LANDES_BBOX est l'emprise calculée, arrondie vers l'extérieur à 3 décimales", () => {
    const computed = computeDepartementBbox(raw.departementBboxes);
    expect(LANDES_BBOX).toEqual(roundBboxOutward(computed, 3));
    expect(LANDES_BBOX.minLat).toBeLessThanOrEqual(computed.minLat);
    expect(LANDES_BBOX.minLng).toBeLessThanOrEqual(computed.minLng);
    expect(LANDES_BBOX.maxLat).toBeGreaterThanOrEqual(computed.maxLat);
    expect(LANDES_BBOX.maxLng).toBeGreaterThanOrEqual(computed.maxLng);
    expect(computed.minLat - LANDES_BBOX.minLat).toBeLessThan(0.001);
    expect(computed.minLng - LANDES_BBOX.minLng).toBeLessThan(0.001);
    expect(LANDES_BBOX.maxLat - computed.maxLat).toBeLessThan(0.001);
    expect(LANDES_BBOX.maxLng - computed.maxLng).toBeLessThan(0.001);
  });

  it("isInLandes refuse les points hors du rectangle et les valeurs non finies", () => {
    expect(isInLandes(43.7102, -1.0536)).toBe(true); // Dax
    expect(isInLandes(44.8378, -0.5792)).toBe(false); // Bordeaux
    expect(isInLandes(43.2951, -0.3708)).toBe(false); // Pau
    expect(isInLandes(Number.NaN, -1)).toBe(false);
  });
});

describe("territoires d'action locale", () => {
  it("compte 9 territoires aux slugs uniques", () => {
    expect(TERRITOIRES).toHaveLength(9);
    expect(new Set(TERRITOIRES.map((t) => t.slug)).size).toBe(9);
    for (const t of TERRITOIRES) {
      expect(t.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.demo).toBe(true);
    }
  });

  it("place chaque EPCI dans exactement un territoire, et rien d'autre", () => {
    const assigned = TERRITOIRES.flatMap((t) => t.epciCodes);
    expect([...assigned].sort()).toEqual([...epciCodes].sort());
    for (const code of epciCodes)
      expect(
        TERRITOIRES.filter((t) => t.epciCodes.includes(code)),
        code,
      ).toHaveLength(1);
  });
});

describe("référentiels métier", () => {
  it("diplômes : codes et slugs uniques, niveaux 3 à 6", () => {
    expect(new Set(DIPLOMES.map((d) => d.code)).size).toBe(DIPLOMES.length);
    expect(new Set(DIPLOMES.map((d) => d.slug)).size).toBe(DIPLOMES.length);
    for (const d of DIPLOMES) {
      expect(d.niveau, d.code).toBeGreaterThanOrEqual(3);
      expect(d.niveau, d.code).toBeLessThanOrEqual(6);
      expect(d.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (d.rncp !== null) expect(d.rncp).toMatch(/^RNCP\d{4,6}$/);
    }
  });

  it("catégories et publics : codes uniques", () => {
    expect(new Set(CATEGORIES.map((c) => c.code)).size).toBe(CATEGORIES.length);
    expect(new Set(PUBLICS.map((p) => p.code)).size).toBe(PUBLICS.length);
  });

  it("décrit les sources avec la version réellement installée", () => {
    const require = createRequire(import.meta.url);
    for (const source of DATA_SOURCES) {
      const pkg: unknown = JSON.parse(readFileSync(require.resolve(`${source.paquet}/package.json`), "utf8"));
      expect(pkg).toMatchObject({ name: source.paquet, version: source.version });
      expect(source.licence.url).toMatch(/^https:\/\//);
    }
  });
});
