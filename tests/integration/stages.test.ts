import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ACCESS_DENIED } from "@/lib/actions/result";
import { dateFromIso } from "@/lib/dates";
import { expireStageOffres } from "@/lib/stages/expiry";
import { StageErrors } from "@/lib/stages/errors";
import {
  accepterCandidature,
  archiverStage,
  candidater,
  deciderStage,
  enregistrerStage,
  refuserCandidature,
  retirerCandidature,
  signalerStage,
  traiterSignalement,
} from "@/lib/stages/actions";
import { getCandidatureListForOffre, getMesCandidatureList, getStageDetail } from "@/lib/stages/queries";
import { getSessionUser } from "@/lib/auth/queries";
import { expectRedirect, idFromRedirect, signInAs } from "@/tests/support/session";
import { getSmtpCapture } from "@/tests/support/smtp";
import { createOrganisation, createPersona, createUser, form } from "@/tests/factories";
import { createCandidature } from "@/tests/factories/stages";
import { inDays } from "@/tests/support/dates";

const ORG = "persona-org-employeur";

async function firstSite(organisationId = ORG): Promise<string> {
  const site = await db.site.findFirst({ where: { organisationId }, select: { id: true } });
  if (site) return site.id;
  const created = await db.site.create({
    data: {
      organisationId,
      nom: "Site principal",
      adresse: "12 avenue des Pins",
      communeCode: "40192",
      latitude: 43.89,
      longitude: -0.5,
    },
  });
  return created.id;
}

