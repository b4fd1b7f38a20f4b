// Demo training offers: ~35 offers of the seeded training bodies and of a few generated ones (MFR,
// GRETA-CFA, vocational high schools, IFSI-IFAS, IRTS antenna) on real Landes communes, with 1 to 3
// sessions each, dated relative to `today`. Deterministic: stable ids, the same input gives the same
// rows. Idempotent: offers are upserted and their sessions deleted and recreated in one transaction
// of a few set-based statements (fast over the single connection of the embedded database).
// Called by prisma/seed.ts after the demo organisations exist.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Modalite, Rythme } from "@/lib/formations/constants";
import { siretValid } from "@/lib/validation/identifiants";
import { personas } from "@/prisma/personas";

type DiplomeCode =
  | "DEAES"
  | "TP_ADVF"
  | "CAP_AEPE"
  | "DEAS"
  | "DEAP"
  | "DEME"
  | "DETISF"
  | "BAC_PRO_ASSP"
  | "DEES"
  | "DEEJE"
  | "DEETS"
  | "DEASS"
  | "DECESF";

export const DEMO_FORMATION_ID_PREFIX = {
  organisation: "demo-fo-org-",
  site: "demo-fo-site-",
  offre: "demo-formation-",
} as const;

// ---------------------------------------------------------------------------
// Training bodies

type SiteGenere = { id: string; nom: string; adresse: string; communeCode: string };

type OrganismeCommun = { id: string; contact: string; referentHandicap: string; siteWeb?: string };
/** A training body created by prisma/seed.ts: only its sites are named here. */
type OrganismeSeed = OrganismeCommun & { genere: false; sites: readonly { id: string }[] };
/** A training body created here, verified on creation. */
type OrganismeGenere = OrganismeCommun & {
  genere: true;
  nom: string;
  adresse: string;
  communeCode: string;
  sites: readonly SiteGenere[];
};
type Organisme = OrganismeSeed | OrganismeGenere;

const PERSONA_ORGANISME = personas.organisme.organisation.id;

const ORGANISMES = {
  adour: {
    id: PERSONA_ORGANISME,
    genere: false,
    sites: [{ id: "persona-site-institut-adour-dax" }],
    contact: "Secrétariat pédagogique : 05 36 49 10 10 – formations@institut-adour.demo.iflts.fr",
    referentHandicap:
      "Référente handicap : Sophie Lartigue, 05 36 49 10 11, handicap@institut-adour.demo.iflts.fr",
    siteWeb: "https://institut-adour.example",
  },
  solidarites: {
    id: "demo-org-of-mont-de-marsan",
    genere: false,
    sites: [{ id: "demo-site-of-mont-de-marsan" }, { id: "demo-site-of-saint-vincent" }],
    contact: "Accueil formations : 05 36 49 20 20 – contact@landes-solidarites.demo.iflts.fr",
    referentHandicap: "Référent handicap : Marc Dufau, 05 36 49 20 21",
  },
  hauteLande: {
    id: "demo-org-of-morcenx",
    genere: false,
    sites: [{ id: "demo-site-of-morcenx" }],
    contact: "Secrétariat : 05 36 49 30 30 – formations@fss-haute-lande.demo.iflts.fr",
    referentHandicap: "Référente handicap : Laure Bergès, 05 36 49 30 31",
  },
  mfr: {
    id: "demo-fo-org-mfr-saint-sever",
    genere: true,
    nom: "Maison familiale rurale de Saint-Sever (démo)",
    adresse: "620 route de Montaut",
    communeCode: "40282",
    sites: [
      {
        id: "demo-fo-site-mfr-saint-sever",
        nom: "MFR de Saint-Sever",
        adresse: "620 route de Montaut",
        communeCode: "40282",
      },
    ],
    contact: "Secrétariat de la MFR : 05 36 49 40 40 – mfr.saint-sever@demo.iflts.fr",
    referentHandicap: "Référent handicap : Thierry Castets, 05 36 49 40 41",
  },
  greta: {
    id: "demo-fo-org-greta-landes",
    genere: true,
    nom: "GRETA-CFA des Landes (démo)",
    adresse: "2 avenue du Colonel Rozanoff",
    communeCode: "40192",
    sites: [
      {
        id: "demo-fo-site-greta-mont-de-marsan",
        nom: "GRETA-CFA, agence de Mont-de-Marsan",
        adresse: "2 avenue du Colonel Rozanoff",
        communeCode: "40192",
      },
      {
        id: "demo-fo-site-greta-dax",
        nom: "GRETA-CFA, antenne de Dax",
        adresse: "14 rue Saint-Pierre",
        communeCode: "40088",
      },
      {
        id: "demo-fo-site-greta-mimizan",
        nom: "GRETA-CFA, antenne de Mimizan",
        adresse: "3 rue de la Papeterie",
        communeCode: "40184",
      },
      {
        id: "demo-fo-site-greta-tarnos",
        nom: "GRETA-CFA, antenne de Tarnos",
        adresse: "21 avenue Julian Grimau",
        communeCode: "40312",
      },
      {
        id: "demo-fo-site-greta-soustons",
        nom: "GRETA-CFA, antenne de Soustons",
        adresse: "9 avenue de la Gare",
        communeCode: "40310",
      },
      {
        id: "demo-fo-site-greta-parentis",
        nom: "GRETA-CFA, antenne de Parentis-en-Born",
        adresse: "5 route de Biscarrosse",
        communeCode: "40217",
      },
    ],
    contact: "Conseillère en formation : 05 36 49 50 50 – greta-cfa-landes@demo.iflts.fr",
    referentHandicap: "Référente handicap : Nadia Ferrand, 05 36 49 50 51, handicap.greta@demo.iflts.fr",
    siteWeb: "https://greta-cfa-landes.example",
  },
  lpHagetmau: {
    id: "demo-fo-org-lp-hagetmau",
    genere: true,
    nom: "Lycée professionnel des Pins, Hagetmau (démo)",
    adresse: "1 avenue des Pyrénées",
    communeCode: "40119",
    sites: [
      {
        id: "demo-fo-site-lp-hagetmau",
        nom: "Lycée professionnel des Pins",
        adresse: "1 avenue des Pyrénées",
        communeCode: "40119",
      },
    ],
    contact: "Secrétariat du lycée : 05 36 49 60 60 – lp-hagetmau@demo.iflts.fr",
    referentHandicap:
      "Référente handicap : Isabelle Duboscq, conseillère principale d'éducation, 05 36 49 60 61",
  },
  lpOrthe: {
    id: "demo-fo-org-lp-peyrehorade",
    genere: true,
    nom: "Lycée professionnel du Pays d'Orthe, Peyrehorade (démo)",
    adresse: "12 avenue des Évadés",
    communeCode: "40224",
    sites: [
      {
        id: "demo-fo-site-lp-peyrehorade",
        nom: "Lycée professionnel du Pays d'Orthe",
        adresse: "12 avenue des Évadés",
        communeCode: "40224",
      },
    ],
    contact: "Secrétariat du lycée : 05 36 49 70 70 – lp-peyrehorade@demo.iflts.fr",
    referentHandicap: "Référent handicap : Jean-Michel Lalanne, 05 36 49 70 71",
  },
  ifas: {
    id: "demo-fo-org-ifsi-ifas-marsan",
    genere: true,
    nom: "IFSI-IFAS du Marsan (démo)",
    adresse: "417 avenue Pierre de Coubertin",
    communeCode: "40192",
    sites: [
      {
        id: "demo-fo-site-ifas-mont-de-marsan",
        nom: "IFSI-IFAS du Marsan",
        adresse: "417 avenue Pierre de Coubertin",
        communeCode: "40192",
      },
      {
        id: "demo-fo-site-ifas-aire",
        nom: "IFAS, antenne d'Aire-sur-l'Adour",
        adresse: "8 rue Félix Despagnet",
        communeCode: "40001",
      },
    ],
    contact: "Secrétariat des admissions : 05 36 49 80 80 – admissions@ifsi-ifas-marsan.demo.iflts.fr",
    referentHandicap: "Référente handicap : Céline Dupouy, cadre de santé formatrice, 05 36 49 80 81",
    siteWeb: "https://ifsi-ifas-marsan.example",
  },
  irts: {
    id: "demo-fo-org-irts-landes",
    genere: true,
    nom: "IRTS Nouvelle-Aquitaine, antenne des Landes (démo)",
    adresse: "30 rue des Carmes",
    communeCode: "40088",
    sites: [
      {
        id: "demo-fo-site-irts-dax",
        nom: "IRTS, site de Dax",
        adresse: "30 rue des Carmes",
        communeCode: "40088",
      },
      {
        id: "demo-fo-site-irts-mont-de-marsan",
        nom: "IRTS, site de Mont-de-Marsan",
        adresse: "6 rue Victor Hugo",
        communeCode: "40192",
      },
    ],
    contact: "Service des admissions : 05 36 49 90 90 – admissions.landes@irts.demo.iflts.fr",
    referentHandicap:
      "Référent handicap : Pierre Lacoste, 05 36 49 90 91, handicap.landes@irts.demo.iflts.fr",
    siteWeb: "https://irts-landes.example",
  },
  born: {
    id: "demo-fo-org-lycee-born",
    genere: true,
    nom: "Lycée polyvalent du Born (démo)",
    adresse: "45 avenue Léo Lagrange",
    communeCode: "40217",
    sites: [
      {
        id: "demo-fo-site-lycee-born",
        nom: "Lycée du Born, pôle économie sociale familiale",
        adresse: "45 avenue Léo Lagrange",
        communeCode: "40217",
      },
    ],
    contact: "Secrétariat du post-bac : 05 36 49 95 95 – postbac.born@demo.iflts.fr",
    referentHandicap: "Référente handicap : Anne Garrouteigt, 05 36 49 95 96",
  },
} satisfies Record<string, Organisme>;

