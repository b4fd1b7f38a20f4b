// Demo and test data: reference data, the personas, and a few Landes organisations with sites.
// Every write is an upsert on a stable id, so `tsx prisma/seed.ts` can run any number of times.
import { pathToFileURL } from "node:url";
import { hash } from "@node-rs/argon2";
import type { OrganisationType, PrismaClient, Role } from "@/generated/prisma/client";
import { siretValid } from "@/lib/validation/identifiants";
import { PERSONA_PASSWORD, personas } from "@/tests/personas";
import { createScriptClient } from "./client";
import { importReferenceData, type ReferenceImportResult } from "./reference/import";

type DemoSite = {
  id: string;
  nom: string;
  categorie: string | null;
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
        id: "persona-site-ehpad-les-pins",
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

export type SeedResult = { reference: ReferenceImportResult };

/**
 * Imports the reference data, then upserts the demo accounts, organisations, memberships and sites.
 * Reruns create nothing new and keep staff decisions (an organisation's statut is set on creation only).
 */
export async function seedDatabase(db: PrismaClient): Promise<SeedResult> {
  const invalid = DEMO_ORGANISATIONS.filter((o) => !siretValid(o.siret)).map((o) => `${o.id} (${o.siret})`);
  if (invalid.length > 0) throw new Error(`SIRET invalide dans le seed : ${invalid.join(", ")}`);

  const reference = await importReferenceData(db);

  const siteCommunes = DEMO_ORGANISATIONS.flatMap((o) => o.sites.map((s) => s.communeCode));
  const [communes, categories, publics, users] = await Promise.all([
    db.commune.findMany({
      where: { code: { in: siteCommunes } },
      select: { code: true, latitude: true, longitude: true },
    }),
    db.categorieEtablissement.findMany({ select: { id: true, code: true } }),
    db.public.findMany({ select: { id: true, code: true } }),
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

  return { reference };
}

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
    const { reference } = await seedDatabase(db);
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
    ]);
    const changed = Object.values(reference).reduce((sum, n) => sum + n, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seed terminé en ${seconds} s : ${communes} communes, ${epcis} EPCI, ${territoires} territoires, ${diplomes} diplômes, ` +
        `${categories} catégories, ${publics} publics, ${users} comptes, ${organisations} organisations (${enAttente} en attente), ` +
        `${sites} sites ; ${changed} ligne(s) de référence créée(s) ou mise(s) à jour.`,
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
