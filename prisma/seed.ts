// Demo and test data: reference data, the personas, a few Landes organisations with sites, and
// ~300 generated placement offers (prisma/demo/stages.ts) with the persona learner's applications.
// Every write is an upsert on a stable id, so `tsx prisma/seed.ts` can run any number of times.
import { pathToFileURL } from "node:url";
import { hash } from "@node-rs/argon2";
import type { OrganisationType, PrismaClient, Role } from "@/generated/prisma/client";
import { todayInParis } from "@/lib/dates";
import type { StageStatut } from "@/lib/stages/constants";
import { siretValid } from "@/lib/validation/identifiants";
import { PERSONA_PASSWORD, personas } from "@/prisma/personas";
import { createScriptClient } from "./client";
import {
  DEMO_ID_PREFIX,
  generateDemoStages,
  PERSONA_EMPLOYEUR_SITE_ID,
  type CategorieCode,
  type DemoCommuneInput,
  type DemoHostSite,
} from "./demo/stages";
import { importReferenceData, type ReferenceImportResult } from "./reference/import";
import { seedDemoFormations } from "./demo/formations";
import { seedDemoGouvernance } from "./demo/gouvernance";
import { seedDemoModerationHistory } from "./demo/moderation";
import { seedDemoFreins } from "./demo/freins";
import { seedDemoRessources } from "./demo/ressources";

type DemoSite = {
  id: string;
  nom: string;
  categorie: CategorieCode | null;
  public: string | null;
  adresse: string;
  communeCode: string;
};

type DemoUser = { id: string; email: string; prenom: string; nom: string; roles: Role[] };

type DemoOrganisation = {
  id: string;
  type: OrganisationType;
  nom: string;
  siret: string;
  finess?: string;
  adresse: string;
  communeCode: string;
  statut: "verifiee" | "en_attente";
  members: readonly string[];
  sites: readonly DemoSite[];
};

const DEMO_USERS: readonly DemoUser[] = [
  ...Object.values(personas).map((p) => ({
    id: p.id,
    email: p.email,
    prenom: p.prenom,
    nom: p.nom,
    roles: [...p.roles],
  })),
  // The person who registered the pending organisation, so the staff queue shows a requester.
  {
    id: "demo-user-ssiad-pissos",
    email: "ssiad.pissos@demo.iflts.fr",
    prenom: "Nathalie",
    nom: "Lesbats",
    roles: [],
  },
];

const { employeur, organisme } = personas;

