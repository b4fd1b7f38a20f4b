import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/actions/result";
import { hasAccess, type SessionUser } from "@/lib/auth/permissions";
import { dateFromIso, isoFromDate, todayInParis } from "@/lib/dates";
import { recordModeration } from "@/lib/moderation/audit";
import { getOrganisationRecipientList, notify } from "@/lib/notifications/mutations";
import { StageErrors } from "@/lib/stages/errors";
import type { CandidatureInput, StageOffreInput } from "@/lib/stages/schemas";
import type { SignalementMotif } from "@/lib/stages/constants";
import { releasePlace } from "@/lib/stages/places";

const ACTIVE_CANDIDATURE = ["envoyee", "lue", "acceptee"] as const;

/** The stored fields compared by substance(). */
const SUBSTANCE_SELECT = {
  siteId: true,
  titre: true,
  description: true,
  niveau: true,
  publicId: true,
  categorieId: true,
  touteLAnnee: true,
  dureeMinSemaines: true,
  dureeMaxSemaines: true,
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
} as const;

function assertMember(user: SessionUser, organisationId: string): void {
  // Not a member: the same answer as a missing record, so ids reveal nothing.
  if (!user.organisations.some((o) => o.id === organisationId && o.type === "employeur")) {
    throw new DomainError(StageErrors.Introuvable);
  }
}

type SubstanceFields = { [K in keyof typeof SUBSTANCE_SELECT]: unknown };

/** What moderation looks at: any change here on a published offer sends it back to moderation. */
function substance(
  v: SubstanceFields & { diplomeIds: string[]; periodes: { debut: string; fin: string }[] },
): string {
  const picked = Object.fromEntries(
    Object.keys(SUBSTANCE_SELECT).map((k) => [k, v[k as keyof SubstanceFields] ?? null]),
  );
  return JSON.stringify({
    ...picked,
    diplomeIds: [...v.diplomeIds].sort(),
    periodes: [...v.periodes].sort((a, b) => a.debut.localeCompare(b.debut) || a.fin.localeCompare(b.fin)),
  });
}

/**
 * Creates or updates an offer of the user's organisation. `intent` "soumettre" sends it to moderation
 * (verified organisations only); editing a published offer's substance sends it back to moderation,
 * changing only its number of places does not. Returns the offer id.
 */
