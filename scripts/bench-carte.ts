// `npm run bench:carte`: latency and payload of the map endpoint on 10,000 then 100,000 published
// offers. Creates its own database (iflts_bench_carte) on TEST_DATABASE_URL's server, fills it with
// set-based INSERTs, measures, prints a markdown table and drops the database. Starts no server:
// the endpoint's code path (strict parse → lib/carte/sql.ts through PrismaClient + adapter-pg, as
// lib/db.ts does → JSON) runs in this process; the baseline runs the same SQL through plain pg.
import os from "node:os";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/generated/prisma/client";
import { parseCarteMapRequest, type Bbox, type CarteMapRequest } from "@/lib/carte/filters";
import { radiusBbox } from "@/lib/carte/geo";
import { carteFilterSql, listQuery, loadCarteMapData, type SqlRunner } from "@/lib/carte/sql";
import { todayInParis } from "@/lib/dates";
import { adminUrl, databaseUrl, displayUrl, dropDatabase, withTemplateLock } from "@/tests/support/database";

import { createBenchDatabase, measure } from "./bench-support";

const BENCH_DB = "iflts_bench_carte";
const SIZES = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS) || 200;
const WARMUP = 20;
const OFFERS_PER_ORGANISATION = 20;
const TODAY = todayInParis();

const timed = (fn: () => Promise<unknown>) => measure(fn, { warmup: WARMUP, runs: RUNS });

/** The viewport the map asks for (lib/carte/StageMap.tsx pads it by half its size). */
function paddedBbox([minLng, minLat, maxLng, maxLat]: Bbox): Bbox {
  const dx = (maxLng - minLng) / 2;
  const dy = (maxLat - minLat) / 2;
  return [minLng - dx, minLat - dy, maxLng + dx, maxLat + dy].map((n) => Number(n.toFixed(2))) as Bbox;
}

// Mont-de-Marsan, the préfecture.
const MONT_DE_MARSAN = { code: "40192", lat: 43.8932, lng: -0.50105 };
const SCENARIOS = [
  {
    name: "(a) filtrée : 1 diplôme + commune + 30 km + places ≥ 1, zoom 10",
    query: `diplome=deas&commune=${MONT_DE_MARSAN.code}&rayon=30&places=1&bbox=${paddedBbox(radiusBbox(MONT_DE_MARSAN.lat, MONT_DE_MARSAN.lng, 30)).join(",")}&zoom=10`,
  },
  {
    name: "(b) sans filtre : toutes les Landes, zoom 9",
    // The Landes (1.66° × 1.05°) framed in a ~640 × 860 px map at zoom 9, then padded.
    query: `bbox=${paddedBbox([-1.77, 43.36, 0.38, 44.66]).join(",")}&zoom=9`,
  },
];

/**
 * Brings the published offers from `from` to `to`, plus one unpublished for every ten (offers are
 * numbered 1..1.1 × to, every eleventh unpublished), each at the site of organisation
 * `1 + n % organisations`, spread over the 327 communes, in a handful of set-based statements.
 */