const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    ...employeur.organisation,
    statut: "verifiee",
    members: [employeur.id],
    sites: [
      {
        id: PERSONA_EMPLOYEUR_SITE_ID,
        nom: "EHPAD Les Pins",
        categorie: "EHPAD",
        public: "PERSONNES_AGEES",
        adresse: "12 avenue des Pins",
        communeCode: "40192",
      },
    ],
  },
  {
    ...organisme.organisation,
    statut: "verifiee",
    members: [organisme.id],
    sites: [
      {
        id: "persona-site-institut-adour-dax",
        nom: "Institut de formation Adour, site de Dax",
        categorie: null,
        public: null,
        adresse: "5 rue de l'Adour",
        communeCode: "40088",
      },
    ],
  },
  {
    id: "demo-org-ehpad-dax",
    type: "employeur",
    nom: "EHPAD Résidence du Sablar (démo)",
    siret: "81040101800017",
    adresse: "18 rue du Sablar",
    communeCode: "40088",
    statut: "verifiee",
    members: [],
    sites: [
      {
        id: "demo-site-ehpad-sablar",
        nom: "EHPAD Résidence du Sablar",
        categorie: "EHPAD",
        public: "PERSONNES_AGEES",
        adresse: "18 rue du Sablar",
        communeCode: "40088",
      },
      {
        id: "demo-site-residence-autonomie-dax",
        nom: "Résidence autonomie Les Arènes",
        categorie: "RESIDENCE_AUTONOMIE",
        public: "PERSONNES_AGEES",
        adresse: "3 boulevard des Arènes",
        communeCode: "40088",
      },
    ],
  },
  {
    id: "demo-org-saad-mimizan",
    type: "employeur",
    nom: "Aide à domicile Côte d'Argent (démo)",
    siret: "81040102600010",
    adresse: "7 avenue de Bordeaux",
    communeCode: "40184",
    statut: "verifiee",
    members: [],
    sites: [
      {
        id: "demo-site-saad-mimizan",
        nom: "Agence de Mimizan",
        categorie: "SAAD",
        public: "DOMICILE",
        adresse: "7 avenue de Bordeaux",
        communeCode: "40184",
      },
      {
        id: "demo-site-saad-biscarrosse",
        nom: "Agence de Biscarrosse",
        categorie: "SAAD",
        public: "DOMICILE",
        adresse: "22 avenue du 14 Juillet",
        communeCode: "40046",
      },
    ],
  },
  {
    id: "demo-org-ime-saint-paul",
    type: "employeur",
    nom: "Association Les Chênes (démo)",
    siret: "81040103400014",
    adresse: "40 avenue de la Résistance",
    communeCode: "40279",
    statut: "verifiee",
    members: [],
    sites: [
      {
        id: "demo-site-ime-les-chenes",
        nom: "IME Les Chênes",
        categorie: "IME",
        public: "HANDICAP",
        adresse: "40 avenue de la Résistance",
        communeCode: "40279",
      },
      {
        id: "demo-site-sessad-les-chenes",
        nom: "SESSAD Les Chênes",
        categorie: "SESSAD",
        public: "HANDICAP",
        adresse: "2 rue des Écoles",
        communeCode: "40088",
      },
    ],
  },
  {
    id: "demo-org-mecs-mont-de-marsan",
    type: "employeur",
    nom: "Maison d'enfants La Douze (démo)",
    siret: "81040104200017",
    adresse: "9 rue de la Douze",
    communeCode: "40192",
    statut: "verifiee",
    members: [],
    sites: [
      {
        id: "demo-site-mecs-la-douze",
        nom: "MECS La Douze",
        categorie: "MECS",
        public: "PROTECTION_ENFANCE",
        adresse: "9 rue de la Douze",
        communeCode: "40192",
      },
      {
        id: "demo-site-aemo-mont-de-marsan",
        nom: "Service d'AEMO du Marsan",
        categorie: "AEMO",
        public: "PROTECTION_ENFANCE",
        adresse: "14 place Saint-Roch",
        communeCode: "40192",
      },
      {
        id: "demo-site-aemo-saint-sever",
        nom: "Antenne AEMO de Saint-Sever",
        categorie: "AEMO",
        public: "PROTECTION_ENFANCE",
        adresse: "1 place du Tour-du-Sol",
        communeCode: "40282",
      },
    ],
  },
  {
    id: "demo-org-creche-capbreton",
    type: "employeur",
    nom: "Les P'tits Mousses, crèches associatives (démo)",
    siret: "81040105900011",
    adresse: "5 allée des Ortolans",
    communeCode: "40065",
    statut: "verifiee",
    members: [],
    sites: [
      {
        id: "demo-site-creche-capbreton",
        nom: "Crèche Les P'tits Mousses de Capbreton",
        categorie: "EAJE",
        public: "PETITE_ENFANCE",
        adresse: "5 allée des Ortolans",
        communeCode: "40065",
      },
      {
        id: "demo-site-creche-tyrosse",
        nom: "Crèche Les P'tits Mousses de Tyrosse",
        categorie: "EAJE",
        public: "PETITE_ENFANCE",
        adresse: "11 rue du Stade",
        communeCode: "40284",
      },
    ],
  },
  {
    id: "demo-org-esat-aire",
    type: "employeur",
    nom: "ESAT du Tursan (démo)",
    siret: "81040106700014",
    adresse: "Zone artisanale du Houga",
    communeCode: "40001",
    statut: "verifiee",
    members: [],
    sites: [
      {
        id: "demo-site-esat-tursan",
        nom: "ESAT du Tursan",
        categorie: "ESAT",
        public: "HANDICAP",
        adresse: "Zone artisanale du Houga",
        communeCode: "40001",
      },
      {
        id: "demo-site-foyer-vie-aire",
        nom: "Foyer de vie L'Adour",
        categorie: "FOYER_VIE",
        public: "HANDICAP",
        adresse: "6 chemin de Labarthe",
        communeCode: "40001",
      },
    ],
  },
  {
    id: "demo-org-chrs-morcenx",
    type: "employeur",
    nom: "Accueil Haute Lande (démo)",
    siret: "81040107500017",
    adresse: "4 rue de la Gare",
    communeCode: "40197",
    statut: "verifiee",
    members: [],
    sites: [
      {
        id: "demo-site-chrs-morcenx",
        nom: "CHRS Haute Lande",
        categorie: "CHRS",
        public: "INSERTION",
        adresse: "4 rue de la Gare",
        communeCode: "40197",
      },
    ],
  },
  {
    id: "demo-org-of-mont-de-marsan",
    type: "organisme_formation",
    nom: "Centre de formation Landes Solidarités (démo)",
    siret: "81040108300011",
    adresse: "25 boulevard d'Haussez",
    communeCode: "40192",
    statut: "verifiee",
    members: [],
    sites: [
      {
        id: "demo-site-of-mont-de-marsan",
        nom: "Campus de Mont-de-Marsan",
        categorie: null,
        public: null,
        adresse: "25 boulevard d'Haussez",
        communeCode: "40192",
      },
      {
        id: "demo-site-of-saint-vincent",
        nom: "Antenne de Saint-Vincent-de-Tyrosse",
        categorie: null,
        public: null,
        adresse: "8 avenue Nationale",
        communeCode: "40284",
      },
    ],
  },
  {
    id: "demo-org-of-morcenx",
    type: "organisme_formation",
    nom: "Formations sanitaires et sociales de la Haute Lande (démo)",
    siret: "81040109100014",
    adresse: "12 avenue Maurice-Martin",
    communeCode: "40197",
    statut: "verifiee",
    members: [],
    sites: [
      {
        id: "demo-site-of-morcenx",
        nom: "Site de Morcenx",
        categorie: null,
        public: null,
        adresse: "12 avenue Maurice-Martin",
        communeCode: "40197",
      },
    ],
  },
  {
    id: "demo-org-ssiad-pissos",
    type: "employeur",
    nom: "SSIAD de la Grande Lande (démo)",
    siret: "81040110900014",
    adresse: "2 place de la Mairie",
    communeCode: "40227",
    statut: "en_attente",
    members: ["demo-user-ssiad-pissos"],
    sites: [
      {
        id: "demo-site-ssiad-pissos",
        nom: "SSIAD de la Grande Lande",
        categorie: "SSIAD",
        public: "PERSONNES_AGEES",
        adresse: "2 place de la Mairie",
        communeCode: "40227",
      },
    ],
  },
];