export async function saveStageOffre(user: SessionUser, input: StageOffreInput): Promise<string> {
  assertMember(user, input.organisationId);
  const organisation = user.organisations.find((o) => o.id === input.organisationId)!;
  if (input.intent === "soumettre" && organisation.statut !== "verifiee") {
    throw new DomainError(StageErrors.OrganisationNonVerifiee);
  }
  const uniqueDiplomes = [...new Set(input.diplomeIds)];
  const [site, diplomeCount] = await Promise.all([
    db.site.findFirst({
      where: { id: input.siteId, organisationId: input.organisationId },
      select: { latitude: true, longitude: true, communeCode: true, publicId: true, categorieId: true },
    }),
    db.diplome.count({ where: { id: { in: uniqueDiplomes } } }),
  ]);
  if (!site) throw new DomainError(StageErrors.SiteInconnu, "siteId");
  if (diplomeCount !== uniqueDiplomes.length) throw new DomainError(StageErrors.DiplomeInconnu, "diplomeIds");

  const fields = {
    siteId: input.siteId,
    titre: input.titre,
    description: input.description,
    niveau: input.niveau,
    publicId: input.publicId ?? site.publicId,
    categorieId: input.categorieId ?? site.categorieId,
    touteLAnnee: input.touteLAnnee,
    dureeMinSemaines: input.dureeMinSemaines,
    dureeMaxSemaines: input.dureeMaxSemaines,
    tuteurNom: input.tuteurNom,
    tuteurFonction: input.tuteurFonction,
    tuteurContact: input.tuteurContact,
    gratification: input.gratification,
    gratificationDetail: input.gratification ? (input.gratificationDetail ?? null) : null,
    logement: input.logement,
    sansVoiture: input.sansVoiture,
    transportDetail: input.transportDetail ?? null,
    distanceGareKm: input.distanceGareKm ?? null,
    permisRequis: input.permisRequis,
    horairesNuit: input.horairesNuit,
    horairesWeekend: input.horairesWeekend,
  };
  const finDernierePeriode = input.touteLAnnee
    ? null
    : dateFromIso(input.periodes.map((p) => p.fin).reduce((a, b) => (a > b ? a : b)));
  const located = {
    latitude: site.latitude,
    longitude: site.longitude,
    communeCode: site.communeCode,
    finDernierePeriode,
  };
  const newSubstance = substance({ ...fields, diplomeIds: uniqueDiplomes, periodes: input.periodes });
  const children = {
    periodes: {
      create: input.periodes.map((p) => ({ debut: dateFromIso(p.debut), fin: dateFromIso(p.fin) })),
    },
    diplomes: { create: uniqueDiplomes.map((diplomeId) => ({ diplomeId })) },
  };

  return db.$transaction(async (tx) => {
    if (!input.offreId) {
      const submitted = input.intent === "soumettre";
      const created = await tx.stageOffre.create({
        data: {
          ...fields,
          ...located,
          ...children,
          organisationId: input.organisationId,
          places: input.places,
          placesRestantes: input.places,
          statut: submitted ? "soumise" : "brouillon",
          soumiseAt: submitted ? new Date() : null,
        },
        select: { id: true },
      });
      if (submitted)
        await recordModeration(tx, {
          actorId: user.id,
          entityType: "StageOffre",
          entityId: created.id,
          action: "soumise",
        });
      return created.id;
    }

    // Locks the row: a concurrent accept cannot change the places in between.
    const rows = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "StageOffre" WHERE id = ${input.offreId} AND "organisationId" = ${input.organisationId} FOR UPDATE`;
    if (rows.length === 0) throw new DomainError(StageErrors.Introuvable);
    const current = await tx.stageOffre.findUniqueOrThrow({
      where: { id: input.offreId },
      select: {
        ...SUBSTANCE_SELECT,
        statut: true,
        places: true,
        diplomes: { select: { diplomeId: true } },
        periodes: { select: { debut: true, fin: true } },
        _count: { select: { candidatures: { where: { statut: "acceptee" } } } },
      },
    });
    const accepted = current._count.candidatures;
    if (input.places < accepted) throw new DomainError(StageErrors.PlacesInferieuresAcceptees, "places");
    const currentSubstance = substance({
      ...current,
      diplomeIds: current.diplomes.map((d) => d.diplomeId),
      periodes: current.periodes.map((p) => ({ debut: isoFromDate(p.debut), fin: isoFromDate(p.fin) })),
    });
    const placesRestantes = input.places - accepted;
    const live = current.statut === "publiee" || current.statut === "pourvue";
    let statut = current.statut;
    if (input.intent === "brouillon") {
      statut = "brouillon";
    } else if (live && currentSubstance === newSubstance) {
      statut = placesRestantes === 0 ? "pourvue" : "publiee";
    } else {
      statut = "soumise";
    }
    await tx.stagePeriode.deleteMany({ where: { offreId: input.offreId } });
    await tx.stageOffreDiplome.deleteMany({ where: { offreId: input.offreId } });
    await tx.stageOffre.update({
      where: { id: input.offreId },
      data: {
        ...fields,
        ...located,
        ...children,
        places: input.places,
        placesRestantes,
        statut,
        motifRefus: statut === "soumise" ? null : undefined,
        soumiseAt: statut === "soumise" && current.statut !== "soumise" ? new Date() : undefined,
      },
    });
    if (statut === "soumise" && current.statut !== "soumise") {
      await recordModeration(tx, {
        actorId: user.id,
        entityType: "StageOffre",
        entityId: input.offreId,
        action: "soumise",
      });
    }
    return input.offreId;
  });
}

/** Archives one of the user's offers (any state): it leaves the map and accepts no more applications. */
export async function archiveStageOffre(user: SessionUser, offreId: string): Promise<void> {
  const offre = await db.stageOffre.findUnique({
    where: { id: offreId },
    select: { organisationId: true, statut: true },
  });
  if (!offre) throw new DomainError(StageErrors.Introuvable);
  assertMember(user, offre.organisationId);
  if (offre.statut === "archivee") return;
  await db.$transaction([
    db.stageOffre.update({ where: { id: offreId }, data: { statut: "archivee" } }),
    db.auditLog.create({
      data: { actorId: user.id, action: "moderation.archivee", entityType: "StageOffre", entityId: offreId },
    }),
  ]);
}

/** Staff decision on a submitted offer; the employer is told in the app and by e-mail. */
export async function decideStageOffre(
  staff: SessionUser,
  input: { offreId: string; decision: "approuver" | "refuser"; motif?: string },
): Promise<void> {
  if (!hasAccess(staff, "staff")) throw new DomainError(StageErrors.Introuvable);
  const approve = input.decision === "approuver";
  const offre = await db.$transaction(async (tx) => {
    const updated = await tx.stageOffre.updateMany({
      where: { id: input.offreId, statut: "soumise" },
      data: approve
        ? { statut: "publiee", publieeAt: new Date(), motifRefus: null }
        : { statut: "refusee", motifRefus: input.motif ?? null },
    });
    if (updated.count !== 1) {
      const exists = await tx.stageOffre.count({ where: { id: input.offreId } });
      throw new DomainError(exists ? StageErrors.DejaModeree : StageErrors.Introuvable);
    }
    await recordModeration(tx, {
      actorId: staff.id,
      entityType: "StageOffre",
      entityId: input.offreId,
      action: approve ? "approuvee" : "refusee",
      reason: approve ? null : input.motif,
    });
    return tx.stageOffre.findUniqueOrThrow({
      where: { id: input.offreId },
      select: { titre: true, organisationId: true },
    });
  });
  await notify(await getOrganisationRecipientList(offre.organisationId), {
    titre: approve ? "Votre offre de stage est publiée" : "Votre offre de stage n'a pas été publiée",
    message: approve
      ? `« ${offre.titre} » est maintenant visible sur la carte des stages.`
      : `« ${offre.titre} » a été refusée par la modération. Motif : ${input.motif ?? ""}. Vous pouvez la modifier et la soumettre à nouveau.`,
    lien: `/espace-employeur/stages/${input.offreId}`,
  });
}

/** Any signed-in person reports a published offer; one open report per person and offer. */
export async function reportStageOffre(
  user: SessionUser,
  input: { offreId: string; motif: SignalementMotif; commentaire?: string },
): Promise<void> {
  const offre = await db.stageOffre.findUnique({
    where: { id: input.offreId },
    select: { statut: true, organisationId: true, finDernierePeriode: true },
  });
  const ended = !!offre?.finDernierePeriode && isoFromDate(offre.finDernierePeriode) < todayInParis();
  const own = !!offre && user.organisations.some((o) => o.id === offre.organisationId);
  // Only what the public sees can be reported, and not by its own organisation.
  if (!offre || (offre.statut !== "publiee" && offre.statut !== "pourvue") || ended || own) {
    throw new DomainError(StageErrors.Introuvable);
  }
  const open = await db.signalement.count({
    where: { offreId: input.offreId, auteurId: user.id, statut: "ouvert" },
  });
  if (open > 0) throw new DomainError(StageErrors.DejaSignalee);
  await db.signalement.create({
    data: {
      offreId: input.offreId,
      auteurId: user.id,
      motif: input.motif,
      commentaire: input.commentaire ?? "",
    },
  });
}

/** Staff close a report: dismiss it, or unpublish the offer (it becomes "refusée", editable and resubmittable). */
export async function handleSignalement(
  staff: SessionUser,
  input: { signalementId: string; action: "rejeter" | "depublier"; motif?: string },
): Promise<void> {
  if (!hasAccess(staff, "staff")) throw new DomainError(StageErrors.SignalementIntrouvable);
  const result = await db.$transaction(async (tx) => {
    const signalement = await tx.signalement.findFirst({
      where: { id: input.signalementId, statut: "ouvert" },
      select: { offreId: true, offre: { select: { titre: true, organisationId: true } } },
    });
    if (!signalement) throw new DomainError(StageErrors.SignalementIntrouvable);
    const now = new Date();
    if (input.action === "rejeter") {
      await tx.signalement.update({
        where: { id: input.signalementId },
        data: { statut: "rejete", traiteParId: staff.id, traiteAt: now },
      });
      await recordModeration(tx, {
        actorId: staff.id,
        entityType: "StageOffre",
        entityId: signalement.offreId,
        action: "signalement_rejete",
        reason: input.motif,
      });
      return null;
    }
    const unpublished = await tx.stageOffre.updateMany({
      where: { id: signalement.offreId, statut: { in: ["publiee", "pourvue"] } },
      data: { statut: "refusee", motifRefus: input.motif ?? null },
    });
    // Already off the map (edited, archived…): nothing to withdraw; staff dismiss the report instead.
    if (unpublished.count !== 1) throw new DomainError(StageErrors.DejaRetiree);
    // Every open report on that offer is answered by the same decision.
    await tx.signalement.updateMany({
      where: { offreId: signalement.offreId, statut: "ouvert" },
      data: { statut: "traite", traiteParId: staff.id, traiteAt: now },
    });
    await recordModeration(tx, {
      actorId: staff.id,
      entityType: "StageOffre",
      entityId: signalement.offreId,
      action: "depubliee",
      reason: input.motif,
    });
    return signalement;
  });
  if (result) {
    await notify(await getOrganisationRecipientList(result.offre.organisationId), {
      titre: "Votre offre de stage a été retirée",
      message: `« ${result.offre.titre} » a été retirée de la carte après un signalement. Motif : ${input.motif ?? ""}. Vous pouvez la corriger et la soumettre à nouveau.`,
      lien: `/espace-employeur/stages/${result.offreId}`,
    });
  }
}

/** A learner applies to an open offer, for a period inside one of its periods. */
export async function applyToStage(user: SessionUser, input: CandidatureInput): Promise<string> {
  const today = todayInParis();
  const offre = await db.stageOffre.findUnique({
    where: { id: input.offreId },
    select: {
      statut: true,
      titre: true,
      placesRestantes: true,
      touteLAnnee: true,
      finDernierePeriode: true,
      organisationId: true,
      periodes: { select: { debut: true, fin: true } },
      diplomes: { select: { diplomeId: true } },
    },
  });
  if (!offre || !["publiee", "pourvue"].includes(offre.statut))
    throw new DomainError(StageErrors.Introuvable);
  if (offre.statut !== "publiee" || offre.placesRestantes < 1)
    throw new DomainError(StageErrors.StageComplet);
  if (offre.finDernierePeriode && isoFromDate(offre.finDernierePeriode) < today)
    throw new DomainError(StageErrors.NonOuverte);
  const within = offre.touteLAnnee
    ? true
    : offre.periodes.some(
        (p) => isoFromDate(p.debut) <= input.periodeDebut && input.periodeFin <= isoFromDate(p.fin),
      );
  if (!within) throw new DomainError(StageErrors.PeriodeHorsOffre, "periodeDebut");
  if (!offre.diplomes.some((d) => d.diplomeId === input.diplomeId)) {
    throw new DomainError(StageErrors.DiplomeHorsOffre, "diplomeId");
  }

  const id = await db.$transaction(async (tx) => {
    // Serialises this learner's applications to this offer: no duplicate from a double click.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`candidature:${input.offreId}:${user.id}`}))`;
    const active = await tx.candidature.count({
      where: { offreId: input.offreId, apprenantId: user.id, statut: { in: [...ACTIVE_CANDIDATURE] } },
    });
    if (active > 0) throw new DomainError(StageErrors.DejaCandidat);
    const created = await tx.candidature.create({
      data: {
        offreId: input.offreId,
        apprenantId: user.id,
        message: input.message,
        organismeFormation: input.organismeFormation,
        diplomeId: input.diplomeId,
        periodeDebut: dateFromIso(input.periodeDebut),
        periodeFin: dateFromIso(input.periodeFin),
      },
      select: { id: true },
    });
    return created.id;
  });
  await notify(await getOrganisationRecipientList(offre.organisationId), {
    titre: "Nouvelle candidature",
    message: `${user.prenom} ${user.nom} a candidaté à « ${offre.titre} ».`,
    lien: `/espace-employeur/stages/${input.offreId}`,
  });
  return id;
}