async function diplome(code = "DEAS"): Promise<string> {
  return (await db.diplome.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

async function stageForm(overrides: Record<string, string | string[] | undefined> = {}) {
  return form({
    organisationId: ORG,
    siteId: "siteId" in overrides ? undefined : await firstSite(),
    titre: "Stage aide-soignant·e en EHPAD",
    description: "Accompagnement des résidents au quotidien, soins d'hygiène et de confort.",
    niveau: "1re année",
    diplomeIds: [await diplome()],
    periodeDebut: [inDays(30)],
    periodeFin: [inDays(90)],
    dureeMinSemaines: "4",
    dureeMaxSemaines: "8",
    places: "1",
    tuteurNom: "Marie Lafargue",
    tuteurFonction: "Infirmière coordinatrice",
    tuteurContact: "marie.lafargue@ehpad-exemple.fr",
    intent: "soumettre",
    ...overrides,
  });
}

/** Where saving an offer leads: its page in the employer's space; the id is captured. */
const OFFRE_URL = /\/espace-employeur\/stages\/([a-z0-9]+)/;

/** An employer persona, a staff persona, and a published offer with `places` places. */
async function publishedOffer(places = 1) {
  const employeurId = await createPersona("employeur");
  const staffId = await createPersona("staff");
  signInAs(employeurId);
  const offreId = await idFromRedirect(
    enregistrerStage(undefined, await stageForm({ places: String(places) })),
    OFFRE_URL,
  );
  signInAs(staffId);
  await expectRedirect(
    deciderStage(undefined, form({ offreId, decision: "approuver" })),
    "/moderation/stages?decision=publiee",
  );
  return { employeurId, staffId, offreId };
}

async function apply(offreId: string, email?: string) {
  const learner = await createUser({ email, roles: ["apprenant"] });
  signInAs(learner.id);
  await expectRedirect(
    candidater(
      undefined,
      form({
        offreId,
        message: "Je prépare le DEAS à Mont-de-Marsan et cherche un stage en EHPAD.",
        organismeFormation: "IFAS de Mont-de-Marsan",
        diplomeId: await diplome(),
        periodeDebut: inDays(35),
        periodeFin: inDays(60),
      }),
    ),
    "/espace-apprenant/candidatures?envoyee=1",
  );
  const candidature = await db.candidature.findFirstOrThrow({ where: { offreId, apprenantId: learner.id } });
  return { learnerId: learner.id, candidatureId: candidature.id };
}

describe("cycle de vie d'une offre de stage", () => {
  it("brouillon → soumise → publiée, chaque décision au journal, l'employeur prévenu par e-mail et dans l'application", async () => {
    const employeurId = await createPersona("employeur");
    const staffId = await createPersona("staff");
    signInAs(employeurId);
    const offreId = await idFromRedirect(
      enregistrerStage(undefined, await stageForm({ intent: "brouillon" })),
      OFFRE_URL,
    );
    expect((await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).statut).toBe("brouillon");
    // Invisible to the public while a draft.
    expect(await getStageDetail(offreId, null)).toBeNull();

    await idFromRedirect(
      enregistrerStage(undefined, await stageForm({ offreId, intent: "soumettre" })),
      OFFRE_URL,
    );
    expect(await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).toMatchObject({
      statut: "soumise",
      soumiseAt: expect.any(Date),
    });

    signInAs(staffId);
    await expectRedirect(
      deciderStage(undefined, form({ offreId, decision: "approuver" })),
      "/moderation/stages?decision=publiee",
    );
    expect(await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).toMatchObject({
      statut: "publiee",
      publieeAt: expect.any(Date),
    });
    expect(
      (await db.auditLog.findMany({ where: { entityId: offreId }, orderBy: { createdAt: "asc" } })).map(
        (a) => [a.action, a.actorId],
      ),
    ).toEqual([
      ["moderation.soumise", employeurId],
      ["moderation.approuvee", staffId],
    ]);
    expect(await db.notification.findMany({ where: { userId: employeurId } })).toMatchObject([
      { titre: "Votre offre de stage est publiée" },
    ]);
    await getSmtpCapture().waitForMessage(
      (m) => m.to.includes("employeur@demo.iflts.fr") && m.subject === "Votre offre de stage est publiée",
    );
    const publicView = await getStageDetail(offreId, null);
    expect(publicView).toMatchObject({ statut: "publiee", ouverte: true, tuteurContact: null });
  });

  it("un refus exige un motif ; l'offre refusée se corrige et se soumet à nouveau", async () => {
    const employeurId = await createPersona("employeur");
    const staffId = await createPersona("staff");
    signInAs(employeurId);
    const offreId = await idFromRedirect(enregistrerStage(undefined, await stageForm()), OFFRE_URL);
    signInAs(staffId);
    const noReason = await deciderStage(undefined, form({ offreId, decision: "refuser" }));
    expect(noReason).toMatchObject({
      ok: false,
      fieldErrors: { motif: [expect.stringMatching(/motif du refus/)] },
    });
    await expectRedirect(
      deciderStage(undefined, form({ offreId, decision: "refuser", motif: "Tuteur non précisé" })),
      "/moderation/stages?decision=refusee",
    );
    expect(await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).toMatchObject({
      statut: "refusee",
      motifRefus: "Tuteur non précisé",
    });
    const again = await deciderStage(undefined, form({ offreId, decision: "approuver" }));
    expect(again).toMatchObject({ ok: false, formError: StageErrors.DejaModeree });

    signInAs(employeurId);
    await idFromRedirect(
      enregistrerStage(undefined, await stageForm({ offreId, tuteurNom: "Marie Lafargue (IDEC)" })),
      OFFRE_URL,
    );
    expect(await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).toMatchObject({
      statut: "soumise",
      motifRefus: null,
    });
  });

  it("modifier le fond d'une offre publiée la renvoie en modération ; changer seulement le nombre de places, non", async () => {
    const { employeurId, offreId } = await publishedOffer(2);
    signInAs(employeurId);
    await idFromRedirect(enregistrerStage(undefined, await stageForm({ offreId, places: "3" })), OFFRE_URL);
    expect(await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).toMatchObject({
      statut: "publiee",
      places: 3,
      placesRestantes: 3,
    });
    await idFromRedirect(
      enregistrerStage(
        undefined,
        await stageForm({ offreId, places: "3", description: "Nouvelle description du stage." }),
      ),
      OFFRE_URL,
    );
    expect((await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).statut).toBe("soumise");
  });

  it("une organisation non vérifiée peut préparer un brouillon mais pas le soumettre", async () => {
    const org = await createOrganisation({ statut: "en_attente" });
    signInAs(org.memberId);
    const siteId = await firstSite(org.id);
    const submitted = await enregistrerStage(undefined, await stageForm({ organisationId: org.id, siteId }));
    expect(submitted).toMatchObject({ ok: false, formError: StageErrors.OrganisationNonVerifiee });
    expect(await db.stageOffre.count()).toBe(0);
    await idFromRedirect(
      enregistrerStage(undefined, await stageForm({ organisationId: org.id, siteId, intent: "brouillon" })),
      OFFRE_URL,
    );
    expect(await db.stageOffre.count()).toBe(1);
  });

  it("refuse les saisies invalides en français, sans rien écrire", async () => {
    signInAs(await createPersona("employeur"));
    const result = await enregistrerStage(
      undefined,
      await stageForm({
        periodeDebut: [inDays(40), inDays(-20)],
        periodeFin: [inDays(30), inDays(-10)],
        places: "0",
        dureeMinSemaines: "8",
        dureeMaxSemaines: "4",
        diplomeIds: undefined,
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.periodes).toEqual([
      "Période 1 : la date de fin doit être après la date de début.",
      "Période 2 : cette période est déjà passée.",
    ]);
    expect(result.fieldErrors?.places).toEqual(["Nombre de places : au moins 1."]);
    expect(result.fieldErrors?.dureeMaxSemaines?.[0]).toMatch(/supérieure ou égale/);
    expect(result.fieldErrors?.diplomeIds).toEqual(["Choisissez au moins un diplôme ou métier visé."]);
    expect(result.values?.periodeDebut).toEqual([inDays(40), inDays(-20)]);
    expect(await db.stageOffre.count()).toBe(0);

    const tooMany = await enregistrerStage(undefined, await stageForm({ places: "51" }));
    expect(tooMany).toMatchObject({ ok: false, fieldErrors: { places: ["Nombre de places : au plus 50."] } });
    const unknownDiploma = await enregistrerStage(
      undefined,
      await stageForm({ diplomeIds: ["diplome-inexistant"] }),
    );
    expect(unknownDiploma).toMatchObject({
      ok: false,
      fieldErrors: { diplomeIds: [StageErrors.DiplomeInconnu] },
    });
    expect(await db.stageOffre.count()).toBe(0);
  });
});

describe("seule l'organisation propriétaire modifie ses offres et voit ses candidatures", () => {
  it("un autre employeur ne peut ni modifier, ni archiver, ni répondre aux candidatures", async () => {
    const { offreId } = await publishedOffer();
    const { candidatureId } = await apply(offreId);
    const other = await createOrganisation({ statut: "verifiee" });
    signInAs(other.memberId);
    const otherSite = await firstSite(other.id);
    const edit = await enregistrerStage(undefined, await stageForm({ offreId, titre: "Piraté" }));
    expect(edit).toMatchObject({ ok: false, formError: StageErrors.Introuvable });
    const disguised = await enregistrerStage(
      undefined,
      await stageForm({ offreId, organisationId: other.id, siteId: otherSite, titre: "Piraté" }),
    );
    expect(disguised).toMatchObject({ ok: false, formError: StageErrors.Introuvable });
    expect(await archiverStage(undefined, form({ offreId }))).toMatchObject({
      ok: false,
      formError: StageErrors.Introuvable,
    });
    expect(await accepterCandidature(undefined, form({ candidatureId }))).toMatchObject({
      ok: false,
      formError: StageErrors.CandidatureIntrouvable,
    });
    expect(await refuserCandidature(undefined, form({ candidatureId, motif: "x" }))).toMatchObject({
      ok: false,
      formError: StageErrors.CandidatureIntrouvable,
    });
    expect(await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).toMatchObject({
      titre: "Stage aide-soignant·e en EHPAD",
      statut: "publiee",
    });
    expect((await db.candidature.findUniqueOrThrow({ where: { id: candidatureId } })).statut).toBe("envoyee");
  });

  it("les candidatures d'une offre ne sont lisibles que par son organisation ; chaque apprenant·e ne voit que les siennes", async () => {
    const { employeurId, offreId } = await publishedOffer(2);
    const lea = await apply(offreId, "lea@exemple.fr");
    await apply(offreId, "hugo@exemple.fr");
    const owner = await getSessionUser(employeurId);
    expect(await getCandidatureListForOffre(owner!, offreId)).toHaveLength(2);
    const other = await createOrganisation({ statut: "verifiee" });
    expect(await getCandidatureListForOffre((await getSessionUser(other.memberId))!, offreId)).toBeNull();
    const learner = await getSessionUser(lea.learnerId);
    expect(await getCandidatureListForOffre(learner!, offreId)).toBeNull();
    expect((await getMesCandidatureList(learner!)).map((c) => c.id)).toEqual([lea.candidatureId]);
  });

  it("le contact du tuteur n'est montré qu'aux apprenant·es connecté·es, au propriétaire et à l'équipe", async () => {
    const { employeurId, staffId, offreId } = await publishedOffer();
    const contact = "marie.lafargue@ehpad-exemple.fr";
    expect((await getStageDetail(offreId, null))?.tuteurContact).toBeNull();
    const sansRole = await createUser({ roles: [] });
    expect((await getStageDetail(offreId, await getSessionUser(sansRole.id)))?.tuteurContact).toBeNull();
    const apprenant = await createUser({ roles: ["apprenant"] });
    expect((await getStageDetail(offreId, await getSessionUser(apprenant.id)))?.tuteurContact).toBe(contact);
    expect((await getStageDetail(offreId, await getSessionUser(employeurId)))?.tuteurContact).toBe(contact);
    expect((await getStageDetail(offreId, await getSessionUser(staffId)))?.tuteurContact).toBe(contact);
  });

  it("un·e apprenant·e ne retire que ses propres candidatures", async () => {
    const { offreId } = await publishedOffer(2);
    const { candidatureId } = await apply(offreId, "lea@exemple.fr");
    await apply(offreId, "hugo@exemple.fr");
    const result = await retirerCandidature(undefined, form({ candidatureId }));
    expect(result).toMatchObject({ ok: false, formError: StageErrors.CandidatureIntrouvable });
    expect((await db.candidature.findUniqueOrThrow({ where: { id: candidatureId } })).statut).toBe("envoyee");
  });
});

describe("candidatures", () => {
  it("refuse une période hors de l'offre et une seconde candidature à la même offre", async () => {
    const { offreId } = await publishedOffer();
    await apply(offreId, "lea@exemple.fr");
    const again = await candidater(
      undefined,
      form({
        offreId,
        message: "Encore moi",
        organismeFormation: "IFAS",
        diplomeId: await diplome(),
        periodeDebut: inDays(35),
        periodeFin: inDays(60),
      }),
    );
    expect(again).toMatchObject({ ok: false, formError: StageErrors.DejaCandidat });
    const learner = await createUser();
    signInAs(learner.id);
    const outside = await candidater(
      undefined,
      form({
        offreId,
        message: "Bonjour",
        organismeFormation: "IFAS",
        diplomeId: await diplome(),
        periodeDebut: inDays(80),
        periodeFin: inDays(120),
      }),
    );
    expect(outside).toMatchObject({
      ok: false,
      fieldErrors: { periodeDebut: [StageErrors.PeriodeHorsOffre] },
    });
  });

  it("accepter prend une place et prévient l'apprenant·e ; à 0 place l'offre est pourvue et ferme les candidatures", async () => {
    const { employeurId, offreId } = await publishedOffer(1);
    const { learnerId, candidatureId } = await apply(offreId, "lea@exemple.fr");
    signInAs(employeurId);
    expect(await accepterCandidature(undefined, form({ candidatureId }))).toMatchObject({ ok: true });
    expect(await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).toMatchObject({
      placesRestantes: 0,
      statut: "pourvue",
    });
    expect(await db.notification.findMany({ where: { userId: learnerId } })).toMatchObject([
      { titre: "Votre candidature est acceptée" },
    ]);
    await getSmtpCapture().waitForMessage(
      (m) => m.to.includes("lea@exemple.fr") && m.subject === "Votre candidature est acceptée",
    );

    const late = await createUser();
    signInAs(late.id);
    const closed = await candidater(
      undefined,
      form({
        offreId,
        message: "Bonjour",
        organismeFormation: "IFAS",
        diplomeId: await diplome(),
        periodeDebut: inDays(35),
        periodeFin: inDays(60),
      }),
    );
    expect(closed).toMatchObject({ ok: false, formError: StageErrors.StageComplet });

    // Withdrawing an accepted application gives the place back.
    signInAs(learnerId);
    expect(await retirerCandidature(undefined, form({ candidatureId }))).toMatchObject({ ok: true });
    expect(await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).toMatchObject({
      placesRestantes: 1,
      statut: "publiee",
    });
  });

  it("avec une place, deux acceptations simultanées n'en acceptent qu'une", async () => {
    const { employeurId, offreId } = await publishedOffer(1);
    const first = await apply(offreId, "lea@exemple.fr");
    const second = await apply(offreId, "hugo@exemple.fr");
    signInAs(employeurId);
    const results = await Promise.all([
      accepterCandidature(undefined, form({ candidatureId: first.candidatureId })),
      accepterCandidature(undefined, form({ candidatureId: second.candidatureId })),
      // A double click on the first one.
      accepterCandidature(undefined, form({ candidatureId: first.candidatureId })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.ok)) {
      expect([StageErrors.StageComplet, StageErrors.CandidatureDejaTraitee]).toContain(
        !refused.ok && refused.formError,
      );
    }
    expect(await db.candidature.count({ where: { offreId, statut: "acceptee" } })).toBe(1);
    expect(await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).toMatchObject({
      placesRestantes: 0,
      statut: "pourvue",
    });
  });

  it("avec une place, 50 acceptations simultanées de 50 candidatures n'en acceptent qu'une", async () => {
    const { employeurId, offreId } = await publishedOffer(1);
    const candidatures = await Promise.all(Array.from({ length: 50 }, () => createCandidature({ offreId })));
    signInAs(employeurId);
    const results = await Promise.all(
      candidatures.map((c) => accepterCandidature(undefined, form({ candidatureId: c.id }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(new Set(results.filter((r) => !r.ok).map((r) => !r.ok && r.formError))).toEqual(
      new Set([StageErrors.StageComplet]),
    );
    expect(await db.candidature.count({ where: { offreId, statut: "acceptee" } })).toBe(1);
    expect(await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).toMatchObject({
      placesRestantes: 0,
      statut: "pourvue",
    });
  });

  it("le refus exige un motif, transmis à l'apprenant·e", async () => {
    const { employeurId, offreId } = await publishedOffer(1);
    const { learnerId, candidatureId } = await apply(offreId, "lea@exemple.fr");
    signInAs(employeurId);
    expect(await refuserCandidature(undefined, form({ candidatureId, motif: " " }))).toMatchObject({
      ok: false,
      fieldErrors: { motif: expect.any(Array) },
    });
    expect(
      await refuserCandidature(undefined, form({ candidatureId, motif: "Période complète" })),
    ).toMatchObject({ ok: true });
    expect(await db.candidature.findUniqueOrThrow({ where: { id: candidatureId } })).toMatchObject({
      statut: "refusee",
      motifRefus: "Période complète",
    });
    expect(await db.notification.findFirstOrThrow({ where: { userId: learnerId } })).toMatchObject({
      message: expect.stringContaining("Période complète"),
    });
    expect(await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).toMatchObject({
      placesRestantes: 1,
    });
  });
});

describe("signalements", () => {
  it("toute personne connectée signale une offre publiée ; l'équipe écarte ou retire l'offre", async () => {
    const { staffId, offreId } = await publishedOffer();
    const reporter = await createUser({ roles: [] });
    signInAs(reporter.id);
    expect(
      await signalerStage(
        undefined,
        form({ offreId, motif: "offre_fictive", commentaire: "Établissement fermé" }),
      ),
    ).toMatchObject({ ok: true });
    expect(await signalerStage(undefined, form({ offreId, motif: "autre" }))).toMatchObject({
      ok: false,
      formError: StageErrors.DejaSignalee,
    });
    expect(await traiterSignalement(undefined, form({ signalementId: "x", action: "rejeter" }))).toEqual({
      ok: false,
      formError: ACCESS_DENIED,
    });

    const signalement = await db.signalement.findFirstOrThrow({ where: { offreId } });
    signInAs(staffId);
    const noReason = await traiterSignalement(
      undefined,
      form({ signalementId: signalement.id, action: "depublier" }),
    );
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { motif: expect.any(Array) } });
    await expectRedirect(
      traiterSignalement(
        undefined,
        form({ signalementId: signalement.id, action: "depublier", motif: "Établissement fermé" }),
      ),
      "/moderation/signalements?traitement=depublier",
    );
    expect(await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).toMatchObject({
      statut: "refusee",
      motifRefus: "Établissement fermé",
    });
    expect((await db.signalement.findUniqueOrThrow({ where: { id: signalement.id } })).statut).toBe("traite");
    expect(
      await db.auditLog.findFirst({ where: { entityId: offreId, action: "moderation.depubliee" } }),
    ).toMatchObject({ actorId: staffId });
    expect(await getStageDetail(offreId, null)).toBeNull();
  });

  it("on ne signale pas une offre non publiée", async () => {
    signInAs(await createPersona("employeur"));
    const offreId = await idFromRedirect(
      enregistrerStage(undefined, await stageForm({ intent: "brouillon" })),
      OFFRE_URL,
    );
    signInAs((await createUser()).id);
    expect(await signalerStage(undefined, form({ offreId, motif: "autre" }))).toMatchObject({
      ok: false,
      formError: StageErrors.Introuvable,
    });
  });
});

describe("expiration", () => {
  it("expire les offres dont la dernière période est finie, et les cache avant même que la commande passe", async () => {
    const { offreId } = await publishedOffer();
    await db.stageOffre.update({
      where: { id: offreId },
      data: { finDernierePeriode: dateFromIso(inDays(-1)) },
    });
    expect(await getStageDetail(offreId, null)).toBeNull();
    const staff = await getSessionUser(
      (await db.user.findFirstOrThrow({ where: { email: "staff@demo.iflts.fr" } })).id,
    );
    expect(await getStageDetail(offreId, staff)).not.toBeNull();
    expect(await expireStageOffres(db)).toBe(1);
    expect((await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).statut).toBe("expiree");
    expect(await expireStageOffres(db)).toBe(0);
  });

  it("n'expire pas une offre « toute l'année » (ses lignes de période, même à moitié remplies, sont ignorées)", async () => {
    signInAs(await createPersona("employeur"));
    const offreId = await idFromRedirect(
      enregistrerStage(
        undefined,
        await stageForm({
          touteLAnnee: "on",
          periodeDebut: [inDays(10)],
          periodeFin: [""],
          intent: "brouillon",
        }),
      ),
      OFFRE_URL,
    );
    expect((await db.stageOffre.findUniqueOrThrow({ where: { id: offreId } })).finDernierePeriode).toBeNull();
    await db.stageOffre.update({ where: { id: offreId }, data: { statut: "publiee" } });
    expect(await expireStageOffres(db, inDays(400))).toBe(0);
  });
});

describe("garde-fous des candidatures et signalements", () => {
  it("refuse un diplôme que l'offre ne vise pas, même envoyé à la main", async () => {
    const { offreId } = await publishedOffer();
    const learner = await createUser();
    signInAs(learner.id);
    const result = await candidater(
      undefined,
      form({
        offreId,
        message: "Bonjour",
        organismeFormation: "IRTS",
        diplomeId: await diplome("DEES"),
        periodeDebut: inDays(35),
        periodeFin: inDays(60),
      }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { diplomeId: [StageErrors.DiplomeHorsOffre] } });
    expect(await db.candidature.count()).toBe(0);
  });

  it("l'organisation ne signale pas sa propre offre ; une offre terminée ne se signale plus", async () => {
    const { employeurId, offreId } = await publishedOffer();
    signInAs(employeurId);
    expect(await signalerStage(undefined, form({ offreId, motif: "autre" }))).toMatchObject({
      ok: false,
      formError: StageErrors.Introuvable,
    });
    await db.stageOffre.update({
      where: { id: offreId },
      data: { finDernierePeriode: dateFromIso(inDays(-1)) },
    });
    signInAs((await createUser()).id);
    expect(await signalerStage(undefined, form({ offreId, motif: "autre" }))).toMatchObject({
      ok: false,
      formError: StageErrors.Introuvable,
    });
  });

  it("retirer une offre déjà sortie de la carte est refusé, sans faux message à l'employeur", async () => {
    const { employeurId, staffId, offreId } = await publishedOffer();
    signInAs((await createUser()).id);
    await signalerStage(undefined, form({ offreId, motif: "autre" }));
    const signalement = await db.signalement.findFirstOrThrow({ where: { offreId } });
    signInAs(employeurId);
    await archiverStage(undefined, form({ offreId }));
    signInAs(staffId);
    const result = await traiterSignalement(
      undefined,
      form({ signalementId: signalement.id, action: "depublier", motif: "x" }),
    );
    expect(result).toMatchObject({ ok: false, formError: StageErrors.DejaRetiree });
    expect((await db.signalement.findUniqueOrThrow({ where: { id: signalement.id } })).statut).toBe("ouvert");
    expect(
      await db.notification.count({
        where: { userId: employeurId, titre: "Votre offre de stage a été retirée" },
      }),
    ).toBe(0);
  });

  it("un·e candidat·e garde l'accès à l'offre et au contact après sa fin", async () => {
    const { offreId } = await publishedOffer(2);
    const { learnerId } = await apply(offreId, "lea@exemple.fr");
    await db.stageOffre.update({ where: { id: offreId }, data: { statut: "expiree" } });
    expect(await getStageDetail(offreId, null)).toBeNull();
    const otherLearner = await createUser();
    expect(await getStageDetail(offreId, await getSessionUser(otherLearner.id))).toBeNull();
    expect(await getStageDetail(offreId, await getSessionUser(learnerId))).toMatchObject({
      tuteurContact: "marie.lafargue@ehpad-exemple.fr",
    });
  });
});
