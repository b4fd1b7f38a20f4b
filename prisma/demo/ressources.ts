// Demo pooled resources: the host family persona's room in Pissos, and ~30 resources of the demo
// organisations over the Landes (training rooms, bikes, car-sharing, childcare, a few rooms), some
// waiting for moderation. Idempotent: stable ids, upserts.
import type { PrismaClient } from "@/generated/prisma/client";
import type { MobiliteType, RessourceStatut, RessourceType } from "@/generated/prisma/enums";
import { personas } from "@/prisma/personas";

/** The persona family's room, found by the agent's matching in the e2e journey. */
export const FAMILLE_CHAMBRE_ID = "demo-ressource-famille-pissos";
export const FAMILLE_CHAMBRE_TITRE = "Chambre indépendante au calme, près du bourg";

type DemoRessource = {
  id: string;
  organisationId: string;
  type: RessourceType;
  mobiliteType?: MobiliteType;
  titre: string;
  description: string;
  communeCode: string;
  adresse?: string;
  capacite: number;
  prix?: string;
  conditions?: string;
  equipements?: string;
  statut?: RessourceStatut;
};

const SALLE = "Salle de réunion équipée, disponible en semaine sur réservation auprès de l'accueil.";
const VELO = "Vélo prêté pour la durée du stage, avec antivol et éclairage ; casque fourni.";
const COVOIT = "Trajets quotidiens partagés avec des salarié·es de l'établissement, horaires de jour.";
const GARDE = "Places d'accueil occasionnel réservées aux parents en stage ou en formation.";
const CHAMBRE = "Chambre meublée dans un logement partagé géré par l'établissement, cuisine commune.";

