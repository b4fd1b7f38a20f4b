// What each profession of accompaniment is, for the /metiers pages (pure, client-safe).
// One entry per diploma of prisma/reference/diplomes.ts, keyed by the diploma's slug: the unit test
// tests/unit/metiers.test.ts fails when a diploma has neither an entry nor a reason to be left out.

export type MetierContent = {
  /** Diplome.slug: the page is /metiers/<slug> */
  slug: string;
  /** one sentence under the title */
  accroche: string;
  /** what the job is, for a 16–25 year old: 3 to 5 sentences (days, colleagues, places) */
  presentation: string;
  /** where people in this job work */
  lieux: readonly string[];
  /** who can enter the training, and how candidates are chosen */
  acces: string;
  /** how long the training lasts, stages included */
  duree: string;
  /** other names people use for the job or the diploma (shown on the page) */
  autresNoms?: readonly string[];
};

export const METIERS: readonly MetierContent[] = [
  {
    slug: "deaes",
    accroche: "Aider chaque jour une personne fragile à vivre comme elle le souhaite.",
    presentation:
      "Vous accompagnez des personnes âgées, des adultes ou des enfants en situation de handicap dans les gestes du quotidien : se lever, se laver, s'habiller, manger, sortir, garder le lien avec leurs proches. Une journée commence souvent par l'aide au lever et à la toilette, se poursuit par le repas et une activité (promenade, atelier, courses), et se termine par les transmissions à l'équipe. Vous travaillez avec des aides-soignants, des infirmiers, des éducateurs et les familles. Le diplôme a trois spécialités : accompagnement à domicile, en établissement, ou à l'école auprès d'un élève handicapé.",
    lieux: [
      "EHPAD",
      "Domicile des personnes, avec un service d'aide (SAAD)",
      "Maison d'accueil spécialisée (MAS), foyer d'accueil médicalisé (FAM), foyer de vie",
      "École, collège ou lycée, auprès d'un élève en situation de handicap",
    ],
    acces:
      "Aucun diplôme n'est exigé. L'entrée se fait sur dossier et entretien de motivation, dès 16 ou 17 ans selon l'organisme, en formation initiale, en apprentissage ou en formation continue.",
    duree:
      "De 12 à 24 mois selon le rythme, soit environ 1 400 heures dont 840 heures de stage en structure.",
    autresNoms: ["AES", "auxiliaire de vie sociale (AVS)", "aide médico-psychologique (AMP)"],
  },
  {
    slug: "tp-advf",
    accroche: "Intervenir chez les gens pour que leur maison reste un lieu où il fait bon vivre.",
    presentation:
      "Vous allez au domicile de personnes âgées, de personnes handicapées ou de familles pour les aider à vivre chez elles : entretien du logement et du linge, courses, préparation des repas, aide à la toilette et aux déplacements. Une journée, c'est souvent trois ou quatre interventions chez des personnes différentes, avec des trajets entre chaque, et un planning organisé par votre service. Vous êtes le plus souvent seul chez la personne, en lien avec votre responsable de secteur, l'infirmière à domicile et la famille. Vous pouvez aussi garder des enfants à leur domicile, en dehors des heures d'école.",
    lieux: [
      "Domicile des personnes, avec un service d'aide et d'accompagnement à domicile (SAAD)",
      "Associations d'aide à domicile, centres communaux d'action sociale (CCAS)",
      "Emploi direct par des particuliers",
      "Résidences autonomie",
    ],
    acces:
      "Aucun diplôme n'est exigé. L'entrée se fait après une information collective et un entretien ; le permis B est souvent très utile dans les Landes.",
    duree:
      "Environ 6 à 8 mois en formation continue, dont plusieurs semaines de stage chez un employeur de l'aide à domicile.",
    autresNoms: ["aide à domicile", "auxiliaire de vie", "aide ménagère"],
  },
  {
    slug: "cap-aepe",
    accroche: "Prendre soin des tout-petits et les aider à grandir.",
    presentation:
      "Vous vous occupez d'enfants de moins de 6 ans : les accueillir le matin, leur donner le repas, les changer, les coucher, jouer et faire des activités d'éveil avec eux. Une journée suit le rythme des enfants, avec beaucoup d'attention à leur sécurité, à leur hygiène et à ce qu'ils découvrent. Vous travaillez avec des auxiliaires de puériculture, des éducateurs de jeunes enfants, des enseignants et les parents. Avec ce CAP, vous pouvez aussi devenir assistant maternel et accueillir des enfants chez vous.",
    lieux: [
      "Crèches et multi-accueils (EAJE)",
      "Écoles maternelles, après le concours d'ATSEM",
      "Accueils de loisirs",
      "Votre domicile, comme assistant maternel agréé",
    ],
    acces:
      "Après la 3e, au lycée professionnel ou en apprentissage. Les adultes qui ont déjà un diplôme peuvent le préparer en un an, en formation continue.",
    duree:
      "2 ans au lycée ou en apprentissage, avec 14 à 16 semaines de stage ; environ 1 an pour un adulte déjà diplômé.",
    autresNoms: ["CAP AEPE", "CAP petite enfance"],
  },
  {
    slug: "deas",
    accroche: "Prendre soin des patients, au plus près d'eux, au sein d'une équipe soignante.",
    presentation:
      "Vous aidez les patients et les résidents dans les soins du quotidien : toilette, repas, déplacements, confort, et vous surveillez leur état de santé (température, tension, douleur). Vous travaillez sous la responsabilité d'un infirmier, en équipe, avec des horaires qui peuvent être du matin, du soir, de nuit ou le week-end. Une journée type en EHPAD commence par les transmissions, puis les toilettes et les petits déjeuners, les soins, le repas et le temps d'écoute. C'est un métier physique et humain, où la relation avec la personne compte autant que le geste.",
    lieux: [
      "EHPAD",
      "Hôpitaux et cliniques",
      "Service de soins infirmiers à domicile (SSIAD)",
      "Maison d'accueil spécialisée (MAS) et foyer d'accueil médicalisé (FAM)",
    ],
    acces:
      "Aucun diplôme n'est exigé, dès 17 ans. L'entrée en institut de formation d'aides-soignants (IFAS) se fait sur dossier et entretien.",
    duree: "Environ 12 mois à temps plein : 1 540 heures, dont 770 heures de stage.",
    autresNoms: ["AS"],
  },
  {
    slug: "deap",
    accroche: "Accompagner les bébés et les jeunes enfants, de la naissance à la crèche.",
    presentation:
      "Vous prenez soin des nouveau-nés et des jeunes enfants : bains, repas, biberons, change, surveillance de leur santé et de leur développement, jeux d'éveil. Vous aidez aussi les parents à prendre confiance, par exemple à la maternité lors des premiers jours. Vous travaillez avec des puéricultrices, des sages-femmes, des éducateurs de jeunes enfants et des médecins, à l'hôpital avec des horaires en roulement ou en crèche en journée. Le métier demande de la douceur, de l'observation et une grande rigueur dans l'hygiène.",
    lieux: [
      "Maternités et services de pédiatrie",
      "Crèches et multi-accueils (EAJE)",
      "Protection maternelle et infantile (PMI)",
      "Pouponnières et foyers de l'enfance",
    ],
    acces:
      "Aucun diplôme n'est exigé, dès 17 ans. L'entrée en institut de formation d'auxiliaires de puériculture se fait sur dossier et entretien.",
    duree: "Environ 12 mois à temps plein : 1 540 heures, dont 770 heures de stage.",
    autresNoms: ["AP"],
  },
  {
    slug: "deme",
    accroche: "Partager le quotidien d'enfants ou d'adultes pour les aider à gagner en autonomie.",
    presentation:
      "Vous accompagnez des enfants, des adolescents ou des adultes en situation de handicap ou en difficulté sociale dans leur vie de tous les jours. Vous organisez les levers, les repas, les sorties, les activités sportives ou artistiques, et vous aidez chacun à apprendre à se débrouiller seul. Vous travaillez en équipe avec des éducateurs spécialisés, des psychologues et des familles, souvent en internat avec des horaires en soirée et le week-end. Vous écrivez aussi des observations pour suivre le projet de chaque personne.",
    lieux: [
      "Institut médico-éducatif (IME)",
      "Foyers de vie, foyers d'hébergement, ESAT",
      "Maison d'enfants à caractère social (MECS)",
      "Institut thérapeutique, éducatif et pédagogique (ITEP)",
    ],
    acces:
      "Aucun diplôme n'est exigé, mais une épreuve d'admission (écrit et entretien) est organisée par chaque établissement de formation.",
    duree: "2 ans : environ 950 heures de cours et 980 heures de stage.",
  },
  {
    slug: "detisf",
    accroche: "Aider les familles, chez elles, à traverser une période difficile.",
    presentation:
      "Vous intervenez au domicile de familles qui vivent un moment compliqué : naissance, maladie, séparation, difficultés éducatives ou budgétaires. Avec les parents, vous organisez le quotidien (repas, budget, rythme des enfants, démarches) et vous les aidez à reprendre confiance dans leur rôle. Vous travaillez pour un service d'aide aux familles ou de protection de l'enfance, en lien avec les assistants sociaux, les éducateurs et les écoles. Chaque journée se passe dans deux ou trois familles, avec des temps de réunion et d'écrits au service.",
    lieux: [
      "Services d'aide à domicile aux familles",
      "Protection de l'enfance (aide sociale à l'enfance, AEMO)",
      "Centres sociaux et caisses d'allocations familiales",
      "Centres d'hébergement et de réinsertion sociale (CHRS)",
    ],
    acces:
      "Aucun diplôme n'est exigé. L'entrée se fait après des épreuves de sélection (écrit et entretien) organisées par l'établissement de formation.",
    duree: "18 à 24 mois : environ 950 heures de cours et 1 155 heures de stage.",
    autresNoms: ["TISF"],
  },
  {
    slug: "bac-pro-assp",
    accroche: "Un bac professionnel pour aller vers le soin, l'aide à domicile ou la petite enfance.",
    presentation:
      "Au lycée professionnel, vous apprenez à aider des personnes âgées, malades, handicapées ou de jeunes enfants : hygiène, confort, repas, animation, et aussi l'entretien des locaux et du matériel. Une semaine alterne cours généraux, ateliers pratiques (toilette sur mannequin, préparation de repas, soins de base) et, plusieurs fois dans l'année, des stages en structure. Vous travaillez ensuite en équipe avec des soignants ou des éducateurs, ou vous poursuivez vos études vers le diplôme d'aide-soignant, d'auxiliaire de puériculture ou d'infirmier. Deux options existent : « à domicile » et « en structure ».",
    lieux: [
      "EHPAD et hôpitaux",
      "Domicile des personnes, avec un service d'aide (SAAD)",
      "Crèches et écoles maternelles",
      "Établissements pour personnes handicapées",
    ],
    acces: "Après la 3e, au lycée professionnel ou en apprentissage ; aucun concours.",
    duree: "3 ans, dont 22 semaines de stage (périodes de formation en milieu professionnel).",
    autresNoms: ["bac pro ASSP"],
  },
  {
    slug: "dees",
    accroche: "Accompagner des personnes en difficulté à construire leur projet de vie.",
    presentation:
      "Vous aidez des enfants, des jeunes ou des adultes en situation de handicap, en danger ou en grande difficulté sociale à trouver leur place : à l'école, au travail, dans leur famille, dans la société. Vous menez des entretiens, des activités éducatives, des rencontres avec les familles et les partenaires, et vous rédigez des rapports qui comptent pour l'avenir de la personne. Vous travaillez en équipe pluridisciplinaire avec des psychologues, des assistants sociaux, des moniteurs-éducateurs et des enseignants. Selon le poste, vos journées se passent en établissement, dans la rue (prévention spécialisée) ou au domicile des familles.",
    lieux: [
      "Institut médico-éducatif (IME) et ITEP",
      "Maison d'enfants à caractère social (MECS) et foyer de l'enfance",
      "Service d'action éducative en milieu ouvert (AEMO)",
      "Centres d'hébergement (CHRS) et services de prévention spécialisée",
    ],
    acces:
      "Avec le baccalauréat (ou un diplôme de niveau 4, ou le DAEU), par Parcoursup pour les lycéens ou sur dossier et entretien pour les adultes.",
    duree: "3 ans : environ 1 450 heures de cours et 2 100 heures de stage (15 mois).",
    autresNoms: ["ES"],
  },
  {
    slug: "deeje",
    accroche: "Penser et animer l'accueil des jeunes enfants, avec leurs parents.",
    presentation:
      "Vous accompagnez des enfants de la naissance à 7 ans dans leur développement : vous imaginez des activités d'éveil, d'art, de langage et de motricité, et vous aménagez les espaces pour qu'ils découvrent en sécurité. Vous travaillez avec les parents, que vous écoutez et conseillez, et vous animez une équipe d'auxiliaires de puériculture et d'accompagnants petite enfance. Vous pouvez diriger une crèche ou un relais petite enfance, ou travailler auprès d'enfants malades, handicapés ou placés. Les journées sont rythmées par l'accueil des familles, les temps avec les enfants et les réunions d'équipe.",
    lieux: [
      "Crèches, multi-accueils et micro-crèches (EAJE)",
      "Relais petite enfance",
      "Pouponnières et foyers de l'enfance",
      "Services hospitaliers de pédiatrie",
    ],
    acces:
      "Avec le baccalauréat (ou un diplôme de niveau 4, ou le DAEU), par Parcoursup pour les lycéens ou sur dossier et entretien pour les adultes.",
    duree: "3 ans : environ 1 500 heures de cours et 2 100 heures de stage.",
    autresNoms: ["EJE"],
  },
  {
    slug: "deets",
    accroche: "Transmettre un métier manuel à des personnes handicapées ou en insertion.",
    presentation:
      "Vous êtes à la fois éducateur et professionnel d'un métier technique (cuisine, espaces verts, menuiserie, blanchisserie…). Vous encadrez des ateliers où des adultes en situation de handicap ou des jeunes en difficulté apprennent un savoir-faire et gagnent en confiance. Une journée se passe le plus souvent à l'atelier, avec une équipe de travailleurs à organiser, des commandes de clients à tenir et des temps de bilan avec chacun. Vous travaillez avec des moniteurs d'atelier, des éducateurs, des psychologues et des entreprises partenaires.",
    lieux: [
      "Établissement et service d'accompagnement par le travail (ESAT)",
      "Institut médico-éducatif (IME), sections professionnelles",
      "Entreprises adaptées et chantiers d'insertion",
      "Établissements de la protection judiciaire de la jeunesse",
    ],
    acces:
      "Avec le baccalauréat ou un diplôme de niveau 4, ou avec un diplôme professionnel et une expérience dans un métier technique ; sélection sur dossier et entretien.",
    duree: "3 ans, dont plus d'un an de stage en atelier et en établissement.",
    autresNoms: ["ETS"],
  },
  {
    slug: "deass",
    accroche: "Aider les personnes à faire valoir leurs droits et à trouver des solutions.",
    presentation:
      "Vous recevez des personnes ou des familles qui rencontrent des difficultés : logement, argent, santé, emploi, violences, isolement. Vous les écoutez, vous évaluez leur situation avec elles et vous les aidez à obtenir des aides, à faire des démarches et à retrouver de l'autonomie. Une journée alterne entretiens au bureau, visites à domicile, réunions avec des partenaires (CAF, écoles, hôpitaux, bailleurs) et rédaction de rapports. Vous travaillez dans des services publics ou des associations, souvent en équipe avec des éducateurs et des conseillers en économie sociale familiale.",
    lieux: [
      "Maisons départementales de la solidarité (Conseil départemental)",
      "Centres communaux d'action sociale (CCAS)",
      "Hôpitaux, caisses d'assurance maladie et de retraite, CAF, MSA",
      "Services sociaux des entreprises et associations",
    ],
    acces:
      "Avec le baccalauréat (ou un diplôme de niveau 4, ou le DAEU), par Parcoursup pour les lycéens ou sur dossier et entretien pour les adultes.",
    duree: "3 ans : environ 1 740 heures de cours et 1 820 heures de stage.",
    autresNoms: ["assistant social", "ASS"],
  },
  {
    slug: "decesf",
    accroche: "Aider chacun à gérer son budget, son logement et sa vie quotidienne.",
    presentation:
      "Vous accompagnez des personnes et des familles sur les questions concrètes de la vie : budget, dettes, logement, alimentation, consommation, énergie. Vous recevez en entretien, vous animez des ateliers collectifs (cuisine à petit prix, économies d'énergie, démarches en ligne) et vous montez des projets avec des partenaires. Vous travaillez avec des assistants sociaux, des bailleurs sociaux, des associations et des élus. Le diplôme se prépare en un an, après un BTS en économie sociale familiale.",
    lieux: [
      "Centres communaux d'action sociale (CCAS) et Conseil départemental",
      "Bailleurs sociaux et associations d'aide au logement",
      "Caisses d'allocations familiales (CAF) et MSA",
      "Résidences autonomie et centres d'hébergement (CHRS)",
    ],
    acces:
      "Après un BTS Économie sociale familiale (ou un diplôme équivalent de niveau 5), sur dossier et entretien.",
    duree: "1 an après le BTS : environ 540 heures de cours et 560 heures de stage.",
    autresNoms: ["CESF"],
  },
];