type OrganismeKey = keyof typeof ORGANISMES;

// ---------------------------------------------------------------------------
// What each diploma and each modality imply

type DiplomeProfil = {
  contenu: string;
  prerequis: string;
  selection: string;
  places: number;
  /** [total hours, of which stage hours, session length in days] by modality; "*" for the others */
  heures: Partial<Record<Modalite | "*", readonly [number, number, number]>>;
};

const SANS_DIPLOME =
  "Aucun diplôme exigé. Bonne maîtrise du français écrit et oral ; avoir 17 ans à l'entrée en formation.";
const BAC =
  "Baccalauréat, diplôme de niveau 4 ou DAEU ; à défaut, validation des études et acquis par la commission d'admission.";

const DIPLOMES: Record<DiplomeCode, DiplomeProfil> = {
  DEAES: {
    contenu:
      "La formation alterne 567 heures d'enseignement (accompagnement dans les actes de la vie quotidienne, animation de la vie sociale, travail en équipe, communication professionnelle) et 840 heures de stage. Vous choisissez votre spécialité au fil du parcours : domicile, structure collective ou éducation inclusive.",
    prerequis: SANS_DIPLOME,
    selection:
      "Dossier de candidature (CV, lettre de motivation) puis entretien oral de 30 minutes avec un formateur et un professionnel.",
    places: 18,
    heures: { formation_initiale: [1407, 840, 365], apprentissage: [1407, 840, 540], "*": [1407, 840, 420] },
  },
  TP_ADVF: {
    contenu:
      "Trois certificats de compétences professionnelles : entretenir le logement et le linge, accompagner la personne dans les actes essentiels du quotidien, relayer les parents auprès des enfants à domicile. Six semaines en entreprise chez un employeur de l'aide à domicile permettent de mettre chaque bloc en pratique.",
    prerequis:
      "Aucun diplôme exigé. Savoir lire et écrire le français ; le permis B est un atout dans les Landes.",
    selection: "Information collective, tests de positionnement et entretien individuel.",
    places: 12,
    heures: { "*": [805, 210, 230] },
  },
  CAP_AEPE: {
    contenu:
      "Enseignements professionnels (développement de l'enfant, soins du quotidien, activités d'éveil, hygiène des locaux) et, selon le parcours, enseignements généraux. Les périodes en milieu professionnel se déroulent en crèche, en école maternelle ou chez un assistant maternel.",
    prerequis: "Être sorti de 3e ; pour les adultes, aucun diplôme exigé.",
    selection:
      "Après la 3e, affectation par la procédure d'orientation ; en apprentissage ou pour les adultes, entretien de motivation.",
    places: 14,
    heures: { formation_initiale: [2100, 560, 660], apprentissage: [800, 0, 700], "*": [700, 420, 300] },
  },
  DEAS: {
    contenu:
      "Dix modules répartis en cinq blocs de compétences : accompagnement dans les activités de la vie quotidienne, évaluation de l'état clinique, soins adaptés, relation avec la personne et son entourage, hygiène et qualité. Quatre stages, dont un auprès de personnes en situation de longue durée, complètent les 770 heures d'enseignement.",
    prerequis: SANS_DIPLOME,
    selection:
      "Dossier (CV, lettre de motivation, bulletins ou attestations de travail) et entretien de 15 à 20 minutes avec un jury.",
    places: 40,
    heures: { apprentissage: [1540, 770, 540], "*": [1540, 770, 330] },
  },
  DEAP: {
    contenu:
      "Dix modules en cinq blocs de compétences centrés sur l'enfant de la naissance à l'adolescence : soins du quotidien, surveillance de l'état de santé, éveil, accompagnement des parents. Les stages se déroulent en maternité, en pédiatrie et en établissement d'accueil du jeune enfant.",
    prerequis: SANS_DIPLOME,
    selection:
      "Dossier (CV, lettre de motivation, bulletins ou attestations de travail) et entretien de 15 à 20 minutes avec un jury.",
    places: 25,
    heures: { "*": [1540, 770, 330] },
  },
  DEME: {
    contenu:
      "Quatre domaines de formation : accompagnement social et éducatif spécialisé, participation au projet éducatif, travail en équipe pluriprofessionnelle, implication dans les dynamiques partenariales. Les stages ont lieu en institut médico-éducatif, en foyer ou en maison d'enfants.",
    prerequis: "Aucun diplôme exigé. Avoir 18 ans à l'entrée en formation.",
    selection:
      "Épreuve écrite d'admissibilité (sauf bacheliers), puis entretien oral avec un formateur et un professionnel.",
    places: 20,
    heures: { "*": [1930, 980, 700] },
  },
  DETISF: {
    contenu:
      "Six domaines de formation, de la conduite du projet d'aide à la personne à la communication professionnelle et au travail en réseau. Les stages se déroulent dans des services d'aide aux familles et de protection de l'enfance, au domicile des familles.",
    prerequis: "Aucun diplôme exigé. Avoir 18 ans à l'entrée en formation.",
    selection:
      "Épreuve écrite d'admissibilité (sauf titulaires d'un diplôme de niveau 4), puis entretien oral.",
    places: 12,
    heures: { "*": [2105, 1155, 600] },
  },
  BAC_PRO_ASSP: {
    contenu:
      "Enseignements professionnels (ergonomie, soins d'hygiène et de confort, nutrition, animation, biologie) et enseignements généraux, avec 22 semaines de périodes de formation en milieu professionnel sur trois ans. Option « en structure » : EHPAD, hôpital, établissements pour personnes handicapées.",
    prerequis: "Être sorti de 3e.",
    selection:
      "Affectation après la 3e par la procédure d'orientation ; journée portes ouvertes au printemps.",
    places: 24,
    heures: { "*": [3000, 770, 1040] },
  },
  DEES: {
    contenu:
      "Quatre domaines de compétences : la relation éducative spécialisée, la conception et la conduite de projets éducatifs, la communication professionnelle, les dynamiques interinstitutionnelles. Trois stages, dont un long stage de huit à neuf mois, en protection de l'enfance, handicap ou insertion.",
    prerequis: BAC,
    selection:
      "Candidature sur Parcoursup (lycéens et étudiants) ou dossier direct (adultes en reprise d'études), puis entretien oral.",
    places: 35,
    heures: { "*": [3550, 2100, 1050] },
  },
  DEEJE: {
    contenu:
      "Quatre domaines de compétences centrés sur l'accueil du jeune enfant et de sa famille, l'action éducative, la communication professionnelle et le travail en partenariat. Les stages ont lieu en crèche, en relais petite enfance et dans un service de protection ou de soins.",
    prerequis: BAC,
    selection:
      "Candidature sur Parcoursup (lycéens et étudiants) ou dossier direct (adultes en reprise d'études), puis entretien oral.",
    places: 30,
    heures: { "*": [3600, 2100, 1050] },
  },
  DEETS: {
    contenu:
      "Formation qui associe votre qualification technique à la pédagogie de l'accompagnement : conduite d'atelier, insertion professionnelle, projet personnalisé, relations avec les entreprises. Les périodes en établissement se déroulent surtout en ESAT et en section professionnelle d'IME.",
    prerequis:
      "Baccalauréat ou diplôme de niveau 4, ou diplôme professionnel de niveau 3 avec trois ans d'expérience dans un métier technique.",
    selection: "Dossier et entretien oral ; en apprentissage, contrat signé avec un employeur du secteur.",
    places: 15,
    heures: { "*": [3300, 2100, 1050] },
  },
  DEASS: {
    contenu:
      "Quatre domaines de compétences : intervention professionnelle en service social, analyse de situations et accompagnement, communication professionnelle, dynamiques partenariales et territoriales. Les stages se déroulent en service social départemental, à l'hôpital, à la caisse d'allocations familiales ou en association.",
    prerequis: BAC,
    selection:
      "Candidature sur Parcoursup (lycéens et étudiants) ou dossier direct (adultes en reprise d'études), puis entretien oral.",
    places: 30,
    heures: { "*": [3560, 1820, 1050] },
  },
  DECESF: {
    contenu:
      "Un an après le BTS : conseil et expertise à visée socio-éducative dans la vie quotidienne, intervention sociale, communication professionnelle, travail en partenariat. Le stage de 16 semaines se déroule en centre communal d'action sociale, chez un bailleur social ou en association d'aide au logement.",
    prerequis: "BTS Économie sociale familiale ou diplôme de niveau 5 équivalent.",
    selection: "Dossier (résultats du BTS, lettre de motivation) et entretien.",
    places: 20,
    heures: { "*": [1100, 560, 280] },
  },
};

