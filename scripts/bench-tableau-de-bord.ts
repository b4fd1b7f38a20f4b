// `npm run bench:tableau`: server-side time of the whole dashboard (/gouvernance/tableau-de-bord)
// with 100,000 stage offers, 100,000 applications and 100,000 barrier requests. Creates its own
// database (iflts_bench_tableau) on TEST_DATABASE_URL's server, fills it with set-based INSERTs,
// measures, prints a markdown table and drops the database. Starts no server: the page's data
// path (every indicator of lib/gouvernance/tableau-de-bord/indicateurs.ts at once, through
// PrismaClient + adapter-pg as lib/db.ts does) and the HTML rendering of its widgets run here.
import os from "node:os";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { IndicateurFigure } from "@/components/gouvernance/IndicateurFigure";
import { todayInParis } from "@/lib/dates";
import { defaultPeriode } from "@/lib/gouvernance/tableau-de-bord/filtres";
import { INDICATEUR_IDS, loadIndicateur } from "@/lib/gouvernance/tableau-de-bord/indicateurs";
import type { Indicateur, PeriodeFiltre, SqlRunner } from "@/lib/gouvernance/tableau-de-bord/types";
import { adminUrl, databaseUrl, displayUrl, dropDatabase, withTemplateLock } from "@/tests/support/database";

import { createBenchDatabase, measure } from "./bench-support";

const BENCH_DB = "iflts_bench_tableau";
const SIZE = Number(process.env.BENCH_SIZE) || 100_000;
const RUNS = Number(process.env.BENCH_RUNS) || 40;
const WARMUP = 5;
const TODAY = todayInParis();
/** The app's pool size (lib/env.ts DATABASE_POOL_MAX default). */
const POOL_MAX = 10;

const timed = (fn: () => Promise<unknown>) => measure(fn, { warmup: WARMUP, runs: RUNS });