async function loadCandidatureForEmployer(user: SessionUser, candidatureId: string) {
  const candidature = await db.candidature.findUnique({
    where: { id: candidatureId },
    select: {
      id: true,
      offreId: true,
      statut: true,
      apprenant: { select: { id: true, email: true, prenom: true } },
      offre: { select: { titre: true, organisationId: true } },
    },
  });
  if (!candidature || !user.organisations.some((o) => o.id === candidature.offre.organisationId)) {
    throw new DomainError(StageErrors.CandidatureIntrouvable);
  }
  return candidature;
}

/**
 * Accepts an application and takes one place, atomically: with one place left, concurrent accepts
 * (two applications, or a double click) accept exactly one. At 0 places the offer becomes "pourvue".
 */
export async function acceptCandidature(user: SessionUser, candidatureId: string): Promise<void> {
  const candidature = await loadCandidatureForEmployer(user, candidatureId);
  await db.$transaction(async (tx) => {
    const claimed = await tx.candidature.updateMany({
      where: { id: candidatureId, statut: { in: ["envoyee", "lue"] } },
      data: { statut: "acceptee", reponduAt: new Date(), lueAt: new Date() },
    });
    if (claimed.count !== 1) throw new DomainError(StageErrors.CandidatureDejaTraitee);
    // Row-locking conditional update: a second transaction re-checks the places after the first commits.
    const taken = await tx.$executeRaw`
      UPDATE "StageOffre"
      SET "placesRestantes" = "placesRestantes" - 1,
          statut = CASE WHEN "placesRestantes" = 1 THEN 'pourvue'::"StageStatut" ELSE statut END,
          "updatedAt" = now()
      WHERE id = ${candidature.offreId} AND statut = 'publiee'::"StageStatut" AND "placesRestantes" > 0`;
    if (taken !== 1) throw new DomainError(StageErrors.StageComplet);
  });
  await notify([candidature.apprenant], {
    titre: "Votre candidature est acceptée",
    message: `Bonne nouvelle : votre candidature à « ${candidature.offre.titre} » est acceptée. L'employeur va vous contacter.`,
    lien: "/espace-apprenant/candidatures",
  });
}