type ModaliteProfil = {
  suffixe: string;
  phrase: string;
  rythme: Rythme;
  rythmeDetail: string | null;
  financeRegion: boolean;
  cpf: boolean;
  apprentissage: boolean;
  couts: string;
};

const MODALITES: Record<Modalite, ModaliteProfil> = {
  formation_initiale: {
    suffixe: "formation initiale",
    phrase: "Formation initiale à temps plein, ouverte aux jeunes comme aux demandeurs d'emploi.",
    rythme: "temps_plein",
    rythmeDetail: "Cours du lundi au vendredi, stages en périodes de 5 à 10 semaines",
    financeRegion: true,
    cpf: false,
    apprentissage: false,
    couts:
      "Coût pédagogique pris en charge par la Région Nouvelle-Aquitaine pour les élèves en formation initiale et les demandeurs d'emploi. Restent à votre charge les frais d'inscription (environ 100 €). Bourses d'études de la Région possibles.",
  },
  apprentissage: {
    suffixe: "en apprentissage",
    phrase:
      "En apprentissage, vous signez un contrat avec un employeur du secteur : vous êtes salarié, rémunéré, et la formation est gratuite pour vous.",
    rythme: "alternance",
    rythmeDetail: "Une semaine en centre de formation, trois semaines chez l'employeur",
    financeRegion: false,
    cpf: false,
    apprentissage: true,
    couts:
      "Gratuit pour l'apprenti : le coût est pris en charge par l'opérateur de compétences (OPCO) de l'employeur. Salaire selon l'âge et l'année de contrat ; aide au permis de conduire de 500 €.",
  },
  formation_continue: {
    suffixe: "formation continue",
    phrase:
      "Formation continue pour les salariés du secteur et les personnes en reconversion ; allègements possibles selon vos diplômes.",
    rythme: "temps_plein",
    rythmeDetail: null,
    financeRegion: true,
    cpf: true,
    apprentissage: false,
    couts:
      "Salariés : prise en charge par l'employeur ou l'OPCO, ou par le compte personnel de formation (CPF). Demandeurs d'emploi : financement possible par la Région Nouvelle-Aquitaine ou France Travail. Devis sur demande.",
  },
  vae: {
    suffixe: "accompagnement VAE",
    phrase:
      "Accompagnement individuel et en petit groupe pour rédiger votre dossier de validation et préparer l'entretien avec le jury.",
    rythme: "temps_partiel",
    rythmeDetail: "Rendez-vous individuels toutes les deux semaines et trois ateliers collectifs",
    financeRegion: false,
    cpf: true,
    apprentissage: false,
    couts:
      "Accompagnement : 1 200 €, finançable par le compte personnel de formation (CPF) ou par France VAE.",
  },
  preparation: {
    suffixe: "préparation",
    phrase:
      "Parcours de préqualification : remise à niveau, découverte du métier en stage, préparation du dossier et de l'entretien de sélection.",
    rythme: "temps_partiel",
    rythmeDetail: "Deux jours par semaine en centre, une semaine de stage en structure",
    financeRegion: true,
    cpf: false,
    apprentissage: false,
    couts:
      "Gratuit pour les demandeurs d'emploi (financement de la Région Nouvelle-Aquitaine). Autres publics : 450 €.",
  },
};

