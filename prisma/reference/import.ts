// Idempotent import of the reference data: a handful of set-based upserts in one transaction,
// fast even over the single connection of the embedded demo database.
import type { PrismaClient } from "@/generated/prisma/client";
import { CATEGORIES, categorieId } from "./categories";
import { COLLEGES, collegeId } from "./colleges";
import { buildLandesReference, readRawReferenceFiles, type RawReferenceFiles } from "./communes";
import { DIPLOMES, diplomeId } from "./diplomes";
import { PUBLICS, publicId } from "./publics";
import { TERRITOIRES, territoireId, territoireSlugForEpci } from "./territoires";

/** Rows inserted or changed per table; all zero when the database was already up to date. */
export type ReferenceImportResult = {
  territoires: number;
  epcis: number;
  communes: number;
  diplomes: number;
  categories: number;
  publics: number;
  colleges: number;
};

/**
 * Upserts territories, EPCI, communes, diplomas, categories, publics and the collèges. Reruns change nothing;
 * staff decisions survive: an EPCI keeps its territory once set, a confirmed territory
 * (demo = false) keeps its name, and a commune placed precisely (coordsApprox = false) keeps its point.
 */
export async function importReferenceData(
  db: PrismaClient,
  raw: RawReferenceFiles = readRawReferenceFiles(),
): Promise<ReferenceImportResult> {
  const { communes, epcis } = buildLandesReference(raw);
  const unassigned = epcis.filter((e) => territoireSlugForEpci(e.code) === undefined);
  if (unassigned.length > 0)
    throw new Error(`EPCI sans territoire : ${unassigned.map((e) => `${e.code} ${e.nom}`).join(", ")}`);

  // Each table travels as one jsonb parameter, expanded server-side by jsonb_to_recordset.
  const json = (rows: readonly object[]) => JSON.stringify(rows);
  const territoireRows = json(
    TERRITOIRES.map((t) => ({ id: territoireId(t.slug), slug: t.slug, nom: t.nom, demo: t.demo })),
  );
  const epciRows = json(
    epcis.map((e) => ({ code: e.code, nom: e.nom, territoire: territoireSlugForEpci(e.code) })),
  );
  const communeRows = json(communes);
  const diplomeRows = json(DIPLOMES.map((d) => ({ id: diplomeId(d.slug), ...d })));
  const categorieRows = json(CATEGORIES.map((c) => ({ id: categorieId(c.code), ...c })));
  const publicRows = json(PUBLICS.map((p) => ({ id: publicId(p.code), ...p })));
  const collegeRows = json(COLLEGES.map((c) => ({ id: collegeId(c.slug), ...c })));

  const [territoires, epciCount, communeCount, diplomes, categories, publics, colleges] =
    await db.$transaction([
      db.$executeRaw`
      INSERT INTO "Territoire" ("id", "slug", "nom", "demo")
      SELECT x.id, x.slug, x.nom, x.demo
      FROM jsonb_to_recordset(${territoireRows}::jsonb) AS x(id text, slug text, nom text, demo boolean)
      ON CONFLICT ("slug") DO UPDATE SET "nom" = EXCLUDED."nom"
      WHERE "Territoire"."demo" AND "Territoire"."nom" IS DISTINCT FROM EXCLUDED."nom"`,
      db.$executeRaw`
      INSERT INTO "Epci" ("code", "nom", "territoireId")
      SELECT x.code, x.nom, t."id"
      FROM jsonb_to_recordset(${epciRows}::jsonb) AS x(code text, nom text, territoire text)
      LEFT JOIN "Territoire" t ON t."slug" = x.territoire
      ON CONFLICT ("code") DO UPDATE SET
        "nom" = EXCLUDED."nom",
        "territoireId" = COALESCE("Epci"."territoireId", EXCLUDED."territoireId")
      WHERE "Epci"."nom" IS DISTINCT FROM EXCLUDED."nom"
         OR ("Epci"."territoireId" IS NULL AND EXCLUDED."territoireId" IS NOT NULL)`,
      db.$executeRaw`
      INSERT INTO "Commune" ("code", "nom", "codesPostaux", "population", "latitude", "longitude", "coordsApprox", "epciCode")
      SELECT x.code, x.nom, x."codesPostaux", x.population, x.latitude, x.longitude, x."coordsApprox", x."epciCode"
      FROM jsonb_to_recordset(${communeRows}::jsonb)
        AS x(code text, nom text, "codesPostaux" text[], population integer, latitude double precision,
             longitude double precision, "coordsApprox" boolean, "epciCode" text)
      ON CONFLICT ("code") DO UPDATE SET
        "nom" = EXCLUDED."nom",
        "codesPostaux" = EXCLUDED."codesPostaux",
        "population" = EXCLUDED."population",
        "epciCode" = EXCLUDED."epciCode",
        "latitude" = CASE WHEN "Commune"."coordsApprox" THEN EXCLUDED."latitude" ELSE "Commune"."latitude" END,
        "longitude" = CASE WHEN "Commune"."coordsApprox" THEN EXCLUDED."longitude" ELSE "Commune"."longitude" END
      WHERE ("Commune"."nom", "Commune"."codesPostaux", "Commune"."population", "Commune"."epciCode")
              IS DISTINCT FROM (EXCLUDED."nom", EXCLUDED."codesPostaux", EXCLUDED."population", EXCLUDED."epciCode")
         OR ("Commune"."coordsApprox"
             AND ("Commune"."latitude", "Commune"."longitude") IS DISTINCT FROM (EXCLUDED."latitude", EXCLUDED."longitude"))`,
      db.$executeRaw`
      INSERT INTO "Diplome" ("id", "code", "slug", "intitule", "metier", "niveau", "rncp")
      SELECT x.id, x.code, x.slug, x.intitule, x.metier, x.niveau, x.rncp
      FROM jsonb_to_recordset(${diplomeRows}::jsonb)
        AS x(id text, code text, slug text, intitule text, metier text, niveau integer, rncp text)
      ON CONFLICT ("code") DO UPDATE SET
        "slug" = EXCLUDED."slug", "intitule" = EXCLUDED."intitule", "metier" = EXCLUDED."metier",
        "niveau" = EXCLUDED."niveau", "rncp" = EXCLUDED."rncp"
      WHERE ("Diplome"."slug", "Diplome"."intitule", "Diplome"."metier", "Diplome"."niveau", "Diplome"."rncp")
            IS DISTINCT FROM (EXCLUDED."slug", EXCLUDED."intitule", EXCLUDED."metier", EXCLUDED."niveau", EXCLUDED."rncp")`,
      db.$executeRaw`
      INSERT INTO "CategorieEtablissement" ("id", "code", "libelle")
      SELECT x.id, x.code, x.libelle FROM jsonb_to_recordset(${categorieRows}::jsonb) AS x(id text, code text, libelle text)
      ON CONFLICT ("code") DO UPDATE SET "libelle" = EXCLUDED."libelle"
      WHERE "CategorieEtablissement"."libelle" IS DISTINCT FROM EXCLUDED."libelle"`,
      db.$executeRaw`
      INSERT INTO "Public" ("id", "code", "libelle")
      SELECT x.id, x.code, x.libelle FROM jsonb_to_recordset(${publicRows}::jsonb) AS x(id text, code text, libelle text)
      ON CONFLICT ("code") DO UPDATE SET "libelle" = EXCLUDED."libelle"
      WHERE "Public"."libelle" IS DISTINCT FROM EXCLUDED."libelle"`,
      db.$executeRaw`
      INSERT INTO "College" ("id", "slug", "nom", "description", "membreType", "ordre")
      SELECT x.id, x.slug, x.nom, x.description, x."membreType"::"CollegeMembreType", x.ordre
      FROM jsonb_to_recordset(${collegeRows}::jsonb)
        AS x(id text, slug text, nom text, description text, "membreType" text, ordre integer)
      ON CONFLICT ("slug") DO UPDATE SET
        "nom" = EXCLUDED."nom", "description" = EXCLUDED."description",
        "membreType" = EXCLUDED."membreType", "ordre" = EXCLUDED."ordre"
      WHERE ("College"."nom", "College"."description", "College"."membreType", "College"."ordre")
            IS DISTINCT FROM (EXCLUDED."nom", EXCLUDED."description", EXCLUDED."membreType", EXCLUDED."ordre")`,
    ]);

  return { territoires, epcis: epciCount, communes: communeCount, diplomes, categories, publics, colleges };
}
