// Builders for placement offers and applications in integration tests; dates relative to today (Paris).
import { db } from "@/lib/db";
import { dateFromIso, isoFromDate } from "@/lib/dates";
import { inDays } from "../support/dates";
import type { CandidatureStatut, StageStatut } from "@/lib/stages/constants";
import { PERSONA_EMPLOYEUR_SITE_ID } from "@/prisma/demo/stages";
import { diplomeId } from "@/prisma/reference/diplomes";
import { personas } from "@/prisma/personas";
import { createOrganisation, createUser } from "./index";

let counter = 0;
const next = () => ++counter;

type SiteOverrides = {
  organisationId: string;
  nom?: string;
  communeCode?: string;
  categorie?: string | null;
  public?: string | null;
};

/** A site of the organisation at its commune's point (reference data must be loaded). */
export async function createSite(overrides: SiteOverrides): Promise<{ id: string }> {
  const communeCode = overrides.communeCode ?? "40088";
  const categorie = overrides.categorie === undefined ? "EHPAD" : overrides.categorie;
  const publicCode = overrides.public === undefined ? "PERSONNES_AGEES" : overrides.public;
  const [commune, categorieRow, publicRow] = await Promise.all([
    db.commune.findUniqueOrThrow({
      where: { code: communeCode },
      select: { latitude: true, longitude: true },
    }),
    categorie
      ? db.categorieEtablissement.findUniqueOrThrow({ where: { code: categorie }, select: { id: true } })
      : null,
    publicCode ? db.public.findUniqueOrThrow({ where: { code: publicCode }, select: { id: true } }) : null,
  ]);
  return db.site.create({
    data: {
      organisationId: overrides.organisationId,
      nom: overrides.nom ?? `Site ${next()}`,
      categorieId: categorieRow?.id ?? null,
      publicId: publicRow?.id ?? null,
      adresse: "1 rue des Écoles",
      communeCode,
      latitude: commune.latitude,
      longitude: commune.longitude,
    },
    select: { id: true },
  });
}

type StageOffreOverrides = {
  /** an existing organisation; default: a new verified employer with one member */
  organisationId?: string;
  /** an existing site of that organisation; default: a new EHPAD site in Dax */
  siteId?: string;
  /** member of a new organisation, or the one reported for an existing organisation */
  memberId?: string;
  statut?: StageStatut;
  titre?: string;
  description?: string;
  niveau?: string;
  /** Diplome.code values; default ["DEAS"] */
  diplomes?: string[];
  touteLAnnee?: boolean;
  /** "YYYY-MM-DD" days; default one period from today + 30 to today + 90 */
  periodes?: { debut: string; fin: string }[];
  dureeMinSemaines?: number;
  dureeMaxSemaines?: number;
  places?: number;
  /** default: `places` */
  placesRestantes?: number;
  motifRefus?: string | null;
  soumiseAt?: Date | null;
  publieeAt?: Date | null;
  gratification?: boolean;
  logement?: boolean;
  sansVoiture?: boolean;
  transportDetail?: string | null;
  permisRequis?: boolean;
  horairesNuit?: boolean;
  horairesWeekend?: boolean;
};

