// Landes communes and EPCI derived from kept npm packages (never typed by hand).
// Everything here is pure except readRawReferenceFiles(), which only reads node_modules.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { z } from "zod";
import type { Bbox } from "@/lib/territoires/landes";

export const LANDES_DEPARTEMENT = "40";

const RawCommuneSchema = z.object({
  code: z.string(),
  nom: z.string(),
  type: z.string(),
  departement: z.string().optional(),
  /** for a "commune-deleguee": the code of the commune it now belongs to */
  chefLieu: z.string().optional(),
  codesPostaux: z.array(z.string()).optional(),
  population: z.number().int().nonnegative().optional(),
});

const RawEpciSchema = z.object({
  code: z.string(),
  nom: z.string(),
  membres: z.array(z.object({ code: z.string() })),
});

/** One entry of @etalab/fr-bounding-boxes; `bbox` is [minLng, minLat, maxLng, maxLat]. */
const RawBboxSchema = z.object({
  id: z.string(),
  name: z.string(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});

export type RawCommune = z.infer<typeof RawCommuneSchema>;
export type RawEpci = z.infer<typeof RawEpciSchema>;
export type RawBbox = z.infer<typeof RawBboxSchema>;

export type RawReferenceFiles = {
  /** @etalab/decoupage-administratif/data/communes.json */
  communes: readonly RawCommune[];
  /** @etalab/decoupage-administratif/data/epci.json */
  epcis: readonly RawEpci[];
  /** @etalab/fr-bounding-boxes/dist/communes.json */
  communeBboxes: readonly RawBbox[];
  /** @etalab/fr-bounding-boxes/dist/departements.json */
  departementBboxes: readonly RawBbox[];
};

export type CommuneRecord = {
  code: string;
  nom: string;
  codesPostaux: string[];
  population: number;
  latitude: number;
  longitude: number;
  coordsApprox: true;
  epciCode: string;
};

export type EpciRecord = { code: string; nom: string };

/** Reads and shape-checks the four JSON files from node_modules (the only I/O in this module). */
export function readRawReferenceFiles(): RawReferenceFiles {
  const require = createRequire(import.meta.url);
  const read = <T>(specifier: string, schema: z.ZodType<T>): T =>
    schema.parse(JSON.parse(readFileSync(require.resolve(specifier), "utf8")));
  return {
    communes: read("@etalab/decoupage-administratif/data/communes.json", z.array(RawCommuneSchema)),
    epcis: read("@etalab/decoupage-administratif/data/epci.json", z.array(RawEpciSchema)),
    communeBboxes: read("@etalab/fr-bounding-boxes/dist/communes.json", z.array(RawBboxSchema)),
    departementBboxes: read("@etalab/fr-bounding-boxes/dist/departements.json", z.array(RawBboxSchema)),
  };
}

function isLandesCommune(c: RawCommune): boolean {
  return c.departement === LANDES_DEPARTEMENT && c.type === "commune-actuelle";
}

function toBbox([minLng, minLat, maxLng, maxLat]: RawBbox["bbox"]): Bbox {
  return { minLat, maxLat, minLng, maxLng };
}

function unionBbox(boxes: readonly Bbox[]): Bbox {
  return {
    minLat: Math.min(...boxes.map((b) => b.minLat)),
    maxLat: Math.max(...boxes.map((b) => b.maxLat)),
    minLng: Math.min(...boxes.map((b) => b.minLng)),
    maxLng: Math.max(...boxes.map((b) => b.maxLng)),
  };
}

// Box corners have 4 decimals; 5 keep the exact centre without float noise.
const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/** The bounding box of a département from fr-bounding-boxes' departements.json, unrounded. */
export function computeDepartementBbox(
  departementBboxes: readonly RawBbox[],
  code = LANDES_DEPARTEMENT,
): Bbox {
  const entry = departementBboxes.find((d) => d.id === `fr:departement:${code}`);
  if (!entry) throw new Error(`Département ${code} absent de @etalab/fr-bounding-boxes`);
  return toBbox(entry.bbox);
}

/** Rounds a box outward (min down, max up) so that it still contains the original. */
export function roundBboxOutward(box: Bbox, decimals = 3): Bbox {
  const f = 10 ** decimals;
  return {
    minLat: Math.floor(box.minLat * f) / f,
    maxLat: Math.ceil(box.maxLat * f) / f,
    minLng: Math.floor(box.minLng * f) / f,
    maxLng: Math.ceil(box.maxLng * f) / f,
  };
}

/** The EPCI that have at least one Landes commune as member, sorted by code (SIREN). */
export function mapLandesEpcis(communes: readonly RawCommune[], epcis: readonly RawEpci[]): EpciRecord[] {
  const landes = new Set(communes.filter(isLandesCommune).map((c) => c.code));
  return epcis
    .filter((e) => e.membres.some((m) => landes.has(m.code)))
    .map((e) => ({ code: e.code, nom: e.nom }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * The current Landes communes, sorted by INSEE code, each with its EPCI and the centre of its
 * bounding box as an approximate point. Throws when the sources disagree (missing EPCI or box).
 */
export function mapLandesCommunes(
  communes: readonly RawCommune[],
  epcis: readonly RawEpci[],
  communeBboxes: readonly RawBbox[],
): CommuneRecord[] {
  const epciByCommune = new Map<string, string[]>();
  for (const e of epcis) {
    for (const m of e.membres) epciByCommune.set(m.code, [...(epciByCommune.get(m.code) ?? []), e.code]);
  }
  const bboxByCode = new Map(
    communeBboxes
      .filter((b) => b.id.startsWith("fr:commune:"))
      .map((b) => [b.id.slice("fr:commune:".length), toBbox(b.bbox)]),
  );
  // fr-bounding-boxes predates some mergers (Morcenx-la-Nouvelle, 2019): add the former communes' boxes.
  const formerCodes = new Map<string, string[]>();
  for (const c of communes) {
    if (c.type === "commune-deleguee" && c.chefLieu)
      formerCodes.set(c.chefLieu, [...(formerCodes.get(c.chefLieu) ?? []), c.code]);
  }

  const problems: string[] = [];
  const records: CommuneRecord[] = [];
  for (const c of communes.filter(isLandesCommune)) {
    const epciCodes = epciByCommune.get(c.code) ?? [];
    const boxes = [...new Set([c.code, ...(formerCodes.get(c.code) ?? [])])]
      .map((code) => bboxByCode.get(code))
      .filter((b): b is Bbox => b !== undefined);
    const epciCode = epciCodes[0];
    if (epciCodes.length !== 1 || epciCode === undefined)
      problems.push(`${c.code} ${c.nom} : ${epciCodes.length} EPCI`);
    if (boxes.length === 0) problems.push(`${c.code} ${c.nom} : pas de rectangle englobant`);
    if (c.population === undefined) problems.push(`${c.code} ${c.nom} : pas de population`);
    if (epciCode === undefined || boxes.length === 0 || c.population === undefined) continue;
    const box = unionBbox(boxes);
    records.push({
      code: c.code,
      nom: c.nom,
      codesPostaux: [...(c.codesPostaux ?? [])].sort(),
      population: c.population,
      latitude: round5((box.minLat + box.maxLat) / 2),
      longitude: round5((box.minLng + box.maxLng) / 2),
      coordsApprox: true,
      epciCode,
    });
  }
  if (problems.length > 0)
    throw new Error(`Données de référence incohérentes :\n  - ${problems.join("\n  - ")}`);
  return records.sort((a, b) => a.code.localeCompare(b.code));
}

/** Communes and EPCI of the Landes from the raw package files. */
export function buildLandesReference(raw: RawReferenceFiles): {
  communes: CommuneRecord[];
  epcis: EpciRecord[];
} {
  return {
    communes: mapLandesCommunes(raw.communes, raw.epcis, raw.communeBboxes),
    epcis: mapLandesEpcis(raw.communes, raw.epcis),
  };
}