const ALTERNANCE_LYCEE =
  "Gratuit : lycée public de l'Éducation nationale. Bourses de lycée et fonds social selon les ressources de la famille.";

// ---------------------------------------------------------------------------
// The offers

type SessionSpec = {
  /** site id (one of the body's sites) */
  site: string;
  /** start, in days from today (negative: already started); moved to the next Monday */
  debut: number;
  /** length in days; the diploma's usual length when left out */
  jours?: number;
  places?: number;
};

type OffreSpec = {
  cle: string;
  organisme: OrganismeKey;
  diplome: DiplomeCode;
  modalite: Modalite;
  titre?: string;
  complement?: string;
  statut?: "publiee" | "soumise" | "brouillon";
  sessions: readonly SessionSpec[];
  /** overrides of the modality's funding when the body differs (a public high school is free) */
  gratuitLycee?: boolean;
};

const S = {
  adourDax: "persona-site-institut-adour-dax",
  solMdm: "demo-site-of-mont-de-marsan",
  solTyrosse: "demo-site-of-saint-vincent",
  morcenx: "demo-site-of-morcenx",
  mfr: "demo-fo-site-mfr-saint-sever",
  gretaMdm: "demo-fo-site-greta-mont-de-marsan",
  gretaDax: "demo-fo-site-greta-dax",
  gretaMimizan: "demo-fo-site-greta-mimizan",
  gretaTarnos: "demo-fo-site-greta-tarnos",
  gretaSoustons: "demo-fo-site-greta-soustons",
  gretaParentis: "demo-fo-site-greta-parentis",
  lpHagetmau: "demo-fo-site-lp-hagetmau",
  lpOrthe: "demo-fo-site-lp-peyrehorade",
  ifasMdm: "demo-fo-site-ifas-mont-de-marsan",
  ifasAire: "demo-fo-site-ifas-aire",
  irtsDax: "demo-fo-site-irts-dax",
  irtsMdm: "demo-fo-site-irts-mont-de-marsan",
  born: "demo-fo-site-lycee-born",
} as const;