export const DEMO_RESSOURCES: readonly DemoRessource[] = [
  // Haute Lande, around the stage sites of Pissos and Sabres.
  {
    id: "demo-ressource-01",
    organisationId: "demo-org-chrs-morcenx",
    type: "hebergement",
    titre: "Studio meublé pour stagiaire",
    description: CHAMBRE,
    communeCode: "40197",
    adresse: "3 rue de la Gare",
    capacite: 1,
    prix: "120 € par mois",
  },
  {
    id: "demo-ressource-02",
    organisationId: "demo-org-chrs-morcenx",
    type: "mobilite",
    mobiliteType: "velo",
    titre: "Vélos à assistance électrique",
    description: VELO,
    communeCode: "40197",
    capacite: 3,
  },
  {
    id: "demo-ressource-03",
    organisationId: "demo-org-chrs-morcenx",
    type: "salle_formation",
    titre: "Salle de formation de 15 places",
    description: SALLE,
    communeCode: "40197",
    capacite: 15,
    equipements: "Vidéoprojecteur, tableau blanc, wifi",
  },
  {
    id: "demo-ressource-04",
    organisationId: "demo-org-of-morcenx",
    type: "mobilite",
    mobiliteType: "covoiturage",
    titre: "Covoiturage Morcenx – Labouheyre",
    description: COVOIT,
    communeCode: "40134",
    capacite: 3,
  },
  {
    id: "demo-ressource-05",
    organisationId: "demo-org-of-morcenx",
    type: "mobilite",
    mobiliteType: "velo",
    titre: "Vélo de prêt à Sabres",
    description: VELO,
    communeCode: "40246",
    capacite: 1,
  },
  {
    id: "demo-ressource-06",
    organisationId: "demo-org-of-morcenx",
    type: "salle_formation",
    titre: "Salle informatique de 10 postes",
    description: SALLE,
    communeCode: "40197",
    capacite: 10,
    equipements: "10 ordinateurs, imprimante",
  },
  {
    id: "demo-ressource-07",
    organisationId: "demo-org-of-morcenx",
    type: "mobilite",
    mobiliteType: "vehicule",
    titre: "Voiture sans permis en prêt",
    description: "Voiturette prêtée pour les trajets domicile – stage, assurance comprise.",
    communeCode: "40243",
    capacite: 1,
    conditions: "Caution de 100 €",
  },
  // Marsan.
  {
    id: "demo-ressource-08",
    organisationId: "demo-org-mecs-mont-de-marsan",
    type: "hebergement",
    titre: "Chambre en résidence jeunes actifs",
    description: CHAMBRE,
    communeCode: "40192",
    adresse: "18 avenue de Villeneuve",
    capacite: 2,
    prix: "250 € par mois, charges comprises",
  },
  {
    id: "demo-ressource-09",
    organisationId: "demo-org-mecs-mont-de-marsan",
    type: "salle_formation",
    titre: "Salle polyvalente",
    description: SALLE,
    communeCode: "40192",
    capacite: 30,
    equipements: "Écran, sonorisation, accès PMR",
  },
  {
    id: "demo-ressource-10",
    organisationId: "demo-org-of-mont-de-marsan",
    type: "mobilite",
    mobiliteType: "velo",
    titre: "Vélos en libre-service pour stagiaires",
    description: VELO,
    communeCode: "40192",
    capacite: 5,
  },
  {
    id: "demo-ressource-11",
    organisationId: "demo-org-of-mont-de-marsan",
    type: "garde_enfants",
    titre: "Halte-garderie partenaire",
    description: GARDE,
    communeCode: "40192",
    capacite: 2,
  },
  {
    id: "demo-ressource-12",
    organisationId: "demo-org-of-mont-de-marsan",
    type: "mobilite",
    mobiliteType: "covoiturage",
    titre: "Covoiturage Mont-de-Marsan – Villeneuve",
    description: COVOIT,
    communeCode: "40331",
    capacite: 2,
  },
  {
    id: "demo-ressource-13",
    organisationId: "demo-org-mecs-mont-de-marsan",
    type: "autre",
    titre: "Prêt d'ordinateurs portables",
    description: "Ordinateurs portables prêtés pour les écrits de formation.",
    communeCode: "40282",
    capacite: 4,
  },
  // Dax and the south.
  {
    id: "demo-ressource-14",
    organisationId: "demo-org-ehpad-dax",
    type: "hebergement",
    titre: "Chambre d'internat pour stagiaire",
    description: CHAMBRE,
    communeCode: "40088",
    adresse: "5 allée des Sources",
    capacite: 2,
  },
  {
    id: "demo-ressource-15",
    organisationId: "demo-org-ehpad-dax",
    type: "mobilite",
    mobiliteType: "covoiturage",
    titre: "Covoiturage Dax – Saint-Paul",
    description: COVOIT,
    communeCode: "40279",
    capacite: 3,
  },
  {
    id: "demo-ressource-16",
    organisationId: "demo-org-ime-saint-paul",
    type: "salle_formation",
    titre: "Salle de réunion de l'IME",
    description: SALLE,
    communeCode: "40279",
    capacite: 12,
    equipements: "Vidéoprojecteur",
  },
  {
    id: "demo-ressource-17",
    organisationId: "demo-org-ime-saint-paul",
    type: "garde_enfants",
    titre: "Crèche d'entreprise, places stagiaires",
    description: GARDE,
    communeCode: "40279",
    capacite: 2,
  },
  {
    id: "demo-ressource-18",
    organisationId: "demo-org-creche-capbreton",
    type: "garde_enfants",
    titre: "Accueil occasionnel en crèche",
    description: GARDE,
    communeCode: "40065",
    capacite: 3,
  },
  {
    id: "demo-ressource-19",
    organisationId: "demo-org-creche-capbreton",
    type: "mobilite",
    mobiliteType: "velo",
    titre: "Vélos cargo",
    description: VELO,
    communeCode: "40284",
    capacite: 2,
  },
  {
    id: "demo-ressource-20",
    organisationId: "demo-org-creche-capbreton",
    type: "hebergement",
    titre: "Studio saisonnier hors saison",
    description: CHAMBRE,
    communeCode: "40310",
    adresse: "9 rue du Lac",
    capacite: 1,
    prix: "300 € par mois",
  },
  {
    id: "demo-ressource-21",
    organisationId: "demo-org-ehpad-dax",
    type: "mobilite",
    mobiliteType: "velo",
    titre: "Vélos de service à Peyrehorade",
    description: VELO,
    communeCode: "40224",
    capacite: 2,
  },
  // Chalosse, Tursan, Adour.
  {
    id: "demo-ressource-22",
    organisationId: "demo-org-esat-aire",
    type: "mobilite",
    mobiliteType: "vehicule",
    titre: "Navette de l'ESAT",
    description: "Navette matin et soir depuis la gare d'Aire-sur-l'Adour.",
    communeCode: "40001",
    capacite: 6,
  },
  {
    id: "demo-ressource-23",
    organisationId: "demo-org-esat-aire",
    type: "salle_formation",
    titre: "Atelier de formation",
    description: SALLE,
    communeCode: "40001",
    capacite: 12,
  },
  {
    id: "demo-ressource-24",
    organisationId: "demo-org-esat-aire",
    type: "hebergement",
    titre: "Chambre en foyer d'hébergement",
    description: CHAMBRE,
    communeCode: "40119",
    adresse: "2 place de la Bastide",
    capacite: 1,
  },
  {
    id: "demo-ressource-25",
    organisationId: "demo-org-esat-aire",
    type: "mobilite",
    mobiliteType: "covoiturage",
    titre: "Covoiturage Hagetmau – Saint-Sever",
    description: COVOIT,
    communeCode: "40119",
    capacite: 3,
  },
  // Coast and north.
  {
    id: "demo-ressource-26",
    organisationId: "demo-org-saad-mimizan",
    type: "mobilite",
    mobiliteType: "vehicule",
    titre: "Véhicule de service le week-end",
    description: "Véhicule prêté aux stagiaires des tournées du week-end.",
    communeCode: "40184",
    capacite: 1,
    conditions: "Permis B depuis un an",
  },
  {
    id: "demo-ressource-27",
    organisationId: "demo-org-saad-mimizan",
    type: "hebergement",
    titre: "Chambre chez une ancienne salariée",
    description: CHAMBRE,
    communeCode: "40217",
    adresse: "11 chemin du Lac",
    capacite: 1,
  },
  {
    id: "demo-ressource-28",
    organisationId: "demo-org-saad-mimizan",
    type: "mobilite",
    mobiliteType: "velo",
    titre: "Vélos à Biscarrosse",
    description: VELO,
    communeCode: "40046",
    capacite: 2,
  },
  // Waiting for moderation.
  {
    id: "demo-ressource-29",
    organisationId: "demo-org-of-morcenx",
    type: "hebergement",
    titre: "Gîte communal pour stagiaires",
    description: CHAMBRE,
    communeCode: "40307",
    adresse: "Le Bourg",
    capacite: 3,
    statut: "soumise",
  },
  {
    id: "demo-ressource-30",
    organisationId: "demo-org-chrs-morcenx",
    type: "garde_enfants",
    titre: "Assistante maternelle partenaire",
    description: GARDE,
    communeCode: "40085",
    capacite: 1,
    statut: "soumise",
  },
  {
    id: "demo-ressource-31",
    organisationId: "demo-org-mecs-mont-de-marsan",
    type: "mobilite",
    mobiliteType: "covoiturage",
    titre: "Covoiturage Mont-de-Marsan – Grenade",
    description: COVOIT,
    communeCode: "40117",
    capacite: 2,
    statut: "soumise",
  },
  {
    id: "demo-ressource-32",
    organisationId: "demo-org-ehpad-dax",
    type: "autre",
    titre: "Tenues professionnelles en prêt",
    description: "Tenues de travail prêtées pendant le stage.",
    communeCode: "40088",
    capacite: 10,
    statut: "soumise",
  },
];