async function seedOffers(client: pg.PoolClient, from: number, to: number): Promise<void> {
  const organisations = Math.ceil(to / OFFERS_PER_ORGANISATION);
  const firstOrganisation = Math.ceil(from / OFFERS_PER_ORGANISATION) + 1;
  const numbers = [(from * 11) / 10 + 1, (to * 11) / 10];
  await client.query("SELECT setseed($1)", [from / 1e6]);
  await client.query(
    `INSERT INTO "Organisation" (id, type, nom, siret, adresse, "communeCode", statut, "verifiedAt", "createdAt", "updatedAt")
     SELECT 'bench-org-' || g, 'employeur',
       (ARRAY['EHPAD','Foyer de vie','IME','Service d''aide à domicile','MECS','Crèche','ESAT','SSIAD'])[1 + g % 8]
         || ' ' || (ARRAY['Les Pins','Le Lac','Les Arènes','Saint-Vincent','La Dune','Les Chênes','Le Moulin','Les Bruyères'])[1 + (g / 8) % 8],
       '8' || lpad(g::text, 13, '0'), '1 place de la Mairie', c.code, 'verifiee', now(), now(), now()
     FROM generate_series($1::int, $2::int) g
     JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS rn FROM "Commune") c ON c.rn = (g * 7919) % 327`,
    [firstOrganisation, organisations],
  );
  // One site per organisation, near its commune's centre (±1.5 km).
  await client.query(
    `INSERT INTO "Site" (id, "organisationId", nom, adresse, "communeCode", latitude, longitude, "createdAt", "updatedAt")
     SELECT 'bench-site-' || g, 'bench-org-' || g, 'Site principal', '1 place de la Mairie', o."communeCode",
       c.latitude + (random() - 0.5) * 0.03, c.longitude + (random() - 0.5) * 0.04, now(), now()
     FROM generate_series($1::int, $2::int) g
     JOIN "Organisation" o ON o.id = 'bench-org-' || g
     JOIN "Commune" c ON c.code = o."communeCode"`,
    [firstOrganisation, organisations],
  );
  // n: offer number; ids look like cuids (25 characters) so that payload sizes are realistic.
  // 40 % all year round; the others have one or two periods in the coming year.
  const offers = `SELECT n, 'c' || substr(md5('offre-' || n), 1, 24) AS id, 1 + n % $3::int AS org,
      n % 5 < 2 AS toute, CURRENT_DATE + (n % 240) AS debut1, CURRENT_DATE + (n % 240) + 14 + (n % 6) * 7 AS fin1,
      n % 3 = 0 AS deux
    FROM generate_series($1::int, $2::int) n`;
  await client.query(
    `INSERT INTO "StageOffre" (id, "organisationId", "siteId", titre, description, niveau, "publicId", "categorieId",
       "touteLAnnee", "dureeMinSemaines", "dureeMaxSemaines", places, "placesRestantes", "tuteurNom", "tuteurFonction",
       "tuteurContact", logement, "sansVoiture", statut, "publieeAt", "finDernierePeriode", latitude, longitude,
       "communeCode", "createdAt", "updatedAt")
     SELECT x.id, 'bench-org-' || x.org, 'bench-site-' || x.org,
       'Stage ' || lower(d.metier) || ' – ' || (ARRAY['accueil de jour','hébergement','service à domicile','unité protégée','internat','atelier'])[1 + x.n % 6],
       repeat('Accueil, accompagnement au quotidien et participation à la vie de l''établissement. ', 8),
       'Toutes années', p.id, ce.id, x.toute, 2, 8, 1 + x.n % 4 + x.n % 2, 1 + x.n % 4, 'Camille Martin', 'Cadre',
       'tuteur@exemple.fr', x.n % 5 = 0, x.n % 3 = 0,
       CASE WHEN x.n % 11 = 10 THEN (ARRAY['brouillon','pourvue','expiree','archivee'])[1 + x.n % 4]::"StageStatut" ELSE 'publiee' END,
       now() - random() * interval '180 days',
       CASE WHEN x.toute THEN NULL WHEN x.deux THEN x.fin1 + 58 ELSE x.fin1 END::timestamp,
       s.latitude, s.longitude, s."communeCode", now(), now()
     FROM (${offers}) x
     JOIN "Site" s ON s.id = 'bench-site-' || x.org
     JOIN (SELECT metier, row_number() OVER (ORDER BY slug) - 1 AS rn FROM "Diplome") d ON d.rn = x.n % 13
     LEFT JOIN (SELECT id, row_number() OVER (ORDER BY code) - 1 AS rn FROM "Public") p ON p.rn = x.n % 7
     LEFT JOIN (SELECT id, row_number() OVER (ORDER BY code) - 1 AS rn FROM "CategorieEtablissement") ce ON ce.rn = x.n % 21`,
    [...numbers, organisations],
  );
  // One to three diplomas each, the first being the one named in the title.
  await client.query(
    `INSERT INTO "StageOffreDiplome" ("offreId", "diplomeId")
     SELECT x.id, d.id FROM (${offers}) x
     CROSS JOIN generate_series(0, x.n % 3) j
     JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS rn FROM "Diplome") d ON d.rn = (x.n + j * 5) % 13`,
    [...numbers, organisations],
  );
  await client.query(
    `INSERT INTO "StagePeriode" (id, "offreId", debut, fin)
     SELECT x.id || '-p1', x.id, x.debut1, x.fin1 FROM (${offers}) x WHERE NOT x.toute
     UNION ALL
     SELECT x.id || '-p2', x.id, x.fin1 + 30, x.fin1 + 58 FROM (${offers}) x WHERE NOT x.toute AND x.deux`,
    [...numbers, organisations],
  );
  await client.query(
    `VACUUM ANALYZE "Organisation", "Site", "StageOffre", "StageOffreDiplome", "StagePeriode"`,
  );
}

type Row = {
  size: number;
  indexes: string;
  scenario: string;
  path: string;
  mode: string;
  total: number;
  p50: number;
  p95: number;
  json?: number;
  gzip?: number;
};