const OFFRES: readonly OffreSpec[] = [
  // Institut de formation Adour (persona): one draft, one awaiting moderation.
  {
    cle: "adour-deaes-continue",
    organisme: "adour",
    diplome: "DEAES",
    modalite: "formation_continue",
    complement: "Spécialités proposées : accompagnement à domicile et en structure collective.",
    sessions: [
      { site: S.adourDax, debut: -90 },
      { site: S.adourDax, debut: 150 },
    ],
  },
  {
    cle: "adour-deaes-apprentissage",
    organisme: "adour",
    diplome: "DEAES",
    modalite: "apprentissage",
    sessions: [{ site: S.adourDax, debut: 60 }],
  },
  {
    cle: "adour-deme-initiale",
    organisme: "adour",
    diplome: "DEME",
    modalite: "formation_initiale",
    sessions: [
      { site: S.adourDax, debut: -200 },
      { site: S.adourDax, debut: 120 },
    ],
  },
  {
    cle: "adour-vae-deaes",
    organisme: "adour",
    diplome: "DEAES",
    modalite: "vae",
    titre: "Accompagnement VAE vers le diplôme d'accompagnant éducatif et social",
    sessions: [
      { site: S.adourDax, debut: 20, jours: 180, places: 8 },
      { site: S.adourDax, debut: 110, jours: 180, places: 8 },
    ],
  },
  {
    cle: "adour-prepa-educatif",
    organisme: "adour",
    diplome: "DEME",
    modalite: "preparation",
    titre: "Prépa métiers éducatifs : réussir la sélection de moniteur-éducateur",
    sessions: [{ site: S.adourDax, debut: 45, jours: 90, places: 15 }],
  },
  {
    cle: "adour-tp-advf-continue",
    organisme: "adour",
    diplome: "TP_ADVF",
    modalite: "formation_continue",
    sessions: [
      { site: S.adourDax, debut: -300 },
      { site: S.adourDax, debut: 90 },
    ],
  },
  {
    cle: "adour-detisf-apprentissage",
    organisme: "adour",
    diplome: "DETISF",
    modalite: "apprentissage",
    statut: "soumise",
    sessions: [{ site: S.adourDax, debut: 200 }],
  },
  {
    cle: "adour-dees-continue",
    organisme: "adour",
    diplome: "DEES",
    modalite: "formation_continue",
    titre: "Éducateur spécialisé en cours d'emploi",
    statut: "brouillon",
    sessions: [{ site: S.adourDax, debut: 240 }],
  },
  // Centre de formation Landes Solidarités (Mont-de-Marsan, Saint-Vincent-de-Tyrosse).
  {
    cle: "solidarites-deaes-initiale",
    organisme: "solidarites",
    diplome: "DEAES",
    modalite: "formation_initiale",
    sessions: [
      { site: S.solMdm, debut: -150 },
      { site: S.solMdm, debut: 200 },
    ],
  },
  {
    cle: "solidarites-deaes-apprentissage",
    organisme: "solidarites",
    diplome: "DEAES",
    modalite: "apprentissage",
    sessions: [{ site: S.solTyrosse, debut: 75 }],
  },
  {
    cle: "solidarites-tp-advf",
    organisme: "solidarites",
    diplome: "TP_ADVF",
    modalite: "formation_continue",
    sessions: [
      { site: S.solTyrosse, debut: -320 },
      { site: S.solTyrosse, debut: 40 },
    ],
  },
  {
    cle: "solidarites-detisf-initiale",
    organisme: "solidarites",
    diplome: "DETISF",
    modalite: "formation_initiale",
    sessions: [{ site: S.solMdm, debut: -250 }],
  },
  {
    cle: "solidarites-prepa-soin",
    organisme: "solidarites",
    diplome: "DEAES",
    modalite: "preparation",
    titre: "Découvrir les métiers du soin et de l'accompagnement (préqualification)",
    sessions: [
      { site: S.solTyrosse, debut: 30, jours: 70, places: 15 },
      { site: S.solTyrosse, debut: 150, jours: 70, places: 15 },
    ],
  },
  {
    cle: "solidarites-deme-apprentissage",
    organisme: "solidarites",
    diplome: "DEME",
    modalite: "apprentissage",
    statut: "soumise",
    sessions: [{ site: S.solMdm, debut: 180 }],
  },
  // Formations sanitaires et sociales de la Haute Lande (Morcenx).
  {
    cle: "haute-lande-deas-continue",
    organisme: "hauteLande",
    diplome: "DEAS",
    modalite: "formation_continue",
    complement: "Parcours allégés pour les titulaires du DEAES, du DEAP ou du bac pro ASSP.",
    sessions: [{ site: S.morcenx, debut: 100 }],
  },
  {
    cle: "haute-lande-tp-advf",
    organisme: "hauteLande",
    diplome: "TP_ADVF",
    modalite: "formation_continue",
    sessions: [{ site: S.morcenx, debut: -60 }],
  },
  {
    cle: "haute-lande-vae-deas",
    organisme: "hauteLande",
    diplome: "DEAS",
    modalite: "vae",
    titre: "Accompagnement VAE vers le diplôme d'État d'aide-soignant",
    sessions: [{ site: S.morcenx, debut: -250, jours: 180, places: 6 }],
  },
  // Maison familiale rurale de Saint-Sever.
  {
    cle: "mfr-cap-aepe-apprentissage",
    organisme: "mfr",
    diplome: "CAP_AEPE",
    modalite: "apprentissage",
    complement: "Hébergement possible à l'internat de la MFR pendant les semaines en centre.",
    sessions: [
      { site: S.mfr, debut: -220 },
      { site: S.mfr, debut: 130 },
    ],
  },
  {
    cle: "mfr-prepa-ifas",
    organisme: "mfr",
    diplome: "DEAS",
    modalite: "preparation",
    titre: "Préparer la sélection aide-soignant ou auxiliaire de puériculture",
    sessions: [{ site: S.mfr, debut: 60, jours: 100, places: 16 }],
  },
  // GRETA-CFA des Landes.
  {
    cle: "greta-tp-advf",
    organisme: "greta",
    diplome: "TP_ADVF",
    modalite: "formation_continue",
    sessions: [
      { site: S.gretaMimizan, debut: 50 },
      { site: S.gretaTarnos, debut: 120 },
    ],
  },
  {
    cle: "greta-cap-aepe-adultes",
    organisme: "greta",
    diplome: "CAP_AEPE",
    modalite: "formation_continue",
    titre: "CAP Accompagnant éducatif petite enfance pour adultes, en un an",
    sessions: [
      { site: S.gretaMdm, debut: -100 },
      { site: S.gretaParentis, debut: 170 },
    ],
  },
  {
    cle: "greta-deaes-continue",
    organisme: "greta",
    diplome: "DEAES",
    modalite: "formation_continue",
    sessions: [{ site: S.gretaSoustons, debut: 80 }],
  },
  {
    cle: "greta-vae-advf",
    organisme: "greta",
    diplome: "TP_ADVF",
    modalite: "vae",
    titre: "Accompagnement VAE vers le titre professionnel Assistant de vie aux familles",
    sessions: [{ site: S.gretaDax, debut: 10, jours: 150, places: 10 }],
  },
  // Vocational high schools.
  {
    cle: "lp-hagetmau-bac-assp",
    organisme: "lpHagetmau",
    diplome: "BAC_PRO_ASSP",
    modalite: "formation_initiale",
    gratuitLycee: true,
    sessions: [
      { site: S.lpHagetmau, debut: -260 },
      { site: S.lpHagetmau, debut: 100 },
    ],
  },
  {
    cle: "lp-hagetmau-cap-aepe",
    organisme: "lpHagetmau",
    diplome: "CAP_AEPE",
    modalite: "formation_initiale",
    gratuitLycee: true,
    sessions: [
      { site: S.lpHagetmau, debut: -260 },
      { site: S.lpHagetmau, debut: 100 },
    ],
  },
  {
    cle: "lp-orthe-bac-assp",
    organisme: "lpOrthe",
    diplome: "BAC_PRO_ASSP",
    modalite: "formation_initiale",
    gratuitLycee: true,
    sessions: [
      { site: S.lpOrthe, debut: -260, places: 30 },
      { site: S.lpOrthe, debut: 100, places: 30 },
    ],
  },
  // IFSI-IFAS du Marsan.
  {
    cle: "ifas-deas-initiale",
    organisme: "ifas",
    diplome: "DEAS",
    modalite: "formation_initiale",
    sessions: [
      { site: S.ifasMdm, debut: -180 },
      { site: S.ifasMdm, debut: 120 },
      { site: S.ifasAire, debut: 120, places: 20 },
    ],
  },
  {
    cle: "ifas-deas-apprentissage",
    organisme: "ifas",
    diplome: "DEAS",
    modalite: "apprentissage",
    sessions: [{ site: S.ifasAire, debut: 90, places: 12 }],
  },
  {
    cle: "ifas-deap-initiale",
    organisme: "ifas",
    diplome: "DEAP",
    modalite: "formation_initiale",
    sessions: [
      { site: S.ifasMdm, debut: -400 },
      { site: S.ifasMdm, debut: -30 },
      { site: S.ifasMdm, debut: 300 },
    ],
  },
  // IRTS, antenne des Landes.
  {
    cle: "irts-dees-initiale",
    organisme: "irts",
    diplome: "DEES",
    modalite: "formation_initiale",
    sessions: [
      { site: S.irtsDax, debut: -230 },
      { site: S.irtsDax, debut: 130 },
    ],
  },
  {
    cle: "irts-dees-apprentissage",
    organisme: "irts",
    diplome: "DEES",
    modalite: "apprentissage",
    sessions: [{ site: S.irtsMdm, debut: 130, places: 12 }],
  },
  {
    cle: "irts-deeje-initiale",
    organisme: "irts",
    diplome: "DEEJE",
    modalite: "formation_initiale",
    sessions: [
      { site: S.irtsMdm, debut: -230 },
      { site: S.irtsMdm, debut: 130 },
    ],
  },
  {
    cle: "irts-deass-initiale",
    organisme: "irts",
    diplome: "DEASS",
    modalite: "formation_initiale",
    sessions: [{ site: S.irtsMdm, debut: 130 }],
  },
  {
    cle: "irts-deets-apprentissage",
    organisme: "irts",
    diplome: "DEETS",
    modalite: "apprentissage",
    sessions: [{ site: S.irtsDax, debut: 130 }],
  },
  // Lycée polyvalent du Born.
  {
    cle: "born-decesf",
    organisme: "born",
    diplome: "DECESF",
    modalite: "formation_initiale",
    sessions: [
      { site: S.born, debut: -230 },
      { site: S.born, debut: 130 },
    ],
  },
];