export type SeedResult = {
  reference: ReferenceImportResult;
  stages: { offres: number; candidatures: number };
  formations: { offres: number; sessions: number };
};

/**
 * Imports the reference data, then upserts the demo accounts, organisations, memberships and sites,
 * then the generated demo offers (dates relative to `today`, "YYYY-MM-DD" in Paris).
 * Reruns create nothing new and keep staff decisions (an organisation's statut is set on creation only);
 * the demo offers and applications are reset to their generated state.
 */
export async function seedDatabase(db: PrismaClient, today: string = todayInParis()): Promise<SeedResult> {
  const invalid = DEMO_ORGANISATIONS.filter((o) => !siretValid(o.siret)).map((o) => `${o.id} (${o.siret})`);
  if (invalid.length > 0) throw new Error(`SIRET invalide dans le seed : ${invalid.join(", ")}`);

  const reference = await importReferenceData(db);

  const [communes, categories, publics, diplomes, users] = await Promise.all([
    db.commune.findMany({ select: { code: true, nom: true, latitude: true, longitude: true } }),
    db.categorieEtablissement.findMany({ select: { id: true, code: true } }),
    db.public.findMany({ select: { id: true, code: true } }),
    db.diplome.findMany({ select: { id: true, code: true } }),
    // One argon2id hash (own salt) per account, all of PERSONA_PASSWORD; native, so they run in parallel.
    Promise.all(DEMO_USERS.map(async (u) => ({ ...u, passwordHash: await hash(PERSONA_PASSWORD) }))),
  ]);
  const communeByCode = new Map(communes.map((c) => [c.code, c]));
  const categorieIds = new Map(categories.map((c) => [c.code, c.id]));
  const publicIds = new Map(publics.map((p) => [p.code, p.id]));
  const lookup = (map: Map<string, string>, code: string | null, what: string): string | null => {
    if (code === null) return null;
    const id = map.get(code);
    if (!id) throw new Error(`${what} inconnu(e) : ${code}`);
    return id;
  };

  const verifiedAt = new Date();
  await db.$transaction([
    ...users.map((u) =>
      db.user.upsert({
        where: { id: u.id },
        create: u,
        update: {
          email: u.email,
          prenom: u.prenom,
          nom: u.nom,
          roles: u.roles,
          passwordHash: u.passwordHash,
        },
      }),
    ),
    ...DEMO_ORGANISATIONS.map((o) => {
      const fields = {
        type: o.type,
        nom: o.nom,
        siret: o.siret,
        finess: o.finess ?? null,
        adresse: o.adresse,
        communeCode: o.communeCode,
      };
      return db.organisation.upsert({
        where: { id: o.id },
        create: {
          id: o.id,
          ...fields,
          statut: o.statut,
          verifiedAt: o.statut === "verifiee" ? verifiedAt : null,
        },
        update: fields,
      });
    }),
    ...DEMO_ORGANISATIONS.flatMap((o) =>
      o.members.map((userId) =>
        db.organisationMember.upsert({
          where: { userId_organisationId: { userId, organisationId: o.id } },
          create: { userId, organisationId: o.id },
          update: {},
        }),
      ),
    ),
    ...DEMO_ORGANISATIONS.flatMap((o) =>
      o.sites.map((s) => {
        const commune = communeByCode.get(s.communeCode);
        if (!commune) throw new Error(`Commune inconnue pour le site ${s.id} : ${s.communeCode}`);
        const fields = {
          organisationId: o.id,
          nom: s.nom,
          categorieId: lookup(categorieIds, s.categorie, "Catégorie"),
          publicId: lookup(publicIds, s.public, "Public"),
          adresse: s.adresse,
          communeCode: s.communeCode,
          latitude: commune.latitude,
          longitude: commune.longitude,
          coordonneesSource: "commune" as const,
        };
        return db.site.upsert({ where: { id: s.id }, create: { id: s.id, ...fields }, update: fields });
      }),
    ),
  ]);

  const stages = await seedDemoStages(db, today, communes, {
    categorieIds,
    publicIds,
    diplomeIds: new Map(diplomes.map((d) => [d.code, d.id])),
  });
  const formations = await seedDemoFormations(db, today);
  // After the organisations of the stages and formations: it lists some of them in the directory.
  await seedDemoGouvernance(db);
  await seedDemoFreins(db, today);
  await seedDemoRessources(db);
  // Last: the offers of every demo part (Pissos included) exist.
  await seedDemoModerationHistory(db);
  return { reference, stages, formations };
}