/**
 * Diplomas of the reference deliberately left without a page, with the reason. Empty for now:
 * every diploma of the reference is a profession of accompaniment.
 */
export const DIPLOMES_SANS_PAGE: Readonly<Record<string, string>> = {};

/**
 * Searched names that are not diplomas: "aide à domicile" has no diploma of its own and is the job
 * prepared by the Assistant de vie aux familles title, so /metiers/aide-a-domicile redirects there.
 */
export const ALIAS_SLUGS: Readonly<Record<string, string>> = {
  "aide-a-domicile": "tp-advf",
};

const BY_SLUG = new Map(METIERS.map((m) => [m.slug, m]));

/** The content of a métier page, or undefined when the slug has none. */
export function getMetierContent(slug: string): MetierContent | undefined {
  return BY_SLUG.get(slug);
}

/** National qualification levels as a young person understands them. */
export const NIVEAU_EXPLICATIONS: Readonly<Record<number, { court: string; long: string }>> = {
  3: {
    court: "équivalent CAP",
    long: "Niveau 3 du cadre national des certifications : le même niveau qu'un CAP ou un BEP.",
  },
  4: {
    court: "équivalent bac",
    long: "Niveau 4 du cadre national des certifications : le même niveau que le baccalauréat.",
  },
  5: {
    court: "équivalent bac + 2",
    long: "Niveau 5 du cadre national des certifications : le même niveau qu'un BTS (bac + 2).",
  },
  6: {
    court: "équivalent bac + 3",
    long: "Niveau 6 du cadre national des certifications : le même niveau qu'une licence (bac + 3).",
  },
};

/** "Niveau 4 (équivalent bac)". */
export function niveauLabel(niveau: number): string {
  const explication = NIVEAU_EXPLICATIONS[niveau];
  return explication ? `Niveau ${niveau} (${explication.court})` : `Niveau ${niveau}`;
}