/** Refuses an application with a reason given to the learner. */
export async function refuseCandidature(
  user: SessionUser,
  input: { candidatureId: string; motif: string },
): Promise<void> {
  const candidature = await loadCandidatureForEmployer(user, input.candidatureId);
  const updated = await db.candidature.updateMany({
    where: { id: input.candidatureId, statut: { in: ["envoyee", "lue"] } },
    data: { statut: "refusee", motifRefus: input.motif, reponduAt: new Date(), lueAt: new Date() },
  });
  if (updated.count !== 1) throw new DomainError(StageErrors.CandidatureDejaTraitee);
  await notify([candidature.apprenant], {
    titre: "Réponse à votre candidature",
    message: `Votre candidature à « ${candidature.offre.titre} » n'a pas été retenue. Motif : ${input.motif}`,
    lien: "/espace-apprenant/candidatures",
  });
}

/** Marks the offer's new applications as read when its employer opens them. */
export async function markCandidaturesRead(user: SessionUser, offreId: string): Promise<void> {
  await db.candidature.updateMany({
    where: {
      offreId,
      statut: "envoyee",
      offre: { organisationId: { in: user.organisations.map((o) => o.id) } },
    },
    data: { statut: "lue", lueAt: new Date() },
  });
}

/** The learner withdraws their application; an accepted one gives its place back. */
export async function withdrawCandidature(user: SessionUser, candidatureId: string): Promise<void> {
  const candidature = await db.candidature.findFirst({
    where: { id: candidatureId, apprenantId: user.id },
    select: { statut: true, offreId: true, offre: { select: { titre: true, organisationId: true } } },
  });
  if (!candidature) throw new DomainError(StageErrors.CandidatureIntrouvable);
  await db.$transaction(async (tx) => {
    const updated = await tx.candidature.updateMany({
      where: { id: candidatureId, apprenantId: user.id, statut: { in: [...ACTIVE_CANDIDATURE] } },
      data: { statut: "retiree" },
    });
    if (updated.count !== 1) throw new DomainError(StageErrors.CandidatureDejaTraitee);
    if (candidature.statut === "acceptee") await releasePlace(tx, candidature.offreId);
  });
  await notify(await getOrganisationRecipientList(candidature.offre.organisationId), {
    titre: "Candidature retirée",
    message: `${user.prenom} ${user.nom} a retiré sa candidature à « ${candidature.offre.titre} ».`,
    lien: `/espace-employeur/stages/${candidature.offreId}`,
  });
}