/** Verified demo employers other than the persona's: their sites carry part of the generated offers. */
const HOST_SITES: readonly DemoHostSite[] = DEMO_ORGANISATIONS.filter(
  (o) => o.type === "employeur" && o.statut === "verifiee" && o.id !== employeur.organisation.id,
).flatMap((o) =>
  o.sites.flatMap((s) =>
    s.categorie
      ? [{ id: s.id, organisationId: o.id, nom: s.nom, categorie: s.categorie, communeCode: s.communeCode }]
      : [],
  ),
);

type ReferenceIds = {
  categorieIds: ReadonlyMap<string, string>;
  publicIds: ReadonlyMap<string, string>;
  diplomeIds: ReadonlyMap<string, string>;
};

/**
 * Writes the generated employers, sites, offers (with periods and diplomas) and applications in one
 * transaction of a few set-based statements: fast over the single connection of the embedded database.
 * Offers copy their point, commune, public and category from their site's row.
 */
async function seedDemoStages(
  db: PrismaClient,
  today: string,
  communes: readonly DemoCommuneInput[],
  ids: ReferenceIds,
): Promise<{ offres: number; candidatures: number }> {
  const demo = generateDemoStages({ today, communes, hostSites: HOST_SITES });
  const invalid = demo.organisations.filter((o) => !siretValid(o.siret)).map((o) => `${o.id} (${o.siret})`);
  if (invalid.length > 0)
    throw new Error(`SIRET invalide dans les offres de démonstration : ${invalid.join(", ")}`);
  const id = (map: ReadonlyMap<string, string>, code: string, what: string): string => {
    const found = map.get(code);
    if (!found) throw new Error(`${what} inconnu(e) : ${code}`);
    return found;
  };

  // Each table travels as one jsonb parameter, expanded server-side by jsonb_to_recordset.
  const json = (rows: unknown) => JSON.stringify(rows);
  const sites = demo.organisations.flatMap((o) => o.sites);
  const organisationRows = json(demo.organisations.map(({ sites: _sites, ...o }) => o));
  const siteRows = json(
    sites.map((s) => ({
      id: s.id,
      organisationId: s.organisationId,
      nom: s.nom,
      categorieId: id(ids.categorieIds, s.categorie, "Catégorie"),
      publicId: id(ids.publicIds, s.public, "Public"),
      adresse: s.adresse,
      communeCode: s.communeCode,
      latitude: s.latitude,
      longitude: s.longitude,
    })),
  );
  const offreIds = json(demo.offres.map((o) => o.id));
  const siteIds = json(sites.map((s) => s.id));
  const organisationIds = json(demo.organisations.map((o) => o.id));
  const offreRows = json(
    demo.offres.map(({ periodes: _p, diplomes: _d, categorie: _c, communeCode: _cc, ...o }) => o),
  );
  const periodeRows = json(demo.offres.flatMap((o) => o.periodes.map((p) => ({ ...p, offreId: o.id }))));
  const diplomeRows = json(
    demo.offres.flatMap((o) =>
      o.diplomes.map((code) => ({ offreId: o.id, diplomeId: id(ids.diplomeIds, code, "Diplôme") })),
    ),
  );
  const candidatureRows = json(
    demo.candidatures.map(({ diplome, ...c }) => ({
      ...c,
      diplomeId: id(ids.diplomeIds, diplome, "Diplôme"),
    })),
  );
  const prefix = (p: string) => `${p}%`;

  await db.$transaction([
    // Leftovers of an earlier version of the generator (none while it is unchanged).
    db.$executeRaw`
      DELETE FROM "StageOffre"
      WHERE "id" LIKE ${prefix(DEMO_ID_PREFIX.offre)}
        AND "id" NOT IN (SELECT jsonb_array_elements_text(${offreIds}::jsonb))`,
    db.$executeRaw`
      DELETE FROM "Site" s
      WHERE s."id" LIKE ${prefix(DEMO_ID_PREFIX.site)}
        AND s."id" NOT IN (SELECT jsonb_array_elements_text(${siteIds}::jsonb))
        AND NOT EXISTS (SELECT 1 FROM "StageOffre" o WHERE o."siteId" = s."id")`,
    db.$executeRaw`
      DELETE FROM "Organisation" g
      WHERE g."id" LIKE ${prefix(DEMO_ID_PREFIX.organisation)}
        AND g."id" NOT IN (SELECT jsonb_array_elements_text(${organisationIds}::jsonb))
        AND NOT EXISTS (SELECT 1 FROM "StageOffre" o WHERE o."organisationId" = g."id")`,
    // Generated employers: verified on creation; a later staff decision on their statut is kept.
    db.$executeRaw`
      INSERT INTO "Organisation" ("id", "type", "nom", "siret", "finess", "adresse", "communeCode", "statut", "verifiedAt", "updatedAt")
      SELECT x.id, 'employeur', x.nom, x.siret, x.finess, x.adresse, x."communeCode", 'verifiee', now(), now()
      FROM jsonb_to_recordset(${organisationRows}::jsonb)
        AS x(id text, nom text, siret text, finess text, adresse text, "communeCode" text)
      ON CONFLICT ("id") DO UPDATE SET
        "nom" = EXCLUDED."nom", "siret" = EXCLUDED."siret", "finess" = EXCLUDED."finess",
        "adresse" = EXCLUDED."adresse", "communeCode" = EXCLUDED."communeCode", "updatedAt" = now()
      WHERE ("Organisation"."nom", "Organisation"."siret", "Organisation"."finess", "Organisation"."adresse", "Organisation"."communeCode")
            IS DISTINCT FROM (EXCLUDED."nom", EXCLUDED."siret", EXCLUDED."finess", EXCLUDED."adresse", EXCLUDED."communeCode")`,
    // The jittered point is not the commune's centre: recorded as a precise ("manuelle") position.
    db.$executeRaw`
      INSERT INTO "Site" ("id", "organisationId", "nom", "categorieId", "publicId", "adresse", "communeCode",
                          "latitude", "longitude", "coordonneesSource", "updatedAt")
      SELECT x.id, x."organisationId", x.nom, x."categorieId", x."publicId", x.adresse, x."communeCode",
             x.latitude, x.longitude, 'manuelle', now()
      FROM jsonb_to_recordset(${siteRows}::jsonb)
        AS x(id text, "organisationId" text, nom text, "categorieId" text, "publicId" text, adresse text,
             "communeCode" text, latitude double precision, longitude double precision)
      ON CONFLICT ("id") DO UPDATE SET
        "organisationId" = EXCLUDED."organisationId", "nom" = EXCLUDED."nom", "categorieId" = EXCLUDED."categorieId",
        "publicId" = EXCLUDED."publicId", "adresse" = EXCLUDED."adresse", "communeCode" = EXCLUDED."communeCode",
        "latitude" = EXCLUDED."latitude", "longitude" = EXCLUDED."longitude",
        "coordonneesSource" = EXCLUDED."coordonneesSource", "updatedAt" = now()
      WHERE ("Site"."organisationId", "Site"."nom", "Site"."categorieId", "Site"."publicId", "Site"."adresse",
             "Site"."communeCode", "Site"."latitude", "Site"."longitude", "Site"."coordonneesSource")
            IS DISTINCT FROM (EXCLUDED."organisationId", EXCLUDED."nom", EXCLUDED."categorieId", EXCLUDED."publicId",
             EXCLUDED."adresse", EXCLUDED."communeCode", EXCLUDED."latitude", EXCLUDED."longitude", EXCLUDED."coordonneesSource")`,
    db.$executeRaw`
      INSERT INTO "StageOffre" (
        "id", "organisationId", "siteId", "titre", "description", "niveau", "publicId", "categorieId",
        "touteLAnnee", "dureeMinSemaines", "dureeMaxSemaines", "places", "placesRestantes",
        "tuteurNom", "tuteurFonction", "tuteurContact", "gratification", "gratificationDetail", "logement",
        "sansVoiture", "transportDetail", "distanceGareKm", "permisRequis", "horairesNuit", "horairesWeekend",
        "statut", "motifRefus", "soumiseAt", "publieeAt", "finDernierePeriode",
        "latitude", "longitude", "communeCode", "createdAt", "updatedAt")
      SELECT x.id, x."organisationId", x."siteId", x.titre, x.description, x.niveau, s."publicId", s."categorieId",
        x."touteLAnnee", x."dureeMinSemaines", x."dureeMaxSemaines", x.places, x."placesRestantes",
        x."tuteurNom", x."tuteurFonction", x."tuteurContact", x.gratification, x."gratificationDetail", x.logement,
        x."sansVoiture", x."transportDetail", x."distanceGareKm", x."permisRequis", x."horairesNuit", x."horairesWeekend",
        x.statut::"StageStatut", x."motifRefus", x."soumiseAt", x."publieeAt", x."finDernierePeriode",
        s.latitude, s.longitude, s."communeCode", x."createdAt", x."updatedAt"
      FROM jsonb_to_recordset(${offreRows}::jsonb) AS x(
        id text, "organisationId" text, "siteId" text, titre text, description text, niveau text,
        "touteLAnnee" boolean, "dureeMinSemaines" integer, "dureeMaxSemaines" integer, places integer,
        "placesRestantes" integer, "tuteurNom" text, "tuteurFonction" text, "tuteurContact" text,
        gratification boolean, "gratificationDetail" text, logement boolean, "sansVoiture" boolean,
        "transportDetail" text, "distanceGareKm" double precision, "permisRequis" boolean, "horairesNuit" boolean,
        "horairesWeekend" boolean, statut text, "motifRefus" text, "soumiseAt" timestamp, "publieeAt" timestamp,
        "finDernierePeriode" timestamp, "createdAt" timestamp, "updatedAt" timestamp)
      JOIN "Site" s ON s."id" = x."siteId"
      ON CONFLICT ("id") DO UPDATE SET
        "organisationId" = EXCLUDED."organisationId", "siteId" = EXCLUDED."siteId", "titre" = EXCLUDED."titre",
        "description" = EXCLUDED."description", "niveau" = EXCLUDED."niveau", "publicId" = EXCLUDED."publicId",
        "categorieId" = EXCLUDED."categorieId", "touteLAnnee" = EXCLUDED."touteLAnnee",
        "dureeMinSemaines" = EXCLUDED."dureeMinSemaines", "dureeMaxSemaines" = EXCLUDED."dureeMaxSemaines",
        "places" = EXCLUDED."places", "placesRestantes" = EXCLUDED."placesRestantes",
        "tuteurNom" = EXCLUDED."tuteurNom", "tuteurFonction" = EXCLUDED."tuteurFonction",
        "tuteurContact" = EXCLUDED."tuteurContact", "gratification" = EXCLUDED."gratification",
        "gratificationDetail" = EXCLUDED."gratificationDetail", "logement" = EXCLUDED."logement",
        "sansVoiture" = EXCLUDED."sansVoiture", "transportDetail" = EXCLUDED."transportDetail",
        "distanceGareKm" = EXCLUDED."distanceGareKm", "permisRequis" = EXCLUDED."permisRequis",
        "horairesNuit" = EXCLUDED."horairesNuit", "horairesWeekend" = EXCLUDED."horairesWeekend",
        "statut" = EXCLUDED."statut", "motifRefus" = EXCLUDED."motifRefus", "soumiseAt" = EXCLUDED."soumiseAt",
        "publieeAt" = EXCLUDED."publieeAt", "finDernierePeriode" = EXCLUDED."finDernierePeriode",
        "latitude" = EXCLUDED."latitude", "longitude" = EXCLUDED."longitude", "communeCode" = EXCLUDED."communeCode",
        "createdAt" = EXCLUDED."createdAt", "updatedAt" = EXCLUDED."updatedAt"`,
    // Periods and diplomas: deleted and recreated, their set may change from one run to the next.
    db.$executeRaw`
      DELETE FROM "StagePeriode" WHERE "offreId" IN (SELECT jsonb_array_elements_text(${offreIds}::jsonb))`,
    db.$executeRaw`
      DELETE FROM "StageOffreDiplome" WHERE "offreId" IN (SELECT jsonb_array_elements_text(${offreIds}::jsonb))`,
    db.$executeRaw`
      INSERT INTO "StagePeriode" ("id", "offreId", "debut", "fin")
      SELECT x.id, x."offreId", x.debut, x.fin
      FROM jsonb_to_recordset(${periodeRows}::jsonb) AS x(id text, "offreId" text, debut date, fin date)`,
    db.$executeRaw`
      INSERT INTO "StageOffreDiplome" ("offreId", "diplomeId")
      SELECT x."offreId", x."diplomeId"
      FROM jsonb_to_recordset(${diplomeRows}::jsonb) AS x("offreId" text, "diplomeId" text)`,
    db.$executeRaw`
      INSERT INTO "Candidature" ("id", "offreId", "apprenantId", "message", "organismeFormation", "diplomeId",
                                 "periodeDebut", "periodeFin", "statut", "motifRefus", "lueAt", "reponduAt",
                                 "createdAt", "updatedAt")
      SELECT x.id, x."offreId", x."apprenantId", x.message, x."organismeFormation", x."diplomeId",
             x."periodeDebut", x."periodeFin", x.statut::"CandidatureStatut", NULL, x."lueAt", x."reponduAt",
             x."createdAt", COALESCE(x."reponduAt", x."lueAt", x."createdAt")
      FROM jsonb_to_recordset(${candidatureRows}::jsonb) AS x(
        id text, "offreId" text, "apprenantId" text, message text, "organismeFormation" text, "diplomeId" text,
        "periodeDebut" date, "periodeFin" date, statut text, "lueAt" timestamp, "reponduAt" timestamp,
        "createdAt" timestamp)
      ON CONFLICT ("id") DO UPDATE SET
        "offreId" = EXCLUDED."offreId", "apprenantId" = EXCLUDED."apprenantId", "message" = EXCLUDED."message",
        "organismeFormation" = EXCLUDED."organismeFormation", "diplomeId" = EXCLUDED."diplomeId",
        "periodeDebut" = EXCLUDED."periodeDebut", "periodeFin" = EXCLUDED."periodeFin", "statut" = EXCLUDED."statut",
        "motifRefus" = NULL, "lueAt" = EXCLUDED."lueAt", "reponduAt" = EXCLUDED."reponduAt",
        "createdAt" = EXCLUDED."createdAt", "updatedAt" = EXCLUDED."updatedAt"`,
  ]);
  return { offres: demo.offres.length, candidatures: demo.candidatures.length };
}