// ---------------------------------------------------------------------------
// Generation (pure)

/** Diplome.code → the reference's official title, passed in by the seed (read from the database). */
export type DemoDiplomeInput = { id: string; code: string; intitule: string };
export type DemoCommunePoint = { code: string; latitude: number; longitude: number };

export type DemoOrganismeRow = {
  id: string;
  nom: string;
  siret: string;
  adresse: string;
  communeCode: string;
};
export type DemoSiteRow = {
  id: string;
  organisationId: string;
  nom: string;
  adresse: string;
  communeCode: string;
  latitude: number;
  longitude: number;
};
export type DemoOffreRow = {
  id: string;
  organisationId: string;
  diplomeId: string;
  titre: string;
  modalite: Modalite;
  description: string;
  dureeHeures: number;
  heuresStage: number;
  prerequis: string;
  selection: string;
  couts: string;
  financeRegion: boolean;
  cpf: boolean;
  apprentissage: boolean;
  accessibiliteContact: string;
  contact: string;
  lienOrganisme: string | null;
  codesPublicVise: string[];
  statut: "publiee" | "soumise" | "brouillon";
  soumiseAt: string | null;
  publieeAt: string | null;
  createdAt: string;
};
export type DemoSessionRow = {
  id: string;
  offreId: string;
  siteId: string;
  debut: string;
  fin: string;
  dateLimiteCandidature: string | null;
  places: number;
  rythme: Rythme;
  rythmeDetail: string | null;
};

export type DemoFormations = {
  organismes: DemoOrganismeRow[];
  /** every demo training body (the seeded persona's included) and its declaration number */
  numerosActivite: { id: string; numeroActivite: string }[];
  sites: DemoSiteRow[];
  offres: DemoOffreRow[];
  sessions: DemoSessionRow[];
};

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday on or after `day`. */
function nextMonday(day: string): string {
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, (8 - weekday) % 7);
}

/** An instant `daysAgo` days before `today`, at 9:30 UTC. */
function instant(today: string, daysAgo: number): string {
  return `${addDays(today, -daysAgo)}T09:30:00.000Z`;
}

/**
 * A declaration number (NDA) as the préfet of Nouvelle-Aquitaine gives them: region code 75, the
 * département, a 5-digit serial, the département again (11 digits).
 */
export function demoNumeroActivite(index: number, departement: string): string {
  return `75${departement}${String(90000 + index).padStart(5, "0")}${departement}`;
}

/** A 14-digit SIRET with a valid Luhn key, distinct per index (prefix used by no other demo data). */
export function demoFormationSiret(index: number): string {
  const body = `84040${String(index).padStart(4, "0")}0001`;
  for (let key = 0; key < 10; key++) {
    if (siretValid(body + key)) return body + key;
  }
  throw new Error("unreachable");
}

const TOUS: readonly Organisme[] = Object.values(ORGANISMES);
const GENERES = TOUS.filter((o): o is OrganismeGenere => o.genere);