/** Everything the dashboard counts, spread over the 327 communes and the last two years. */
async function seed(client: pg.PoolClient, n: number): Promise<void> {
  const organisations = Math.ceil(n / 50);
  const communes = `(SELECT code, row_number() OVER (ORDER BY code) - 1 AS rn FROM "Commune")`;
  await client.query("SELECT setseed(0.42)");
  await client.query(
    `INSERT INTO "User" (id, email, "passwordHash", prenom, nom, roles, "updatedAt")
     SELECT 'bench-user-' || g, 'bench-' || g || '@exemple.fr', 'x', 'Alex', 'Banc', ARRAY['apprenant']::"Role"[], now()
     FROM generate_series(1, 2000) g`,
  );
  await client.query(
    `INSERT INTO "Organisation" (id, type, nom, siret, adresse, "communeCode", statut, "updatedAt")
     SELECT 'bench-org-' || g, (CASE WHEN g % 10 = 0 THEN 'organisme_formation' ELSE 'employeur' END)::"OrganisationType",
       'Organisation ' || g, '8' || lpad(g::text, 13, '0'), '1 place de la Mairie', c.code, 'verifiee', now()
     FROM generate_series(1, $1::int) g JOIN ${communes} c ON c.rn = (g * 7919) % 327`,
    [organisations],
  );
  await client.query(
    `INSERT INTO "Site" (id, "organisationId", nom, adresse, "communeCode", latitude, longitude, "publicId", "updatedAt")
     SELECT 'bench-site-' || o.g, 'bench-org-' || o.g, 'Site', '1 place', c.code, c.latitude, c.longitude, p.id, now()
     FROM (SELECT g, "communeCode" FROM generate_series(1, $1::int) g JOIN "Organisation" ON id = 'bench-org-' || g) o
     JOIN "Commune" c ON c.code = o."communeCode"
     LEFT JOIN (SELECT id, row_number() OVER (ORDER BY code) - 1 AS rn FROM "Public") p ON p.rn = o.g % 8`,
    [organisations],
  );
  // Offers: 60 % published, 15 % filled, 15 % expired, 10 % other; published over the last 24 months.
  await client.query(
    `INSERT INTO "StageOffre" (id, "organisationId", "siteId", titre, description, niveau, "publicId", "dureeMinSemaines",
       "dureeMaxSemaines", places, "placesRestantes", "tuteurNom", "tuteurFonction", "tuteurContact", statut, "publieeAt",
       latitude, longitude, "communeCode", "updatedAt")
     SELECT 'bench-offre-' || x.n, 'bench-org-' || x.org, 'bench-site-' || x.org, 'Stage ' || x.n, 'Description.', 'Toutes années',
       s."publicId", 2, 8, x.places, CASE WHEN x.statut = 'pourvue' THEN 0 ELSE x.places - x.n % (x.places + 1) END,
       'Camille Martin', 'Cadre', 'tuteur@exemple.fr', x.statut::"StageStatut",
       CASE WHEN x.statut IN ('brouillon', 'soumise') THEN NULL ELSE now() - random() * interval '730 days' END,
       s.latitude, s.longitude, s."communeCode", now()
     FROM (SELECT n, 1 + n % $2::int AS org, 1 + n % 4 AS places,
             CASE WHEN n % 20 < 12 THEN 'publiee' WHEN n % 20 < 15 THEN 'pourvue' WHEN n % 20 < 18 THEN 'expiree'
                  WHEN n % 20 = 18 THEN 'soumise' ELSE 'brouillon' END AS statut
           FROM generate_series(1, $1::int) n) x
     JOIN "Site" s ON s.id = 'bench-site-' || x.org`,
    [n, organisations],
  );
  await client.query(
    `INSERT INTO "StageOffreDiplome" ("offreId", "diplomeId")
     SELECT 'bench-offre-' || n, d.id FROM generate_series(1, $1::int) n
     JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS rn FROM "Diplome") d ON d.rn = n % 13`,
    [n],
  );
  await client.query(
    `INSERT INTO "Candidature" (id, "offreId", "apprenantId", message, "organismeFormation", "diplomeId", "periodeDebut",
       "periodeFin", statut, "reponduAt", "createdAt", "updatedAt")
     SELECT 'bench-cand-' || x.n, 'bench-offre-' || (1 + (x.n * 7) % $1::int), 'bench-user-' || (1 + x.n % 2000), 'Bonjour.',
       'IFSI', 'diplome-deas', CURRENT_DATE, CURRENT_DATE + 28, x.statut::"CandidatureStatut",
       CASE WHEN x.statut IN ('acceptee', 'refusee') THEN x.created + random() * interval '20 days' END, x.created, now()
     FROM (SELECT n, now() - random() * interval '730 days' AS created,
             (ARRAY['envoyee','lue','acceptee','refusee','refusee','retiree'])[1 + n % 6] AS statut
           FROM generate_series(1, $1::int) n) x`,
    [n],
  );
  await client.query(
    `INSERT INTO "DemandeAide" (id, "territoireId", "communeCode", besoins, debut, fin, description, "consentementAt", statut,
       "priseEnChargeAt", "clotureAt", "createdAt", "updatedAt")
     SELECT 'bench-dem-' || x.n, e."territoireId", c.code,
       CASE WHEN x.n % 3 = 0 THEN ARRAY[x.b1, x.b2] ELSE ARRAY[x.b1] END::"BesoinType"[],
       CURRENT_DATE, CURRENT_DATE + 30, 'Besoin.', x.created, x.statut::"DemandeStatut",
       CASE WHEN x.statut <> 'nouvelle' THEN x.created + random() * interval '10 days' END,
       CASE WHEN x.statut IN ('resolue', 'sans_solution', 'abandonnee') THEN x.created + interval '10 days' + random() * interval '30 days' END,
       x.created, now()
     FROM (SELECT n, now() - random() * interval '730 days' AS created,
             (ARRAY['logement','mobilite','garde_enfants','financier','equipement','autre'])[1 + n % 6] AS b1,
             (ARRAY['logement','mobilite','garde_enfants','financier','equipement','autre'])[1 + (n / 6) % 6] AS b2,
             (ARRAY['nouvelle','prise_en_charge','solution_proposee','resolue','resolue','sans_solution','abandonnee'])[1 + n % 7] AS statut
           FROM generate_series(1, $1::int) n) x
     JOIN ${communes} cc ON cc.rn = (x.n * 31) % 327
     JOIN "Commune" c ON c.code = cc.code JOIN "Epci" e ON e.code = c."epciCode"`,
    [n],
  );
  await client.query(
    `INSERT INTO "Ressource" (id, type, "organisationId", titre, description, "communeCode", capacite, latitude, longitude,
       statut, "publieeAt", "updatedAt")
     SELECT 'bench-res-' || g, (ARRAY['hebergement','salle_formation','mobilite','garde_enfants','autre'])[1 + g % 5]::"RessourceType",
       'bench-org-' || (1 + g % $1::int), 'Ressource', 'Description.', c.code, 2, c.latitude, c.longitude,
       (CASE WHEN g % 5 = 4 THEN 'brouillon' ELSE 'publiee' END)::"RessourceStatut",
       CASE WHEN g % 5 = 4 THEN NULL ELSE now() - random() * interval '730 days' END, now()
     FROM generate_series(1, 5000) g JOIN ${communes} cc ON cc.rn = g % 327 JOIN "Commune" c ON c.code = cc.code`,
    [organisations],
  );
  await client.query(
    `INSERT INTO "RessourceProposition" (id, "demandeId", "ressourceId", debut, fin, statut, "decideeAt")
     SELECT 'bench-prop-' || g, 'bench-dem-' || (1 + (g * 13) % $1::int), 'bench-res-' || (1 + g % 5000), CURRENT_DATE,
       CURRENT_DATE + 14, (ARRAY['proposee','acceptee','declinee','annulee'])[1 + g % 4]::"PropositionStatut",
       CASE WHEN g % 4 IN (1, 2) THEN now() - random() * interval '730 days' END
     FROM generate_series(1, 20000) g`,
    [n],
  );
  await client.query(
    `INSERT INTO "OffreFormation" (id, "organisationId", "diplomeId", titre, modalite, description, "dureeHeures", "heuresStage",
       prerequis, selection, couts, "accessibiliteContact", contact, statut, "publieeAt", "updatedAt")
     SELECT 'bench-form-' || g, 'bench-org-' || (g * 10), d.id, 'Formation ' || g, 'formation_initiale', 'Description.', 1400, 700,
       'Aucun.', 'Entretien.', 'Gratuit.', 'referent@exemple.fr', 'contact@exemple.fr', 'publiee', now(), now()
     FROM generate_series(1, $1::int / 10) g
     JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS rn FROM "Diplome") d ON d.rn = g % 13`,
    [organisations],
  );
  await client.query(
    `INSERT INTO "SessionFormation" (id, "offreId", "siteId", debut, fin, places, rythme)
     SELECT 'bench-sess-' || g || '-' || k, 'bench-form-' || g, 'bench-site-' || (g * 10),
       CURRENT_DATE - 700 + (g * 37 + k * 120) % 900, CURRENT_DATE + 300, 10 + g % 20, 'temps_plein'
     FROM generate_series(1, $1::int / 10) g CROSS JOIN generate_series(1, 5) k`,
    [organisations],
  );
  await client.query(
    `INSERT INTO "CollegeMembership" (id, "collegeId", "userId", motivation, statut, "decideeAt", "updatedAt")
     SELECT 'bench-membre-' || g, c.id, 'bench-user-' || g, 'Participer.',
       (CASE WHEN g % 4 = 0 THEN 'en_attente' ELSE 'acceptee' END)::"MembershipStatut", now() - random() * interval '700 days', now()
     FROM generate_series(1, 600) g
     JOIN (SELECT id, row_number() OVER (ORDER BY ordre) - 1 AS rn, count(*) OVER () AS total FROM "College") c
       ON c.rn = g % c.total`,
  );
  await client.query("VACUUM ANALYZE");
}