const STATUT_LIBELLES: Record<StageStatut, readonly [un: string, plusieurs: string]> = {
  brouillon: ["brouillon", "brouillons"],
  soumise: ["en attente de modération", "en attente de modération"],
  publiee: ["publiée", "publiées"],
  pourvue: ["pourvue", "pourvues"],
  expiree: ["expirée", "expirées"],
  archivee: ["archivée", "archivées"],
  refusee: ["refusée", "refusées"],
};

async function main() {
  // Demo accounts share a published password: never on a production database.
  if (process.env.NODE_ENV === "production") {
    console.error(
      "Le seed crée des comptes de démonstration : refusé avec NODE_ENV=production (utilisez npm run db:reference).",
    );
    process.exitCode = 1;
    return;
  }
  const started = performance.now();
  const db = createScriptClient();
  try {
    const { reference, formations } = await seedDatabase(db);
    const [
      communes,
      epcis,
      territoires,
      diplomes,
      categories,
      publics,
      users,
      organisations,
      enAttente,
      sites,
      offresParStatut,
      candidatures,
    ] = await Promise.all([
      db.commune.count(),
      db.epci.count(),
      db.territoire.count(),
      db.diplome.count(),
      db.categorieEtablissement.count(),
      db.public.count(),
      db.user.count(),
      db.organisation.count(),
      db.organisation.count({ where: { statut: "en_attente" } }),
      db.site.count(),
      db.stageOffre.groupBy({ by: ["statut"], _count: { _all: true }, orderBy: { statut: "asc" } }),
      db.candidature.count(),
    ]);
    const offres = offresParStatut.reduce((sum, g) => sum + g._count._all, 0);
    const parStatut = offresParStatut.map(
      (g) => `${g._count._all} ${STATUT_LIBELLES[g.statut][g._count._all > 1 ? 1 : 0]}`,
    );
    const changed = Object.values(reference).reduce((sum, n) => sum + n, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seed terminé en ${seconds} s : ${communes} communes, ${epcis} EPCI, ${territoires} territoires, ${diplomes} diplômes, ` +
        `${categories} catégories, ${publics} publics, ${users} comptes, ${organisations} organisations (${enAttente} en attente), ` +
        `${sites} sites, ${offres} offres de stage (${parStatut.join(", ")}), ${candidatures} candidatures, ` +
        `${formations.offres} formations (${formations.sessions} sessions) ; ` +
        `${changed} ligne(s) de référence créée(s) ou mise(s) à jour.`,
    );
  } finally {
    await db.$disconnect();
  }
}

// Runs only as a script (`tsx prisma/seed.ts`), not when a test imports seedDatabase.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error("Échec du seed :", error);
    process.exitCode = 1;
  });
}
