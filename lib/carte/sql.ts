// The one translation of the map filters into SQL, shared by the page's list, the map endpoint and
// the benchmark. Pure: it builds parameterised Prisma.sql fragments and runs them through the
// function it is given, so scripts can use it without the app's server-only database module.
// Portable SQL only (PostgreSQL 14+ and PGlite): no extension, no PostGIS.
import { Prisma } from "@/generated/prisma/client";
import type { Bbox, CarteFilters, CarteMapRequest } from "@/lib/carte/filters";
import { gridCell, radiusBbox } from "@/lib/carte/geo";

/** Above this many offers in the box, the endpoint sends grid groups instead of markers. */
export const MARKERS_MAX = 2000;

/** Runs a query and returns its rows: `db.$queryRaw` in the app, another client in scripts. */
export type SqlRunner = <T>(query: Prisma.Sql) => Promise<T[]>;

export type CarteSql = {
  /** FROM clause: `"StageOffre" o`, plus the commune centre and distance, plus the searched text */
  from: Prisma.Sql;
  where: Prisma.Sql;
  /** distance in km from the chosen commune (`dist.km`), or null without a commune */
  distance: Prisma.Sql | null;
};

const ACCENTED = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸ’";
// Each accented letter decomposes into its base letter plus a combining mark.
const UNACCENTED = ACCENTED.normalize("NFD").replace(/\p{M}/gu, "").replace("’", "'");

/** Lower case, no accents, œ → oe: applied to the search words here and to the columns in SQL. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/’/g, "'")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase();
}

/** Same as normalizeText(), in SQL: translate() rather than the unaccent extension, which may be missing. */
function normalizedSql(expr: Prisma.Sql): Prisma.Sql {
  const ligatures = Prisma.sql`replace(replace(replace(replace(${expr}, 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae')`;
  return Prisma.sql`lower(translate(${ligatures}, ${ACCENTED}::text, ${UNACCENTED}::text))`;
}

/** A LIKE pattern matching `word` anywhere, with its own % _ and \ taken literally. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const MAX_WORDS = 8;

/** The reference data named by the filters, looked up first so that the planner sees constants. */
export type CarteRefs = {
  diplomeId?: string;
  publicId?: string;
  categorieId?: string;
  /** communes of the territory and/or the EPCI */
  communeCodes?: string[];
  centre?: { lat: number; lng: number };
};

type RefsRow = {
  diplomeId: string | null;
  publicId: string | null;
  categorieId: string | null;
  territoire: string[] | null;
  epci: string[] | null;
  lat: number | null;
  lng: number | null;
};

/**
 * Looks up what the filters name (one query, none when they name nothing). Null when one of them
 * does not exist: then nothing can match, and no other query is needed.
 */
export async function resolveCarteRefs(run: SqlRunner, filters: CarteFilters): Promise<CarteRefs | null> {
  const { diplome, public: publicCode, categorie, territoire, epci, commune } = filters;
  if (!diplome && !publicCode && !categorie && !territoire && !epci && !commune) return {};
  const none = Prisma.sql`NULL`;
  const [row] = await run<RefsRow>(Prisma.sql`SELECT
    ${diplome ? Prisma.sql`(SELECT id FROM "Diplome" WHERE slug = ${diplome})` : none} AS "diplomeId",
    ${publicCode ? Prisma.sql`(SELECT id FROM "Public" WHERE code = ${publicCode})` : none} AS "publicId",
    ${categorie ? Prisma.sql`(SELECT id FROM "CategorieEtablissement" WHERE code = ${categorie})` : none} AS "categorieId",
    ${
      territoire
        ? Prisma.sql`(SELECT coalesce(array_agg(c.code), '{}') FROM "Commune" c
            JOIN "Epci" e ON e.code = c."epciCode" JOIN "Territoire" t ON t.id = e."territoireId"
            WHERE t.slug = ${territoire})`
        : Prisma.sql`NULL::text[]`
    } AS territoire,
    ${
      epci
        ? Prisma.sql`(SELECT coalesce(array_agg(c.code), '{}') FROM "Commune" c WHERE c."epciCode" = ${epci})`
        : Prisma.sql`NULL::text[]`
    } AS epci,
    ${commune ? Prisma.sql`(SELECT latitude FROM "Commune" WHERE code = ${commune})` : none}::float8 AS lat,
    ${commune ? Prisma.sql`(SELECT longitude FROM "Commune" WHERE code = ${commune})` : none}::float8 AS lng`);
  if (!row) return null;
  const refs: CarteRefs = {};
  if (diplome) {
    if (!row.diplomeId) return null;
    refs.diplomeId = row.diplomeId;
  }
  if (publicCode) {
    if (!row.publicId) return null;
    refs.publicId = row.publicId;
  }
  if (categorie) {
    if (!row.categorieId) return null;
    refs.categorieId = row.categorieId;
  }
  if (territoire || epci) {
    const lists = [row.territoire, row.epci].filter((l): l is string[] => l !== null);
    refs.communeCodes = lists.reduce((a, b) => a.filter((code) => b.includes(code)));
    if (refs.communeCodes.length === 0) return null;
  }
  if (commune) {
    if (row.lat === null || row.lng === null) return null;
    refs.centre = { lat: row.lat, lng: row.lng };
  }
  return refs;
}