type Row = { scenario: string; path: string; p50: number; p95: number };

async function main(): Promise<void> {
  console.error(
    `Serveur : ${displayUrl(adminUrl())} ; ${RUNS} mesures par ligne après ${WARMUP} d'échauffement.`,
  );
  await createBenchDatabase(BENCH_DB);
  const url = databaseUrl(BENCH_DB);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: POOL_MAX }) });
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const run: SqlRunner = (query) => prisma.$queryRaw(query);
  const rows: Row[] = [];
  try {
    const start = performance.now();
    const client = await pool.connect();
    try {
      await seed(client, SIZE);
    } finally {
      client.release();
    }
    console.error(`Données créées en ${((performance.now() - start) / 1000).toFixed(1)} s.`);
    const { du, au } = defaultPeriode(TODAY);
    const territoire = await prisma.territoire.findUniqueOrThrow({
      where: { slug: "dax-orthe" },
      select: { id: true },
    });
    const scenarios: [string, PeriodeFiltre][] = [
      [`(a) par défaut : 12 derniers mois, toutes les Landes`, { debut: du, fin: au }],
      [
        `(b) 12 derniers mois, un territoire (Grand Dax et Pays d'Orthe)`,
        { debut: du, fin: au, territoireId: territoire.id },
      ],
    ];
    for (const [scenario, f] of scenarios) {
      // The page: the territory list, then every widget's query at once (each in its own Suspense).
      const page = async () => {
        await prisma.territoire.findMany({
          orderBy: { nom: "asc" },
          select: { id: true, slug: true, nom: true },
        });
        return Promise.all(INDICATEUR_IDS.map((id) => loadIndicateur(run, id, f, TODAY)));
      };
      rows.push({
        scenario,
        path: `données : ${INDICATEUR_IDS.length} indicateurs en parallèle`,
        ...(await timed(page)),
      });
      let slowest = { id: "", p95: 0 };
      for (const id of INDICATEUR_IDS) {
        const t = await timed(() => loadIndicateur(run, id, f, TODAY));
        if (t.p95 > slowest.p95) slowest = { id, p95: t.p95 };
      }
      rows.push({
        scenario,
        path: `indicateur le plus lent seul (${slowest.id})`,
        p50: NaN,
        p95: slowest.p95,
      });
      const indicateurs: Indicateur[] = await page();
      const render = async () =>
        indicateurs.map((indicateur) =>
          renderToStaticMarkup(createElement(IndicateurFigure, { indicateur, csvHref: "/csv" })),
        );
      rows.push({
        scenario,
        path: "rendu HTML des widgets (graphiques SVG + tableaux)",
        ...(await timed(render)),
      });
      rows.push({
        scenario,
        path: "données + rendu",
        ...(await timed(async () => {
          const data = await page();
          return data.map((indicateur) =>
            renderToStaticMarkup(createElement(IndicateurFigure, { indicateur, csvHref: "/csv" })),
          );
        })),
      });
    }
  } finally {
    await prisma.$disconnect();
    await pool.end();
    if (process.env.BENCH_KEEP_DB !== "1") await withTemplateLock((client) => dropDatabase(client, BENCH_DB));
  }
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  const { rows: version } = await admin.query<{ server_version: string }>("SHOW server_version");
  await admin.end();
  const ms = (n: number) => (Number.isNaN(n) ? "" : n.toFixed(1).replace(".", ","));
  console.log(
    `Banc du tableau de bord, ${TODAY}, ${SIZE.toLocaleString("fr-FR")} offres / candidatures / demandes, ` +
      `${os.cpus().length} cœurs, charge ${os.loadavg()[0]!.toFixed(1)}, PostgreSQL ${version[0]?.server_version ?? "?"}, Node ${process.version}\n`,
  );
  console.log("| Filtres | Mesure | p50 (ms) | p95 (ms) |\n| --- | --- | ---: | ---: |");
  for (const r of rows) console.log(`| ${r.scenario} | ${r.path} | ${ms(r.p50)} | ${ms(r.p95)} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
