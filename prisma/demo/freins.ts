// Demo data of local cells and help requests: one cell per territory, the persona agent on the
// Haute Lande cell, an accepted placement of the persona learner in Pissos (so a request can be made
// "from my applications"), and ~25 requests of generated learners spread over territories, needs and
// statuses (some overdue) for the cells' queues and the dashboards. Upserts on stable ids: idempotent.
import { hash } from "@node-rs/argon2";
import type { BesoinType, DemandeStatut, DemandeUrgence, PrismaClient } from "@/generated/prisma/client";
import { addWorkingDays, dateFromIso, isoFromDate } from "@/lib/dates";
import { PERSONA_PASSWORD, personas } from "@/prisma/personas";

/** The persona learner's accepted placement in Pissos (commune 40227, territory haute-lande). */
export const DEMO_STAGE_PISSOS_ID = "demo-freins-stage-pissos";
export const DEMO_SITE_PISSOS_ID = "demo-site-maison-relais-pissos";
export const DEMO_CANDIDATURE_PISSOS_ID = "demo-freins-candidature-pissos";
const HOST_ORGANISATION_ID = "demo-org-chrs-morcenx";

const PRENOMS = ["Inès", "Lucas", "Manon", "Yanis", "Chloé", "Théo", "Sarah", "Nathan", "Jade", "Hugo"];
const NOMS = ["Lafargue", "Dubroca", "Barrère", "Lalanne", "Darroze", "Castets", "Labarthe", "Ducasse"];

const BESOINS_ROTATION: readonly BesoinType[][] = [
  ["logement"],
  ["mobilite"],
  ["garde_enfants"],
  ["financier"],
  ["logement", "mobilite"],
  ["equipement"],
  ["mobilite", "financier"],
  ["autre"],
];

const DESCRIPTIONS: Record<BesoinType, string> = {
  logement: "Mon stage est à plus d'une heure de chez moi ; je cherche une chambre pour la semaine.",
  mobilite: "Pas de voiture et pas de bus assez tôt pour arriver à 7 h sur mon lieu de stage.",
  garde_enfants: "Je cherche une solution de garde pour mon fils les jours de formation.",
  financier: "Les frais de déplacement du stage dépassent ce que je peux avancer ce mois-ci.",
  equipement: "Mon ordinateur est tombé en panne et les cours à distance reprennent bientôt.",
  autre: "Je ne sais pas à qui m'adresser pour organiser mon stage loin de chez moi.",
};

type Spec = { statut: DemandeStatut; ageJours: number; urgence: DemandeUrgence; repondu: boolean };

/** 25 requests: statuses and ages chosen so each queue shows new, handled, closed and overdue ones. */
const SPECS: readonly Spec[] = Array.from({ length: 25 }, (_, i) => {
  const statuts: DemandeStatut[] = [
    "nouvelle",
    "nouvelle",
    "prise_en_charge",
    "solution_proposee",
    "resolue",
    "nouvelle",
    "sans_solution",
    "prise_en_charge",
    "abandonnee",
    "resolue",
  ];
  const statut = statuts[i % statuts.length]!;
  // Every third new request is older than 5 working days: overdue.
  const ageJours = statut === "nouvelle" ? (i % 3 === 0 ? 12 + i : 1 + (i % 3)) : 6 + ((i * 7) % 60);
  const urgences: DemandeUrgence[] = ["normale", "urgente", "tres_urgente", "normale"];
  return { statut, ageJours, urgence: urgences[i % urgences.length]!, repondu: i % 4 !== 1 };
});

const pad = (n: number) => String(n).padStart(2, "0");

function dayAdd(day: string, days: number): string {
  const d = dateFromIso(day);
  d.setUTCDate(d.getUTCDate() + days);
  return isoFromDate(d);
}

export type FreinsSeedResult = { cellules: number; demandes: number };