/** "Diplôme d'État…" → "diplôme d'État…", but "CAP…" stays. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function heures(diplome: DiplomeCode, modalite: Modalite): readonly [number, number, number] {
  if (modalite === "preparation") return [175, 35, 90];
  if (modalite === "vae") return [24, 0, 180];
  const table = DIPLOMES[diplome].heures;
  const found = table[modalite] ?? table["*"];
  if (!found) throw new Error(`Durée inconnue pour ${diplome} (${modalite})`);
  return found;
}

/** The demo rows for `today` ("YYYY-MM-DD", Paris); `communes` gives the sites' points. */
export function generateDemoFormations(input: {
  today: string;
  diplomes: readonly DemoDiplomeInput[];
  communes: readonly DemoCommunePoint[];
}): DemoFormations {
  const { today } = input;
  const diplomes = new Map(input.diplomes.map((d) => [d.code, d]));
  const communes = new Map(input.communes.map((c) => [c.code, c]));

  const organismes = GENERES.map((o, index): DemoOrganismeRow => ({
    id: o.id,
    nom: o.nom,
    siret: demoFormationSiret(index + 1),
    adresse: o.adresse,
    communeCode: o.communeCode,
  }));
  const numerosActivite = TOUS.map((o, index) => ({
    id: o.id,
    numeroActivite: demoNumeroActivite(index + 1, o.genere ? o.communeCode.slice(0, 2) : "40"),
  }));
  const sites = GENERES.flatMap((o) =>
    o.sites.map((s): DemoSiteRow => {
      const commune = communes.get(s.communeCode);
      if (!commune) throw new Error(`Commune inconnue pour le site ${s.id} : ${s.communeCode}`);
      return {
        id: s.id,
        organisationId: o.id,
        nom: s.nom,
        adresse: s.adresse,
        communeCode: s.communeCode,
        latitude: commune.latitude,
        longitude: commune.longitude,
      };
    }),
  );

  const offres: DemoOffreRow[] = [];
  const sessions: DemoSessionRow[] = [];
  OFFRES.forEach((spec, index) => {
    const organisme: Organisme = ORGANISMES[spec.organisme];
    const diplome = diplomes.get(spec.diplome);
    if (!diplome) throw new Error(`Diplôme inconnu : ${spec.diplome}`);
    const profil = DIPLOMES[spec.diplome];
    const modalite = MODALITES[spec.modalite];
    const [dureeHeures, heuresStage, jours] = heures(spec.diplome, spec.modalite);
    const id = `${DEMO_FORMATION_ID_PREFIX.offre}${spec.cle}`;
    const statut = spec.statut ?? "publiee";
    const gratuit = spec.gratuitLycee === true;
    const vae = spec.modalite === "vae";
    const preparation = spec.modalite === "preparation";
    const description = [
      preparation ? null : profil.contenu,
      preparation ? `Pour préparer l'entrée en formation au ${lowerFirst(diplome.intitule)}.` : null,
      modalite.phrase,
      spec.complement ?? null,
    ]
      .filter(Boolean)
      .join(" ");
    offres.push({
      id,
      organisationId: organisme.id,
      diplomeId: diplome.id,
      titre: spec.titre ?? `${diplome.intitule} – ${modalite.suffixe}`,
      modalite: spec.modalite,
      description,
      dureeHeures,
      heuresStage,
      prerequis: vae
        ? "Une expérience professionnelle, bénévole ou de proche aidant en lien avec les activités du diplôme."
        : preparation
          ? "Aucun diplôme exigé ; un projet d'entrée en formation aux métiers du soin ou de l'accompagnement."
          : spec.modalite === "apprentissage"
            ? `${profil.prerequis} En apprentissage : avoir moins de 30 ans (sans limite d'âge pour les personnes handicapées).`
            : profil.prerequis,
      selection: vae
        ? "Entretien préalable pour vérifier le lien entre votre expérience et le diplôme visé."
        : preparation
          ? "Information collective puis entretien de motivation."
          : profil.selection,
      couts: gratuit ? ALTERNANCE_LYCEE : modalite.couts,
      financeRegion: gratuit ? false : modalite.financeRegion,
      cpf: modalite.cpf,
      apprentissage: modalite.apprentissage,
      accessibiliteContact: organisme.referentHandicap,
      contact: organisme.contact,
      lienOrganisme: organisme.siteWeb ? `${organisme.siteWeb}/formations/${spec.cle}` : null,
      // FORMACODE "public" code used for offers open to all in Carif-Oref LHÉO feeds.
      codesPublicVise: ["80006"],
      statut,
      soumiseAt:
        statut === "brouillon" ? null : instant(today, statut === "soumise" ? 2 + (index % 3) : 40 + index),
      publieeAt: statut === "publiee" ? instant(today, 35 + index) : null,
      createdAt: instant(today, 45 + index),
    });
    spec.sessions.forEach((s, n) => {
      if (!organisme.sites.some((site) => site.id === s.site)) {
        throw new Error(`Le site ${s.site} n'appartient pas à ${organisme.id} (${spec.cle})`);
      }
      const debut = nextMonday(addDays(today, s.debut));
      const fin = addDays(debut, (s.jours ?? jours) - 3);
      // Applications close a month before the start, except for a VAE (rolling entries).
      const limite = vae ? null : addDays(debut, -30);
      sessions.push({
        id: `${id}-s${n + 1}`,
        offreId: id,
        siteId: s.site,
        debut,
        fin,
        dateLimiteCandidature: limite,
        places: s.places ?? profil.places,
        rythme: modalite.rythme,
        rythmeDetail:
          gratuit && spec.modalite === "formation_initiale"
            ? "Cours au lycée, périodes de formation en milieu professionnel de 3 à 6 semaines"
            : modalite.rythmeDetail,
      });
    });
  });
  return { organismes, numerosActivite, sites, offres, sessions };
}

// ---------------------------------------------------------------------------
// Writing

/** Sites of the seeded bodies that the offers use: prisma/seed.ts must have created them. */
const SEEDED_SITE_IDS = TOUS.filter((o) => !o.genere).flatMap((o) => o.sites.map((s) => s.id));

/**
 * Writes the demo training bodies, sites, offers and sessions (dates relative to `today`,
 * "YYYY-MM-DD" in Paris). Needs the demo organisations of prisma/seed.ts. Reruns reset the demo
 * offers to their generated state and keep staff decisions on the generated bodies' statut.
 */