/**
 * FROM and WHERE of the offers shown on the map for these filters (`refs` from resolveCarteRefs):
 * published, with places left, not past their last period on `today` (Paris, "YYYY-MM-DD") even
 * before the expiry job runs.
 */
export function carteFilterSql(filters: CarteFilters, refs: CarteRefs, today: string): CarteSql {
  const from: Prisma.Sql[] = [Prisma.sql`"StageOffre" o`];
  const where: Prisma.Sql[] = [
    Prisma.sql`o."statut" = 'publiee'`,
    Prisma.sql`o."placesRestantes" >= ${filters.places ?? 1}::int`,
    Prisma.sql`(o."finDernierePeriode" IS NULL OR o."finDernierePeriode" >= ${today}::date)`,
  ];
  let distance: Prisma.Sql | null = null;

  if (refs.diplomeId) {
    where.push(
      Prisma.sql`o.id IN (SELECT sd."offreId" FROM "StageOffreDiplome" sd WHERE sd."diplomeId" = ${refs.diplomeId})`,
    );
  }
  if (refs.publicId) where.push(Prisma.sql`o."publicId" = ${refs.publicId}`);
  if (refs.categorieId) where.push(Prisma.sql`o."categorieId" = ${refs.categorieId}`);
  if (refs.communeCodes) where.push(Prisma.sql`o."communeCode" = ANY(${refs.communeCodes}::text[])`);
  if (refs.centre) {
    const km = filters.rayon ?? 30;
    const { lat, lng } = refs.centre;
    const [minLng, minLat, maxLng, maxLat] = radiusBbox(lat, lng, km);
    from.push(Prisma.sql`CROSS JOIN LATERAL (SELECT 2 * 6371 * asin(least(1, sqrt(
      power(sin(radians(o.latitude - ${lat}::float8) / 2), 2)
      + ${Math.cos((lat * Math.PI) / 180)}::float8 * cos(radians(o.latitude)) * power(sin(radians(o.longitude - ${lng}::float8) / 2), 2)
    ))) AS km) dist`);
    // The box around the circle first, so that the (statut, latitude, longitude) index does the work.
    where.push(Prisma.sql`o.latitude BETWEEN ${minLat}::float8 AND ${maxLat}::float8`);
    where.push(Prisma.sql`o.longitude BETWEEN ${minLng}::float8 AND ${maxLng}::float8`);
    where.push(Prisma.sql`dist.km <= ${km}::float8`);
    distance = Prisma.sql`dist.km`;
  }
  if (filters.du || filters.au) {
    const periode: Prisma.Sql[] = [Prisma.sql`sp."offreId" = o.id`];
    if (filters.du) periode.push(Prisma.sql`sp.fin >= ${filters.du}::date`);
    if (filters.au) periode.push(Prisma.sql`sp.debut <= ${filters.au}::date`);
    where.push(
      Prisma.sql`(o."touteLAnnee" OR EXISTS (SELECT 1 FROM "StagePeriode" sp WHERE ${Prisma.join(periode, " AND ")}))`,
    );
  }
  if (filters.logement) where.push(Prisma.sql`o.logement`);
  if (filters.sansVoiture) where.push(Prisma.sql`o."sansVoiture"`);

  const words = filters.q ? normalizeText(filters.q).split(/\s+/).filter(Boolean).slice(0, MAX_WORDS) : [];
  if (words.length > 0) {
    from.push(Prisma.sql`CROSS JOIN LATERAL (
      SELECT ${normalizedSql(Prisma.sql`o.titre || ' ' || qo.nom`)} AS texte
      FROM "Organisation" qo WHERE qo.id = o."organisationId") txt`);
    for (const word of words) where.push(Prisma.sql`txt.texte LIKE ${containsPattern(word)} ESCAPE '\\'`);
  }

  return { from: Prisma.join(from, "\n"), where: Prisma.join(where, "\n  AND "), distance };
}

function inBbox(bbox: Bbox): Prisma.Sql {
  const [minLng, minLat, maxLng, maxLat] = bbox;
  return Prisma.sql`o.latitude BETWEEN ${minLat}::float8 AND ${maxLat}::float8
    AND o.longitude BETWEEN ${minLng}::float8 AND ${maxLng}::float8`;
}

// --- The map endpoint ------------------------------------------------------------------------

/** One marker: what its title, popup and link need, and nothing else. */
export type CartePoint = [
  id: string,
  lat: number,
  lng: number,
  titre: string,
  organisation: string,
  commune: string,
  placesRestantes: number,
];
/** A grid group drawn as one bubble when the box holds too many offers. */
export type CarteGroupe = [
  n: number,
  lat: number,
  lng: number,
  minLat: number,
  minLng: number,
  maxLat: number,
  maxLng: number,
];