export async function seedDemoFreins(db: PrismaClient, today: string): Promise<FreinsSeedResult> {
  const territoires = await db.territoire.findMany({ select: { id: true, slug: true, nom: true } });
  const territoireBySlug = new Map(territoires.map((t) => [t.slug, t]));

  // Cells: the name is set on creation only, so staff's renaming survives a rerun.
  const cellules = await db.$transaction(
    territoires.map((t) =>
      db.celluleLocale.upsert({
        where: { territoireId: t.id },
        create: { id: `cellule-${t.slug}`, territoireId: t.id, nom: `Cellule locale ${t.nom}` },
        update: {},
        select: { id: true, territoireId: true },
      }),
    ),
  );
  const celluleByTerritoire = new Map(cellules.map((c) => [c.territoireId, c.id]));
  const hauteLande = territoireBySlug.get("haute-lande");
  if (!hauteLande) throw new Error("Territoire haute-lande absent : importez le référentiel d'abord.");
  await db.celluleAgent.upsert({
    where: {
      celluleId_userId: { celluleId: celluleByTerritoire.get(hauteLande.id)!, userId: personas.cellule.id },
    },
    create: { celluleId: celluleByTerritoire.get(hauteLande.id)!, userId: personas.cellule.id },
    update: {},
  });

  await seedStagePissos(db, today);

  // Generated learners: one shared hash, they are demo accounts with the published password.
  const passwordHash = await hash(PERSONA_PASSWORD);
  const learners = SPECS.map((_, i) => ({
    id: `demo-freins-apprenant-${pad(i + 1)}`,
    email: `apprenant.${pad(i + 1)}@demo.iflts.fr`,
    prenom: PRENOMS[i % PRENOMS.length]!,
    nom: NOMS[(i * 3) % NOMS.length]!,
  }));
  // The two most populous communes of each territory, territories in slug order: deterministic.
  const communeRows = await db.commune.findMany({
    where: { epci: { territoireId: { not: null } } },
    orderBy: [{ population: "desc" }, { code: "asc" }],
    select: { code: true, epci: { select: { territoire: { select: { id: true, slug: true } } } } },
  });
  const perTerritoire = new Map<string, { code: string; territoireId: string }[]>();
  for (const c of communeRows) {
    const t = c.epci!.territoire!;
    const list = perTerritoire.get(t.slug) ?? [];
    if (list.length < 2) list.push({ code: c.code, territoireId: t.id });
    perTerritoire.set(t.slug, list);
  }
  const slugs = [...perTerritoire.keys()].sort();
  // Rounds over territories: first communes first, so every territory gets requests.
  const allCommunes = [0, 1].flatMap((rank) => slugs.flatMap((slug) => perTerritoire.get(slug)![rank] ?? []));
  // Pissos first: the persona agent's queue (Haute Lande) always has requests.
  const pissos = communeRows.find((c) => c.code === "40227");
  if (pissos) allCommunes.unshift({ code: "40227", territoireId: pissos.epci!.territoire!.id });

  const demandes = SPECS.map((spec, i) => {
    const { code: communeCode, territoireId } = allCommunes[i % allCommunes.length]!;
    const besoins = BESOINS_ROTATION[i % BESOINS_ROTATION.length]!;
    const created = dayAdd(today, -spec.ageJours);
    const createdAt = new Date(`${created}T09:${pad(i)}:00.000Z`);
    const handled = spec.statut !== "nouvelle";
    const closed = ["resolue", "sans_solution", "abandonnee"].includes(spec.statut);
    const agentId =
      handled && territoireId === hauteLande.id && spec.statut !== "abandonnee" ? personas.cellule.id : null;
    return {
      id: `demo-freins-demande-${pad(i + 1)}`,
      apprenantId: learners[i]!.id,
      territoireId,
      communeCode,
      besoins,
      debut: dateFromIso(dayAdd(created, 14)),
      fin: dateFromIso(dayAdd(created, 14 + 30 + (i % 5) * 15)),
      urgence: spec.urgence,
      description: DESCRIPTIONS[besoins[0]!],
      canalContact: i % 3 === 0 ? ("telephone" as const) : ("messagerie" as const),
      telephone: i % 3 === 0 ? `06120000${pad(i)}` : null,
      consentementAt: createdAt,
      statut: spec.statut,
      agentId,
      motifSansSolution:
        spec.statut === "sans_solution" ? "Aucune place disponible sur la période demandée." : null,
      priseEnChargeAt:
        handled && spec.statut !== "abandonnee"
          ? new Date(`${addWorkingDays(created, 1)}T10:00:00.000Z`)
          : null,
      clotureAt: closed ? new Date(`${dayAdd(created, 5)}T16:00:00.000Z`) : null,
      anonymiseeAt: null,
      createdAt,
      repondu: handled && spec.repondu,
    };
  });

  await db.$transaction([
    ...learners.map((u) =>
      db.user.upsert({
        where: { id: u.id },
        create: { ...u, roles: ["apprenant"], passwordHash },
        update: { email: u.email, prenom: u.prenom, nom: u.nom },
      }),
    ),
    ...demandes.map(({ repondu: _r, id, ...d }) =>
      db.demandeAide.upsert({ where: { id }, create: { id, ...d }, update: d }),
    ),
    // The cell's answer on handled requests (those without one stay flagged when old enough).
    db.demandeMessage.deleteMany({ where: { id: { startsWith: "demo-freins-message-" } } }),
    db.demandeMessage.createMany({
      data: demandes
        .filter((d) => d.repondu)
        .map((d) => ({
          id: `demo-freins-message-${d.id.slice(-2)}`,
          demandeId: d.id,
          auteurId: d.agentId,
          contenu: "Bonjour, nous avons bien reçu votre demande et cherchons une solution avec vous.",
          createdAt: d.priseEnChargeAt ?? d.createdAt,
        })),
    }),
  ]);
  return { cellules: cellules.length, demandes: demandes.length };
}