/** Inserts an offer with its periods and diplomas; point, commune, public and category are the site's. */
export async function createStageOffre(
  overrides: StageOffreOverrides = {},
): Promise<{ id: string; organisationId: string; siteId: string; memberId: string }> {
  let organisationId = overrides.organisationId;
  let memberId = overrides.memberId;
  if (!organisationId) {
    const organisation = await createOrganisation({ statut: "verifiee", memberId });
    await db.organisation.update({ where: { id: organisation.id }, data: { verifiedAt: new Date() } });
    organisationId = organisation.id;
    memberId = organisation.memberId;
  } else if (!memberId) {
    const member = await db.organisationMember.findFirst({
      where: { organisationId },
      orderBy: { createdAt: "asc" },
      select: { userId: true },
    });
    if (!member) throw new Error(`createStageOffre : l'organisation ${organisationId} n'a aucun membre.`);
    memberId = member.userId;
  }
  const siteId = overrides.siteId ?? (await createSite({ organisationId })).id;

  const codes = overrides.diplomes ?? ["DEAS"];
  const [site, diplomes] = await Promise.all([
    db.site.findUniqueOrThrow({
      where: { id: siteId },
      select: { latitude: true, longitude: true, communeCode: true, publicId: true, categorieId: true },
    }),
    db.diplome.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } }),
  ]);
  const missing = codes.filter((code) => !diplomes.some((d) => d.code === code));
  if (missing.length > 0) throw new Error(`createStageOffre : diplôme(s) inconnu(s) ${missing.join(", ")}.`);

  const touteLAnnee = overrides.touteLAnnee ?? false;
  const periodes = touteLAnnee ? [] : (overrides.periodes ?? [{ debut: inDays(30), fin: inDays(90) }]);
  const finDernierePeriode = periodes.reduce<string | null>(
    (max, p) => (max === null || p.fin > max ? p.fin : max),
    null,
  );
  const statut = overrides.statut ?? "publiee";
  const places = overrides.places ?? 2;
  const now = new Date();
  const submitted = statut !== "brouillon";
  const published =
    statut === "publiee" || statut === "pourvue" || statut === "expiree" || statut === "archivee";

  const offre = await db.stageOffre.create({
    data: {
      organisationId,
      siteId,
      titre: overrides.titre ?? `Stage aide-soignant·e en EHPAD ${next()}`,
      description:
        overrides.description ??
        "Accueil en unité de vie : soins d'hygiène et de confort, transmissions, participation à la vie de l'équipe.",
      niveau: overrides.niveau ?? "Toutes années",
      publicId: site.publicId,
      categorieId: site.categorieId,
      touteLAnnee,
      dureeMinSemaines: overrides.dureeMinSemaines ?? 4,
      dureeMaxSemaines: overrides.dureeMaxSemaines ?? 6,
      places,
      placesRestantes: overrides.placesRestantes ?? (statut === "pourvue" ? 0 : places),
      tuteurNom: "Sandrine Lacoste",
      tuteurFonction: "Cadre de santé",
      tuteurContact: "sandrine.lacoste@exemple.fr",
      gratification: overrides.gratification ?? false,
      logement: overrides.logement ?? false,
      sansVoiture: overrides.sansVoiture ?? false,
      transportDetail: overrides.transportDetail ?? null,
      permisRequis: overrides.permisRequis ?? false,
      horairesNuit: overrides.horairesNuit ?? false,
      horairesWeekend: overrides.horairesWeekend ?? false,
      statut,
      motifRefus: overrides.motifRefus ?? (statut === "refusee" ? "Description trop succincte." : null),
      soumiseAt: overrides.soumiseAt !== undefined ? overrides.soumiseAt : submitted ? now : null,
      publieeAt: overrides.publieeAt !== undefined ? overrides.publieeAt : published ? now : null,
      finDernierePeriode: finDernierePeriode ? dateFromIso(finDernierePeriode) : null,
      latitude: site.latitude,
      longitude: site.longitude,
      communeCode: site.communeCode,
      diplomes: { create: diplomes.map((d) => ({ diplomeId: d.id })) },
      periodes: { create: periodes.map((p) => ({ debut: dateFromIso(p.debut), fin: dateFromIso(p.fin) })) },
    },
    select: { id: true },
  });
  return { id: offre.id, organisationId, siteId, memberId };
}

type CandidatureOverrides = {
  /** default: a new published offer (createStageOffre()) */
  offreId?: string;
  /** default: a new learner account */
  apprenantId?: string;
  /** Diplome.code; default: the offer's first diploma */
  diplome?: string;
  statut?: CandidatureStatut;
  message?: string;
  organismeFormation?: string;
  /** "YYYY-MM-DD"; default: the start of the offer's first period (today + 30 when all year round) */
  periodeDebut?: string;
  /** "YYYY-MM-DD"; default: four weeks later, within the period */
  periodeFin?: string;
  motifRefus?: string | null;
  createdAt?: Date;
  lueAt?: Date | null;
  reponduAt?: Date | null;
};