/** Writes the host family persona (verified) with its room, and the organisations' resources. */
export async function seedDemoRessources(db: PrismaClient): Promise<{ ressources: number }> {
  const codes = [...new Set(["40227", ...DEMO_RESSOURCES.map((r) => r.communeCode)])];
  const communes = await db.commune.findMany({
    where: { code: { in: codes } },
    select: { code: true, latitude: true, longitude: true },
  });
  const centre = new Map(communes.map((c) => [c.code, c]));
  const point = (code: string) => {
    const c = centre.get(code);
    if (!c) throw new Error(`Commune inconnue pour une ressource de démonstration : ${code}`);
    return { latitude: c.latitude, longitude: c.longitude };
  };
  const now = new Date();
  const famille = {
    communeCode: "40227",
    presentation:
      "Retraitée, j'accueille un·e stagiaire dans une chambre indépendante avec salle d'eau, à 5 minutes à vélo du bourg de Pissos.",
    telephone: "06 12 34 56 78",
    statut: "verifiee" as const,
    motifRefus: null,
    verifiedAt: now,
  };
  const chambre = {
    type: "hebergement" as const,
    mobiliteType: null,
    organisationId: null,
    proprietaireId: personas.famille.id,
    titre: FAMILLE_CHAMBRE_TITRE,
    description:
      "Chambre meublée au rez-de-chaussée avec salle d'eau privative ; cuisine partagée, jardin, vélo à disposition.",
    communeCode: "40227",
    adresse: "14 chemin de Hourtic, 40410 Pissos",
    capacite: 1,
    disponibleDebut: null,
    disponibleFin: null,
    gratuit: true,
    prix: null,
    conditions: "Non-fumeur",
    equipements: null,
    ...point("40227"),
    statut: "publiee" as const,
    motifRefus: null,
    soumiseAt: now,
    publieeAt: now,
  };
  const rows = DEMO_RESSOURCES.map((r) => {
    const statut = r.statut ?? "publiee";
    const data = {
      type: r.type,
      mobiliteType: r.mobiliteType ?? null,
      organisationId: r.organisationId,
      proprietaireId: null,
      titre: r.titre,
      description: r.description,
      communeCode: r.communeCode,
      adresse: r.adresse ?? null,
      capacite: r.capacite,
      disponibleDebut: null,
      disponibleFin: null,
      gratuit: !r.prix,
      prix: r.prix ?? null,
      conditions: r.conditions ?? null,
      equipements: r.equipements ?? null,
      ...point(r.communeCode),
      statut,
      motifRefus: null,
      soumiseAt: now,
      publieeAt: statut === "publiee" ? now : null,
    };
    return db.ressource.upsert({ where: { id: r.id }, create: { id: r.id, ...data }, update: data });
  });
  await db.$transaction([
    db.familleAccueil.upsert({
      where: { userId: personas.famille.id },
      create: { userId: personas.famille.id, ...famille },
      update: famille,
    }),
    db.ressource.upsert({
      where: { id: FAMILLE_CHAMBRE_ID },
      create: { id: FAMILLE_CHAMBRE_ID, ...chambre },
      update: chambre,
    }),
    ...rows,
  ]);
  return { ressources: DEMO_RESSOURCES.length + 1 };
}