/** A published placement in Pissos with the persona learner's accepted application. */
async function seedStagePissos(db: PrismaClient, today: string): Promise<void> {
  const [commune, categorie, publicRow] = await Promise.all([
    db.commune.findUniqueOrThrow({ where: { code: "40227" }, select: { latitude: true, longitude: true } }),
    db.categorieEtablissement.findUniqueOrThrow({ where: { code: "CHRS" }, select: { id: true } }),
    db.public.findUniqueOrThrow({ where: { code: "INSERTION" }, select: { id: true } }),
  ]);
  const diplomeId = "diplome-deaes";
  const debut = dayAdd(today, 21);
  const fin = dayAdd(today, 21 + 10 * 7);
  const site = {
    organisationId: HOST_ORGANISATION_ID,
    nom: "Maison relais de Pissos",
    categorieId: categorie.id,
    publicId: publicRow.id,
    adresse: "3 route de Sore",
    communeCode: "40227",
    latitude: commune.latitude,
    longitude: commune.longitude,
  };
  const offre = {
    organisationId: HOST_ORGANISATION_ID,
    siteId: DEMO_SITE_PISSOS_ID,
    titre: "Stage d'accompagnant·e éducatif et social en maison relais",
    description:
      "Accompagnement au quotidien de résidents d'une maison relais : repas, démarches, animation. Poste isolé en Haute Lande : un logement ou un moyen de transport est à prévoir.",
    niveau: "Toutes années",
    publicId: publicRow.id,
    categorieId: categorie.id,
    dureeMinSemaines: 6,
    dureeMaxSemaines: 10,
    places: 2,
    placesRestantes: 1,
    tuteurNom: "Sylvie Dupouy",
    tuteurFonction: "Coordinatrice",
    tuteurContact: "05 58 00 00 27",
    sansVoiture: false,
    statut: "publiee" as const,
    publieeAt: dateFromIso(dayAdd(today, -20)),
    finDernierePeriode: dateFromIso(fin),
    latitude: commune.latitude,
    longitude: commune.longitude,
    communeCode: "40227",
  };
  const candidature = {
    offreId: DEMO_STAGE_PISSOS_ID,
    apprenantId: personas.apprenant.id,
    message: "Bonjour, je prépare le DEAES et je souhaite découvrir l'accompagnement en maison relais.",
    organismeFormation: "Institut de formation Adour",
    diplomeId,
    periodeDebut: dateFromIso(debut),
    periodeFin: dateFromIso(dayAdd(debut, 8 * 7)),
    statut: "acceptee" as const,
    // Sent before it was read and answered (without a date it took the seed's time, after its
    // answer, and the dashboard showed a negative response delay).
    createdAt: dateFromIso(dayAdd(today, -12)),
    lueAt: dateFromIso(dayAdd(today, -10)),
    reponduAt: dateFromIso(dayAdd(today, -8)),
  };
  await db.$transaction([
    db.site.upsert({
      where: { id: DEMO_SITE_PISSOS_ID },
      create: { id: DEMO_SITE_PISSOS_ID, ...site },
      update: site,
    }),
    db.stageOffre.upsert({
      where: { id: DEMO_STAGE_PISSOS_ID },
      create: { id: DEMO_STAGE_PISSOS_ID, ...offre },
      update: offre,
    }),
    db.stagePeriode.deleteMany({ where: { offreId: DEMO_STAGE_PISSOS_ID } }),
    db.stagePeriode.create({
      data: {
        id: `${DEMO_STAGE_PISSOS_ID}-periode`,
        offreId: DEMO_STAGE_PISSOS_ID,
        debut: dateFromIso(debut),
        fin: dateFromIso(fin),
      },
    }),
    db.stageOffreDiplome.upsert({
      where: { offreId_diplomeId: { offreId: DEMO_STAGE_PISSOS_ID, diplomeId } },
      create: { offreId: DEMO_STAGE_PISSOS_ID, diplomeId },
      update: {},
    }),
    db.candidature.upsert({
      where: { id: DEMO_CANDIDATURE_PISSOS_ID },
      create: { id: DEMO_CANDIDATURE_PISSOS_ID, ...candidature },
      update: candidature,
    }),
  ]);
}