/**
 * Inserts an application as stored, without side effects: accepting one here does not change the
 * offer's remaining places (pass placesRestantes to createStageOffre when a test needs both).
 */
export async function createCandidature(
  overrides: CandidatureOverrides = {},
): Promise<{ id: string; offreId: string; apprenantId: string }> {
  const offreId = overrides.offreId ?? (await createStageOffre()).id;
  const apprenantId = overrides.apprenantId ?? (await createUser({ roles: ["apprenant"] })).id;
  const offre = await db.stageOffre.findUniqueOrThrow({
    where: { id: offreId },
    select: {
      diplomes: { select: { diplome: { select: { id: true, code: true } } } },
      periodes: { select: { debut: true, fin: true }, orderBy: { debut: "asc" } },
    },
  });
  let diplomeIdValue = offre.diplomes[0]?.diplome.id;
  if (overrides.diplome) {
    const found = await db.diplome.findUniqueOrThrow({
      where: { code: overrides.diplome },
      select: { id: true },
    });
    diplomeIdValue = found.id;
  }
  if (!diplomeIdValue) throw new Error(`createCandidature : l'offre ${offreId} n'a aucun diplôme.`);

  const periode = offre.periodes[0];
  const debut = overrides.periodeDebut ?? (periode ? isoFromDate(periode.debut) : inDays(30));
  let fin = overrides.periodeFin;
  if (!fin) {
    const d = dateFromIso(debut);
    d.setUTCDate(d.getUTCDate() + 27);
    fin = isoFromDate(d);
    if (periode && fin > isoFromDate(periode.fin)) fin = isoFromDate(periode.fin);
  }
  const statut = overrides.statut ?? "envoyee";
  const now = new Date();
  const answered = statut === "acceptee" || statut === "refusee";

  const candidature = await db.candidature.create({
    data: {
      offreId,
      apprenantId,
      message: overrides.message ?? "Bonjour, votre établissement correspond à mon projet de stage.",
      organismeFormation: overrides.organismeFormation ?? "Institut de formation Adour",
      diplomeId: diplomeIdValue,
      periodeDebut: dateFromIso(debut),
      periodeFin: dateFromIso(fin),
      statut,
      motifRefus: overrides.motifRefus ?? (statut === "refusee" ? "Plus de place sur cette période." : null),
      createdAt: overrides.createdAt ?? now,
      lueAt:
        overrides.lueAt !== undefined
          ? overrides.lueAt
          : statut === "envoyee" || statut === "retiree"
            ? null
            : now,
      reponduAt: overrides.reponduAt !== undefined ? overrides.reponduAt : answered ? now : null,
    },
    select: { id: true, offreId: true, apprenantId: true },
  });
  return candidature;
}

export type StageFormValues = Record<string, string | string[] | undefined>;

/**
 * Fields of the offer form (StageOffreSchema), valid as they are, for `form()`: a period from
 * today + 30 to today + 90, diploma DEAS, intent "soumettre". Defaults name the persona employer's
 * organisation and demo site; a key set to undefined is left out (an unticked checkbox).
 */
export function buildStageForm(overrides: StageFormValues = {}): StageFormValues {
  return {
    organisationId: personas.employeur.organisation.id,
    siteId: PERSONA_EMPLOYEUR_SITE_ID,
    intent: "soumettre",
    titre: "Stage aide-soignant·e en EHPAD",
    description:
      "Accueil en unité de vie : soins d'hygiène et de confort, transmissions, participation à la vie de l'équipe.",
    niveau: "Toutes années",
    diplomeIds: [diplomeId("deas")],
    periodeDebut: [inDays(30)],
    periodeFin: [inDays(90)],
    dureeMinSemaines: "4",
    dureeMaxSemaines: "6",
    places: "2",
    tuteurNom: "Sandrine Lacoste",
    tuteurFonction: "Cadre de santé",
    tuteurContact: "sandrine.lacoste@exemple.fr",
    ...overrides,
  };
}