async function benchSize(size: number, indexes: string, prisma: PrismaClient, pool: pg.Pool): Promise<Row[]> {
  const run: SqlRunner = (query) => prisma.$queryRaw(query);
  const rows: Row[] = [];
  for (const scenario of SCENARIOS) {
    const parsed = parseCarteMapRequest(new URLSearchParams(scenario.query));
    if (!parsed.ok) throw new Error(`Requête de banc invalide : ${JSON.stringify(parsed.champs)}`);
    const request: CarteMapRequest = parsed.request;

    // The endpoint: what GET /api/carte/stages does for this URL, minus HTTP.
    const endpoint = async () => {
      const again = parseCarteMapRequest(new URLSearchParams(scenario.query));
      if (!again.ok) throw new Error("unreachable");
      return JSON.stringify(await loadCarteMapData(run, again.request, TODAY));
    };
    const body = await endpoint();
    const data = JSON.parse(body) as { mode: string; total: number };
    const endpointTimes = await timed(endpoint);
    rows.push({
      size,
      indexes,
      scenario: scenario.name,
      path: "endpoint (en processus)",
      mode: data.mode === "points" ? "repères" : "groupes",
      total: data.total,
      ...endpointTimes,
      json: Buffer.byteLength(body),
      gzip: gzipSync(body).length,
    });

    // Baseline: the very statements the endpoint ran, through plain pg: no Prisma, no JSON.
    const statements: Prisma.Sql[] = [];
    const recorder: SqlRunner = (query) => {
      statements.push(query);
      return run(query);
    };
    await loadCarteMapData(recorder, request, TODAY);
    const sqlTimes = await timed(async () => {
      for (const statement of statements) await pool.query(statement.text, statement.values);
    });
    rows.push({
      size,
      indexes,
      scenario: scenario.name,
      path: "SQL seul (pg)",
      mode: "",
      total: data.total,
      ...sqlTimes,
    });
  }
  // For information: the page's list (ids of the first 30, newest first, with the total).
  const list = listQuery(carteFilterSql({}, {}, TODAY), 30);
  const listTimes = await timed(() => pool.query(list.text, list.values));
  rows.push({
    size,
    indexes,
    scenario: "(d) liste de la page, sans filtre (30 premiers + total)",
    path: "SQL seul (pg)",
    mode: "",
    total: size,
    ...listTimes,
  });
  return rows;
}

const ms = (n: number) => n.toFixed(1).replace(".", ",");
const kb = (n?: number) => (n === undefined ? "" : (n / 1024).toFixed(1).replace(".", ","));

function table(rows: Row[]): string {
  const lines = [
    "| Offres publiées | Index | Requête | Chemin | Réponse | Résultats | p50 (ms) | p95 (ms) | JSON (ko) | gzip (ko) |",
    "| ---: | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.size.toLocaleString("fr-FR")} | ${r.indexes} | ${r.scenario} | ${r.path} | ${r.mode} | ${r.total.toLocaleString("fr-FR")} | ${ms(r.p50)} | ${ms(r.p95)} | ${kb(r.json)} | ${kb(r.gzip)} |`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  console.error(
    `Serveur : ${displayUrl(adminUrl())} ; ${RUNS} mesures par ligne après ${WARMUP} d'échauffement.`,
  );
  await createBenchDatabase(BENCH_DB);
  const url = databaseUrl(BENCH_DB);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 5 }) });
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  const rows: Row[] = [];
  try {
    let seeded = 0;
    for (const size of SIZES) {
      const start = performance.now();
      const client = await pool.connect();
      try {
        await seedOffers(client, seeded, size);
      } finally {
        client.release();
      }
      seeded = size;
      console.error(
        `${size.toLocaleString("fr-FR")} offres publiées créées en ${((performance.now() - start) / 1000).toFixed(1)} s.`,
      );
      // The indexes are those of the migrations (StageOffre_carte_idx, StageOffreDiplome_diplomeId_offreId_idx).
      rows.push(...(await benchSize(size, "migrations", prisma, pool)));
    }
  } finally {
    await prisma.$disconnect();
    await pool.end();
    // BENCH_KEEP_DB=1 keeps it for EXPLAIN ANALYZE (drop it by hand afterwards).
    if (process.env.BENCH_KEEP_DB !== "1") await withTemplateLock((client) => dropDatabase(client, BENCH_DB));
  }
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  const { rows: version } = await admin.query<{ server_version: string }>("SHOW server_version");
  await admin.end();
  console.log(
    `Banc de la carte, ${TODAY}, ${os.cpus().length} cœurs, ${Math.round(os.totalmem() / 2 ** 30)} Gio, ` +
      `PostgreSQL ${version[0]?.server_version ?? "?"}, Node ${process.version}\n`,
  );
  console.log(table(rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