export type CarteMapData =
  | { mode: "points"; total: number; bbox: Bbox; stages: CartePoint[] }
  | { mode: "groupes"; total: number; bbox: Bbox; groupes: CarteGroupe[] };

type MarkerRow = {
  id: string;
  lat: number;
  lng: number;
  titre: string;
  organisation: string;
  commune: string;
  places: number;
};
type GroupeRow = {
  n: number;
  lat: number;
  lng: number;
  minLat: number;
  minLng: number;
  maxLat: number;
  maxLng: number;
};

/** How many matching offers the box holds, counting no further than `limit`. */
export function countQuery(sql: CarteSql, bbox: Bbox, limit: number): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS n FROM (
    SELECT 1 FROM ${sql.from} WHERE ${sql.where} AND ${inBbox(bbox)} LIMIT ${limit}::int) x`;
}

/** Up to `limit` matching offers in the box, with what their popups show. */
export function markersQuery(sql: CarteSql, bbox: Bbox, limit: number): Prisma.Sql {
  return Prisma.sql`SELECT o.id, o.latitude AS lat, o.longitude AS lng, o.titre,
    org.nom AS organisation, com.nom AS commune, o."placesRestantes" AS places
  FROM ${sql.from}
  JOIN "Organisation" org ON org.id = o."organisationId"
  JOIN "Commune" com ON com.code = o."communeCode"
  WHERE ${sql.where} AND ${inBbox(bbox)}
  LIMIT ${limit}::int`;
}

export function groupesQuery(sql: CarteSql, bbox: Bbox, zoom: number): Prisma.Sql {
  const cell = gridCell(zoom);
  return Prisma.sql`SELECT count(*)::int AS n, avg(o.latitude) AS lat, avg(o.longitude) AS lng,
    min(o.latitude) AS "minLat", min(o.longitude) AS "minLng", max(o.latitude) AS "maxLat", max(o.longitude) AS "maxLng"
  FROM ${sql.from}
  WHERE ${sql.where} AND ${inBbox(bbox)}
  GROUP BY floor(o.longitude / ${cell.lng}::float8), floor(o.latitude / ${cell.lat}::float8)`;
}

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * The map endpoint's data: every matching offer in the box as a marker, or, above MARKERS_MAX,
 * grid groups sized for the zoom (the map then asks again as the user zooms in).
 */
export async function loadCarteMapData(
  run: SqlRunner,
  request: CarteMapRequest,
  today: string,
): Promise<CarteMapData> {
  const refs = await resolveCarteRefs(run, request.filters);
  if (!refs) return { mode: "points", total: 0, bbox: request.bbox, stages: [] };
  const { bbox, zoom, filters } = request;
  const sql = carteFilterSql(filters, refs, today);
  const markers = async (): Promise<CarteMapData> => {
    const rows = await run<MarkerRow>(markersQuery(sql, bbox, MARKERS_MAX));
    const stages = rows.map((r): CartePoint => [
      r.id,
      round5(r.lat),
      round5(r.lng),
      r.titre,
      r.organisation,
      r.commune,
      r.places,
    ]);
    return { mode: "points", total: stages.length, bbox, stages };
  };

  // Which answer to compute is decided without running the costly one twice. First a cheap upper
  // bound: the offers in the box and radius, whatever the other filters (index-only, stops early).
  const spatial = carteFilterSql(
    { places: filters.places, commune: filters.commune, rayon: filters.rayon },
    { centre: refs.centre },
    today,
  );
  const [bound] = await run<{ n: number }>(countQuery(spatial, bbox, MARKERS_MAX + 1));
  if ((bound?.n ?? 0) <= MARKERS_MAX) return markers();
  // Many offers around: group them; if the other filters leave few, send those as markers after all.
  const groupes = await run<GroupeRow>(groupesQuery(sql, bbox, zoom));
  const total = groupes.reduce((sum, g) => sum + g.n, 0);
  if (total <= MARKERS_MAX) return markers();
  return {
    mode: "groupes",
    total,
    bbox,
    groupes: groupes.map((g) => [
      g.n,
      round5(g.lat),
      round5(g.lng),
      round5(g.minLat),
      round5(g.minLng),
      round5(g.maxLat),
      round5(g.maxLng),
    ]),
  };
}

// --- The page's list -------------------------------------------------------------------------

export type CarteListRow = { id: string; distance: number | null; total: number };

/** Ids of the first `limit` results, by distance when a commune is chosen, else newest first; with the total. */
export function listQuery(sql: CarteSql, limit: number): Prisma.Sql {
  const order = sql.distance
    ? Prisma.sql`${sql.distance} ASC, o."publieeAt" DESC NULLS LAST, o.id`
    : Prisma.sql`o."publieeAt" DESC NULLS LAST, o.id`;
  return Prisma.sql`SELECT o.id, ${sql.distance ?? Prisma.sql`NULL`}::float8 AS distance, count(*) OVER ()::int AS total
  FROM ${sql.from}
  WHERE ${sql.where}
  ORDER BY ${order}
  LIMIT ${limit}::int`;
}
