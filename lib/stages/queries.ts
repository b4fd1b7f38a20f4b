import "server-only";
import { db } from "@/lib/db";
import { sortByName } from "@/lib/collation";
import { getCategorieOptionList, getPublicOptionList } from "@/lib/referentiel/queries";
import { hasAccess, type SessionUser } from "@/lib/auth/permissions";
import { dateFromIso, todayInParis } from "@/lib/dates";
import { CANDIDATURE_RAPPEL_JOURS } from "@/lib/stages/constants";

const DETAIL_SELECT = {
  id: true,
  titre: true,
  description: true,
  niveau: true,
  statut: true,
  motifRefus: true,
  touteLAnnee: true,
  dureeMinSemaines: true,
  dureeMaxSemaines: true,
  places: true,
  placesRestantes: true,
  tuteurNom: true,
  tuteurFonction: true,
  tuteurContact: true,
  gratification: true,
  gratificationDetail: true,
  logement: true,
  sansVoiture: true,
  transportDetail: true,
  distanceGareKm: true,
  permisRequis: true,
  horairesNuit: true,
  horairesWeekend: true,
  publieeAt: true,
  soumiseAt: true,
  finDernierePeriode: true,
  latitude: true,
  longitude: true,
  organisationId: true,
  organisation: { select: { nom: true } },
  site: { select: { id: true, nom: true, adresse: true } },
  commune: { select: { code: true, nom: true, codesPostaux: true } },
  public: { select: { id: true, libelle: true } },
  categorie: { select: { id: true, libelle: true } },
  diplomes: {
    select: { diplome: { select: { id: true, code: true, intitule: true, metier: true, slug: true } } },
  },
  periodes: { select: { debut: true, fin: true }, orderBy: { debut: "asc" } },
} as const;

/**
 * An offer as its page shows it, or null when the viewer may not see it: the public sees
 * published and filled offers whose last period has not ended; members of the owning
 * organisation and staff see every state. The tutor's contact is for signed-in learners,
 * the owner and staff only.
 */
export async function getStageDetail(id: string, viewer: SessionUser | null) {
  const offre = await db.stageOffre.findUnique({ where: { id }, select: DETAIL_SELECT });
  if (!offre) return null;
  const owner = !!viewer?.organisations.some((o) => o.id === offre.organisationId);
  const staff = hasAccess(viewer, "staff");
  const ended = !!offre.finDernierePeriode && offre.finDernierePeriode < dateFromIso(todayInParis());
  const publicState = (offre.statut === "publiee" || offre.statut === "pourvue") && !ended;
  // A learner who applied keeps the page (and the tutor's contact) whatever becomes of the offer.
  const applicant =
    !!viewer &&
    !publicState &&
    (await db.candidature.count({
      where: { offreId: id, apprenantId: viewer.id, statut: { not: "retiree" } },
    })) > 0;
  if (!publicState && !owner && !staff && !applicant) return null;
  const contactVisible = owner || staff || applicant || hasAccess(viewer, "apprenant");
  return {
    ...offre,
    diplomes: offre.diplomes.map((d) => d.diplome),
    tuteurContact: contactVisible ? offre.tuteurContact : null,
    ouverte: offre.statut === "publiee" && offre.placesRestantes > 0 && !ended,
    vueProprietaire: owner,
  };
}
export type StageDetail = NonNullable<Awaited<ReturnType<typeof getStageDetail>>>;

/** The offers of the user's employer organisations, newest first, with their applications' counts. */
export async function getEmployeurStageList(user: SessionUser) {
  const organisationIds = user.organisations.filter((o) => o.type === "employeur").map((o) => o.id);
  const rappel = new Date(Date.now() - CANDIDATURE_RAPPEL_JOURS * 24 * 60 * 60 * 1000);
  const offres = await db.stageOffre.findMany({
    where: { organisationId: { in: organisationIds } },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      titre: true,
      statut: true,
      places: true,
      placesRestantes: true,
      updatedAt: true,
      organisation: { select: { nom: true } },
      commune: { select: { nom: true } },
      candidatures: { select: { statut: true, createdAt: true } },
    },
  });
  return offres.map(({ candidatures, ...offre }) => ({
    ...offre,
    candidatures: candidatures.length,
    enAttente: candidatures.filter((c) => c.statut === "envoyee" || c.statut === "lue").length,
    sansReponse: candidatures.filter(
      (c) => (c.statut === "envoyee" || c.statut === "lue") && c.createdAt < rappel,
    ).length,
  }));
}

/** An offer's applications for a member of its organisation, or null (not theirs). */
export async function getCandidatureListForOffre(user: SessionUser, offreId: string) {
  const offre = await db.stageOffre.findUnique({ where: { id: offreId }, select: { organisationId: true } });
  if (!offre || !user.organisations.some((o) => o.id === offre.organisationId)) return null;
  return db.candidature.findMany({
    where: { offreId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      statut: true,
      message: true,
      organismeFormation: true,
      periodeDebut: true,
      periodeFin: true,
      motifRefus: true,
      createdAt: true,
      diplome: { select: { intitule: true } },
      apprenant: { select: { prenom: true, nom: true, email: true } },
    },
  });
}

/** The learner's own applications, newest first. */
export function getMesCandidatureList(user: SessionUser) {
  return db.candidature.findMany({
    where: { apprenantId: user.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      statut: true,
      motifRefus: true,
      periodeDebut: true,
      periodeFin: true,
      createdAt: true,
      offre: {
        select: {
          id: true,
          titre: true,
          statut: true,
          organisation: { select: { nom: true } },
          commune: { select: { nom: true } },
        },
      },
    },
  });
}

/** Offers waiting for moderation, oldest first (staff; the caller checks the role). */
export function getStageModerationQueue() {
  return db.stageOffre.findMany({
    where: { statut: "soumise" },
    orderBy: { soumiseAt: "asc" },
    select: { id: true },
  });
}

/** Open reports, oldest first (staff; the caller checks the role). */
export function getSignalementQueue() {
  return db.signalement.findMany({
    where: { statut: "ouvert" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      motif: true,
      commentaire: true,
      createdAt: true,
      auteur: { select: { prenom: true, nom: true } },
      offre: { select: { id: true, titre: true, statut: true, organisation: { select: { nom: true } } } },
    },
  });
}

/** What an employer needs to fill the offer form: its sites and the reference lists. */
export async function getStageFormOptions(user: SessionUser) {
  const organisationIds = user.organisations.filter((o) => o.type === "employeur").map((o) => o.id);
  const [sites, diplomes, publics, categories] = await Promise.all([
    db.site
      .findMany({
        where: { organisationId: { in: organisationIds } },
        select: {
          id: true,
          nom: true,
          organisationId: true,
          publicId: true,
          categorieId: true,
          commune: { select: { nom: true } },
        },
      })
      .then((r) => sortByName(r, (site) => site.nom)),
    db.diplome.findMany({
      orderBy: [{ niveau: "asc" }, { intitule: "asc" }],
      select: { id: true, intitule: true, metier: true, niveau: true },
    }),
    getPublicOptionList(),
    getCategorieOptionList(),
  ]);
  return { sites, diplomes, publics, categories };
}

/** The offer's current values for the edit form, or null when it is not the user's. */
export async function getStageForEdit(user: SessionUser, offreId: string) {
  const offre = await db.stageOffre.findUnique({
    where: { id: offreId },
    select: { ...DETAIL_SELECT, siteId: true, publicId: true, categorieId: true },
  });
  if (!offre || !user.organisations.some((o) => o.id === offre.organisationId)) return null;
  return offre;
}