export async function seedDemoFormations(
  db: PrismaClient,
  today: string,
): Promise<{ offres: number; sessions: number }> {
  const communeCodes = [...new Set(GENERES.flatMap((o) => o.sites.map((s) => s.communeCode)))];
  const [diplomes, communes, seededSites] = await Promise.all([
    db.diplome.findMany({ select: { id: true, code: true, intitule: true } }),
    db.commune.findMany({
      where: { code: { in: communeCodes } },
      select: { code: true, latitude: true, longitude: true },
    }),
    db.site.findMany({ where: { id: { in: SEEDED_SITE_IDS } }, select: { id: true } }),
  ]);
  const missing = SEEDED_SITE_IDS.filter((id) => !seededSites.some((s) => s.id === id));
  if (missing.length > 0) {
    throw new Error(
      `seedDemoFormations : sites du seed introuvables (${missing.join(", ")}) ; lancez d'abord seedDatabase.`,
    );
  }

  const demo = generateDemoFormations({ today, diplomes, communes });
  const json = (rows: unknown) => JSON.stringify(rows);
  const prefix = (p: string) => `${p}%`;
  const offreIds = json(demo.offres.map((o) => o.id));
  const siteIds = json(demo.sites.map((s) => s.id));
  const organismeIds = json(demo.organismes.map((o) => o.id));

  await db.$transaction([
    // Leftovers of an earlier version of this list (none while it is unchanged); sessions cascade.
    db.$executeRaw`
      DELETE FROM "OffreFormation"
      WHERE "id" LIKE ${prefix(DEMO_FORMATION_ID_PREFIX.offre)}
        AND "id" NOT IN (SELECT jsonb_array_elements_text(${offreIds}::jsonb))`,
    db.$executeRaw`
      DELETE FROM "Site" s
      WHERE s."id" LIKE ${prefix(DEMO_FORMATION_ID_PREFIX.site)}
        AND s."id" NOT IN (SELECT jsonb_array_elements_text(${siteIds}::jsonb))
        AND NOT EXISTS (SELECT 1 FROM "SessionFormation" f WHERE f."siteId" = s."id")
        AND NOT EXISTS (SELECT 1 FROM "StageOffre" o WHERE o."siteId" = s."id")`,
    db.$executeRaw`
      DELETE FROM "Organisation" g
      WHERE g."id" LIKE ${prefix(DEMO_FORMATION_ID_PREFIX.organisation)}
        AND g."id" NOT IN (SELECT jsonb_array_elements_text(${organismeIds}::jsonb))
        AND NOT EXISTS (SELECT 1 FROM "OffreFormation" o WHERE o."organisationId" = g."id")
        AND NOT EXISTS (SELECT 1 FROM "Site" s WHERE s."organisationId" = g."id")`,
    // Generated bodies: verified on creation; a later staff decision on their statut is kept.
    db.$executeRaw`
      INSERT INTO "Organisation" ("id", "type", "nom", "siret", "adresse", "communeCode", "statut", "verifiedAt", "updatedAt")
      SELECT x.id, 'organisme_formation', x.nom, x.siret, x.adresse, x."communeCode", 'verifiee', now(), now()
      FROM jsonb_to_recordset(${json(demo.organismes)}::jsonb)
        AS x(id text, nom text, siret text, adresse text, "communeCode" text)
      ON CONFLICT ("id") DO UPDATE SET
        "nom" = EXCLUDED."nom", "siret" = EXCLUDED."siret", "adresse" = EXCLUDED."adresse",
        "communeCode" = EXCLUDED."communeCode", "updatedAt" = now()`,
    db.$executeRaw`
      UPDATE "Organisation" g SET "numeroActivite" = x."numeroActivite"
      FROM jsonb_to_recordset(${json(demo.numerosActivite)}::jsonb) AS x(id text, "numeroActivite" text)
      WHERE g."id" = x.id`,
    db.$executeRaw`
      INSERT INTO "Site" ("id", "organisationId", "nom", "adresse", "communeCode", "latitude", "longitude",
                          "coordonneesSource", "updatedAt")
      SELECT x.id, x."organisationId", x.nom, x.adresse, x."communeCode", x.latitude, x.longitude, 'commune', now()
      FROM jsonb_to_recordset(${json(demo.sites)}::jsonb)
        AS x(id text, "organisationId" text, nom text, adresse text, "communeCode" text,
             latitude double precision, longitude double precision)
      ON CONFLICT ("id") DO UPDATE SET
        "organisationId" = EXCLUDED."organisationId", "nom" = EXCLUDED."nom", "adresse" = EXCLUDED."adresse",
        "communeCode" = EXCLUDED."communeCode", "latitude" = EXCLUDED."latitude", "longitude" = EXCLUDED."longitude",
        "coordonneesSource" = EXCLUDED."coordonneesSource", "updatedAt" = now()`,
    db.$executeRaw`
      INSERT INTO "OffreFormation" (
        "id", "organisationId", "diplomeId", "titre", "modalite", "description", "dureeHeures", "heuresStage",
        "prerequis", "selection", "couts", "financeRegion", "cpf", "apprentissage", "accessibiliteContact",
        "contact", "lienOrganisme", "codesPublicVise", "statut", "motifRefus", "soumiseAt", "publieeAt", "createdAt",
        "updatedAt")
      SELECT x.id, x."organisationId", x."diplomeId", x.titre, x.modalite::"FormationModalite", x.description,
        x."dureeHeures", x."heuresStage", x.prerequis, x.selection, x.couts, x."financeRegion", x.cpf,
        x.apprentissage, x."accessibiliteContact", x.contact, x."lienOrganisme",
        ARRAY(SELECT jsonb_array_elements_text(x."codesPublicVise")), x.statut::"FormationStatut",
        NULL, x."soumiseAt", x."publieeAt", x."createdAt", COALESCE(x."publieeAt", x."soumiseAt", x."createdAt")
      FROM jsonb_to_recordset(${json(demo.offres)}::jsonb) AS x(
        id text, "organisationId" text, "diplomeId" text, titre text, modalite text, description text,
        "dureeHeures" integer, "heuresStage" integer, prerequis text, selection text, couts text,
        "financeRegion" boolean, cpf boolean, apprentissage boolean, "accessibiliteContact" text, contact text,
        "lienOrganisme" text, "codesPublicVise" jsonb, statut text, "soumiseAt" timestamp, "publieeAt" timestamp,
        "createdAt" timestamp)
      ON CONFLICT ("id") DO UPDATE SET
        "organisationId" = EXCLUDED."organisationId", "diplomeId" = EXCLUDED."diplomeId", "titre" = EXCLUDED."titre",
        "modalite" = EXCLUDED."modalite", "description" = EXCLUDED."description",
        "dureeHeures" = EXCLUDED."dureeHeures", "heuresStage" = EXCLUDED."heuresStage",
        "prerequis" = EXCLUDED."prerequis", "selection" = EXCLUDED."selection", "couts" = EXCLUDED."couts",
        "financeRegion" = EXCLUDED."financeRegion", "cpf" = EXCLUDED."cpf", "apprentissage" = EXCLUDED."apprentissage",
        "accessibiliteContact" = EXCLUDED."accessibiliteContact", "contact" = EXCLUDED."contact",
        "lienOrganisme" = EXCLUDED."lienOrganisme", "codesPublicVise" = EXCLUDED."codesPublicVise",
        "statut" = EXCLUDED."statut", "motifRefus" = NULL,
        "soumiseAt" = EXCLUDED."soumiseAt", "publieeAt" = EXCLUDED."publieeAt",
        "createdAt" = EXCLUDED."createdAt", "updatedAt" = EXCLUDED."updatedAt"`,
    // Sessions: deleted and recreated, their set may change from one run to the next.
    db.$executeRaw`
      DELETE FROM "SessionFormation" WHERE "offreId" IN (SELECT jsonb_array_elements_text(${offreIds}::jsonb))`,
    db.$executeRaw`
      INSERT INTO "SessionFormation" ("id", "offreId", "siteId", "debut", "fin", "dateLimiteCandidature",
                                      "places", "rythme", "rythmeDetail")
      SELECT x.id, x."offreId", x."siteId", x.debut, x.fin, x."dateLimiteCandidature", x.places,
             x.rythme::"SessionRythme", x."rythmeDetail"
      FROM jsonb_to_recordset(${json(demo.sessions)}::jsonb) AS x(
        id text, "offreId" text, "siteId" text, debut date, fin date, "dateLimiteCandidature" date,
        places integer, rythme text, "rythmeDetail" text)`,
  ]);
  return { offres: demo.offres.length, sessions: demo.sessions.length };
}
