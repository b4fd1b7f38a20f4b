// Demo data of the governance: ~40 organisations listed in the partner directory (with a presentation
// and 1 to 3 links), three institutions, ~15 accepted organisation memberships over the three
// organisation collèges, a few learners' person memberships, one pending request for staff, and
// published good practices. Deterministic and idempotent: stable ids, upserts; memberships and
// practices keep their state once created (a staff decision in the demo survives a rerun).
// The persona employer's and training body's organisations stay out of every collège, so that the
// e2e journey can ask to join. Called by prisma/seed.ts after the other demo data.
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/generated/prisma/client";
import { collegeId } from "@/prisma/reference/colleges";
import { PERSONA_PASSWORD, personas } from "@/prisma/personas";

export const DEMO_GOUVERNANCE_PREFIX = {
  institution: "demo-gouv-org-",
  user: "demo-gouv-user-",
  membership: "demo-adhesion-",
  lien: "demo-lien-",
  pratique: "demo-pratique-",
  audit: "demo-audit-gouv-",
} as const;

const LISTED_COUNT = 40;

/** A 14-digit SIRET with a valid Luhn key, distinct per index (prefix unused by other demo data). */
function institutionSiret(index: number): string {
  const body = `86040${String(index).padStart(4, "0")}0001`;
  for (let key = 0; key < 10; key++) {
    const candidate = body + key;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let n = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      sum += n;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}

const INSTITUTIONS = [
  {
    nom: "Département des Landes, direction de la solidarité (démo)",
    adresse: "23 rue Victor Hugo",
    communeCode: "40192",
    presentation:
      "Chef de file de l'action sociale, le Département finance et autorise les établissements pour personnes âgées, personnes handicapées et la protection de l'enfance. Sa direction de la solidarité soutient les actions de formation et d'attractivité des métiers.",
  },
  {
    nom: "Mission locale des Landes (démo)",
    adresse: "6 rue du Palais",
    communeCode: "40088",
    presentation:
      "La Mission locale accompagne les jeunes de 16 à 25 ans vers l'emploi et la formation, et oriente vers les métiers du soin et de l'accompagnement lors de ses ateliers découverte.",
  },
  {
    nom: "CCAS de Mont-de-Marsan (démo)",
    adresse: "Place Charles de Gaulle",
    communeCode: "40192",
    presentation:
      "Le centre communal d'action sociale gère un service d'aide à domicile, une résidence autonomie et accueille des stagiaires des formations sociales tout au long de l'année.",
  },
] as const;

const PRESENTATIONS = {
  employeur: [
    "Nous accompagnons chaque jour des personnes fragilisées avec une équipe pluridisciplinaire attachée à la bientraitance. Nous accueillons des stagiaires de toutes les filières et proposons un tutorat structuré.",
    "Structure associative engagée dans le territoire, nous recrutons régulièrement des professionnels de l'accompagnement et facilitons l'accès au logement des nouveaux arrivants.",
    "Établissement à taille humaine, nous misons sur la formation continue et l'accueil des apprentis pour préparer la relève de nos équipes.",
  ],
  organisme_formation: [
    "Organisme de formation aux métiers du travail social, nous proposons des parcours en formation initiale, en apprentissage et en validation des acquis, en lien étroit avec les employeurs du département.",
    "Nous préparons aux diplômes du soin et de l'accompagnement et organisons les périodes de stage avec un réseau de structures d'accueil partenaires dans toutes les Landes.",
  ],
} as const;

const LIENS = [
  { libelle: "Offres d'emploi", chemin: "emplois" },
  { libelle: "Livret d'accueil des stagiaires", chemin: "livret-accueil" },
  { libelle: "Page LinkedIn", chemin: "linkedin" },
] as const;

const slug = (id: string) => id.replace(/[^a-z0-9]+/gi, "-").toLowerCase();

const DEMO_LEARNERS = [
  { prenom: "Léa", nom: "Lafourcade", college: "apprenants" },
  { prenom: "Hugo", nom: "Dufau", college: "apprenants" },
  { prenom: "Inès", nom: "Bergès", college: "apprenants" },
  { prenom: "Bernard", nom: "Lataste", college: "familles" },
  { prenom: "Jeanne", nom: "Capdeville", college: "familles" },
  // The pending request for staff to see.
  { prenom: "Nina", nom: "Darricau", college: "apprenants" },
] as const;

const PRATIQUES = [
  {
    theme: "recrutement",
    titre: "Un job dating dans le hall de l'EHPAD",
    contexte:
      "Trois postes d'aide-soignant·e restaient vacants depuis six mois malgré les annonces en ligne et les relances de France Travail.",
    actions:
      "Nous avons ouvert l'établissement un samedi matin : visite des unités, échanges avec les équipes et entretiens courts sans CV, en partenariat avec la Mission locale.",
    resultats:
      "Quarante visiteurs, douze entretiens et quatre recrutements dont deux en apprentissage ; l'opération est renouvelée chaque semestre.",
  },
  {
    theme: "qualite_vie_travail",
    titre: "Des plannings construits avec les équipes",
    contexte:
      "L'absentéisme dépassait 12 % et les changements de planning de dernière minute épuisaient les équipes de nuit.",
    actions:
      "Les plannings sont désormais construits en atelier trimestriel avec les salariés volontaires, avec des règles d'échange entre collègues validées par l'encadrement.",
    resultats:
      "L'absentéisme est redescendu sous 7 % en un an et les demandes de mutation ont diminué de moitié.",
  },
  {
    theme: "management",
    titre: "Des cadres de proximité formés au management bienveillant",
    contexte:
      "Les nouveaux chefs de service, souvent issus des équipes éducatives, se sentaient démunis face aux conflits et aux entretiens annuels.",
    actions:
      "Un parcours de six journées réparties sur l'année, avec analyse de pratiques entre pairs et un mentor expérimenté pour chaque nouveau cadre.",
    resultats: "Tous les cadres formés sont restés en poste ; les entretiens annuels sont réalisés à 100 %.",
  },
  {
    theme: "formation",
    titre: "Un binôme tuteur-apprenti dès le premier jour",
    contexte:
      "Les apprentis en DEAES abandonnaient souvent dans les trois premiers mois, faute de repères dans l'établissement.",
    actions:
      "Chaque apprenti est accueilli par un binôme de tuteurs formés, avec un livret d'accueil, un point hebdomadaire et une rencontre trimestrielle avec l'organisme de formation.",
    resultats: "Le taux de rupture des contrats d'apprentissage est passé de 30 % à 8 % en deux promotions.",
  },
  {
    theme: "mobilite",
    titre: "Des vélos à assistance électrique pour les intervenantes à domicile",
    contexte:
      "Sans permis ni véhicule, plusieurs candidates ne pouvaient pas accepter nos postes d'aide à domicile en secteur rural.",
    actions:
      "Nous avons acquis dix vélos à assistance électrique et organisé les tournées par secteur de cinq kilomètres, avec le soutien de la communauté de communes.",
    resultats: "Six recrutements de personnes sans permis et une baisse de 20 % des frais kilométriques.",
  },
  {
    theme: "logement",
    titre: "Des chambres chez l'habitant pour les stagiaires",
    contexte:
      "Les stagiaires venant de loin renonçaient aux stages en zone littorale faute de logement abordable en saison.",
    actions:
      "Avec les communes, nous avons constitué un réseau de familles qui louent une chambre à prix modéré pendant la durée du stage, avec une convention type.",
    resultats:
      "Vingt-cinq stagiaires logés la première année ; trois ont ensuite été recrutés par leur lieu de stage.",
  },
  {
    theme: "recrutement",
    titre: "Des immersions professionnelles pour les personnes en reconversion",
    contexte:
      "Beaucoup de personnes en reconversion hésitaient à se lancer dans une formation longue sans connaître le métier.",
    actions:
      "Nous proposons des immersions de trois jours, encadrées par un professionnel, avant l'entrée en formation, en lien avec les organismes de formation du territoire.",
    resultats:
      "Huit personnes sur dix qui ont fait une immersion se sont inscrites en formation et l'ont terminée.",
  },
  {
    theme: "autre",
    titre: "Un conseil de la vie sociale ouvert aux familles en visioconférence",
    contexte:
      "Les familles éloignées ne pouvaient pas participer au conseil de la vie sociale, tenu en semaine à 15 h.",
    actions:
      "Le conseil se tient désormais en fin de journée, en présentiel et en visioconférence, avec un compte rendu en langage clair envoyé à toutes les familles.",
    resultats:
      "La participation des familles a triplé et deux nouveaux projets d'animation sont nés de leurs propositions.",
  },
] as const;

export type DemoGouvernanceResult = {
  annuaire: number;
  adhesions: number;
  pratiques: number;
};

/** Upserts the demo governance data; the organisations and personas must exist already. */
export async function seedDemoGouvernance(db: PrismaClient): Promise<DemoGouvernanceResult> {
  const p = DEMO_GOUVERNANCE_PREFIX;
  const passwordHash = await hash(PERSONA_PASSWORD);
  const learners = DEMO_LEARNERS.map((l, i) => ({
    ...l,
    id: `${p.user}${i + 1}`,
    email: `${slug(`${l.prenom}.${l.nom}`).normalize("NFD").replace(/\p{M}/gu, "")}@demo.iflts.fr`,
  }));
  const institutions = INSTITUTIONS.map((inst, i) => ({ ...inst, id: `${p.institution}${i + 1}` }));

  await db.$transaction([
    ...institutions.map((inst, i) =>
      db.organisation.upsert({
        where: { id: inst.id },
        create: {
          id: inst.id,
          type: "employeur",
          nom: inst.nom,
          siret: institutionSiret(i + 1),
          adresse: inst.adresse,
          communeCode: inst.communeCode,
          statut: "verifiee",
          verifiedAt: new Date(),
        },
        update: { nom: inst.nom, adresse: inst.adresse, communeCode: inst.communeCode },
      }),
    ),
    ...learners.map((l) =>
      db.user.upsert({
        where: { id: l.id },
        create: {
          id: l.id,
          email: l.email,
          prenom: l.prenom,
          nom: l.nom,
          roles: ["apprenant"],
          passwordHash,
        },
        update: { email: l.email, prenom: l.prenom, nom: l.nom },
      }),
    ),
  ]);

  // The listed organisations: the personas', the institutions, then every n-th verified one by id.
  const verified = await db.organisation.findMany({
    where: { statut: "verifiee" },
    orderBy: { id: "asc" },
    select: { id: true, nom: true, type: true },
  });
  const first = new Set([
    personas.employeur.organisation.id,
    personas.organisme.organisation.id,
    ...institutions.map((i) => i.id),
  ]);
  const others = verified.filter((o) => !first.has(o.id));
  const step = Math.max(1, Math.floor(others.length / (LISTED_COUNT - first.size)));
  const listed = [
    ...verified.filter((o) => first.has(o.id)),
    ...others.filter((_, i) => i % step === 0).slice(0, LISTED_COUNT - first.size),
  ];

  const liens = listed.flatMap((o, i) =>
    LIENS.slice(0, (i % 3) + 1).map((l, ordre) => ({
      id: `${p.lien}${slug(o.id)}-${ordre + 1}`,
      organisationId: o.id,
      libelle: l.libelle,
      url: `https://${slug(o.id)}.demo.iflts.fr/${l.chemin}`,
      ordre,
    })),
  );

  // Memberships: institutions; then employers and training bodies among the listed ones (personas left free).
  const free = new Set([personas.employeur.organisation.id, personas.organisme.organisation.id]);
  const pool = listed.filter((o) => !free.has(o.id) && !institutions.some((i) => i.id === o.id));
  const employeurs = pool.filter((o) => o.type === "employeur").slice(0, 7);
  // Few training bodies are listed: the others complete the collège (named, not linked, on its page).
  const listedIds = new Set(listed.map((o) => o.id));
  const organismes = [
    ...pool.filter((o) => o.type === "organisme_formation"),
    ...verified.filter((o) => o.type === "organisme_formation" && !free.has(o.id) && !listedIds.has(o.id)),
  ].slice(0, 5);
  const orgMemberships = [
    ...institutions.map((o) => ({ organisationId: o.id, college: "institutions" })),
    ...employeurs.map((o) => ({ organisationId: o.id, college: "employeurs" })),
    ...organismes.map((o) => ({ organisationId: o.id, college: "organismes-formation" })),
  ];
  const decidedAt = new Date(Date.now() - 30 * 24 * 3600 * 1000);
  const memberships = [
    ...orgMemberships.map((m) => ({
      id: `${p.membership}${slug(m.organisationId)}`,
      collegeId: collegeId(m.college),
      organisationId: m.organisationId,
      userId: null,
      demandeurId: null,
      motivation:
        "Contribuer aux travaux de l'institut et partager nos besoins de recrutement et de formation.",
      statut: "acceptee" as const,
      decideeAt: decidedAt,
    })),
    ...learners.map((l, i) => {
      const pending = i === learners.length - 1;
      return {
        id: `${p.membership}${l.id}`,
        collegeId: collegeId(l.college),
        organisationId: null,
        userId: l.id,
        demandeurId: l.id,
        motivation: pending
          ? "Étudiante en deuxième année d'éducatrice spécialisée, je souhaite porter la voix des apprenants sur le logement pendant les stages."
          : "Représenter les personnes en formation et faire remonter nos difficultés de stage, de transport et de logement.",
        statut: pending ? ("en_attente" as const) : ("acceptee" as const),
        decideeAt: pending ? null : decidedAt,
      };
    }),
  ];

  const auteurs = [personas.gouvernance.id, ...learners.slice(0, 3).map((l) => l.id)];
  const pratiques = PRATIQUES.map((pr, i) => {
    const org = pool[(i * 3) % pool.length];
    return {
      id: `${p.pratique}${i + 1}`,
      auteurId: auteurs[i % auteurs.length]!,
      organisationId: org?.id ?? null,
      ...pr,
      contactOrganisation: `${org?.nom ?? "Institut fédératif landais du travail social"}, direction`,
      statut: "publiee" as const,
      soumiseAt: new Date(decidedAt.getTime() + i * 24 * 3600 * 1000),
      publieeAt: new Date(decidedAt.getTime() + (i + 1) * 24 * 3600 * 1000),
    };
  });

  await db.$transaction([
    ...listed.map((o, i) =>
      db.organisation.update({
        where: { id: o.id },
        data: {
          annuaireVisible: true,
          presentation:
            institutions.find((inst) => inst.id === o.id)?.presentation ??
            PRESENTATIONS[o.type][i % PRESENTATIONS[o.type].length]!,
          siteWeb: `https://${slug(o.id)}.demo.iflts.fr`,
        },
      }),
    ),
    db.organisationLien.deleteMany({ where: { id: { startsWith: p.lien } } }),
    db.organisationLien.createMany({ data: liens }),
    ...memberships.map((m) => db.collegeMembership.upsert({ where: { id: m.id }, create: m, update: {} })),
    ...memberships
      .filter((m) => m.statut === "acceptee")
      .map((m) =>
        db.auditLog.upsert({
          where: { id: `${p.audit}${m.id}` },
          create: {
            id: `${p.audit}${m.id}`,
            actorId: personas.staff.id,
            action: "moderation.approuvee",
            entityType: "CollegeMembership",
            entityId: m.id,
            createdAt: decidedAt,
          },
          update: {},
        }),
      ),
    ...pratiques.map((pr) => db.bonnePratique.upsert({ where: { id: pr.id }, create: pr, update: {} })),
  ]);

  return { annuaire: listed.length, adhesions: memberships.length, pratiques: pratiques.length };
}
