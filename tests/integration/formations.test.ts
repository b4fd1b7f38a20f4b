import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isoFromDate } from "@/lib/dates";
import { archiverFormation, deciderFormation, enregistrerFormation } from "@/lib/formations/actions";
import { FormationErrors } from "@/lib/formations/errors";
import { sessionEtat } from "@/lib/formations/constants";
import { getModerationHistory } from "@/lib/moderation/queries";
import { expectRedirect, idFromRedirect, signInAs } from "@/tests/support/session";
import { getSmtpCapture } from "@/tests/support/smtp";
import { createOrganisation, createPersona, form } from "@/tests/factories";
import { inDays } from "@/tests/support/dates";

const ORG = "persona-org-organisme";

async function siteOf(organisationId: string): Promise<string> {
  const site = await db.site.findFirst({ where: { organisationId }, select: { id: true } });
  if (site) return site.id;
  return (
    await db.site.create({
      data: {
        organisationId,
        nom: "Campus",
        adresse: "5 rue de l'Adour",
        communeCode: "40088",
        latitude: 43.71,
        longitude: -1.05,
      },
      select: { id: true },
    })
  ).id;
}

async function formationForm(overrides: Record<string, string | string[] | undefined> = {}) {
  const organisationId = overrides.organisationId ?? ORG;
  const siteId = await siteOf(String(organisationId));
  const deaes = await db.diplome.findUniqueOrThrow({ where: { code: "DEAES" }, select: { id: true } });
  return form({
    organisationId,
    diplomeId: deaes.id,
    titre: "DEAES en apprentissage",
    modalite: "apprentissage",
    description: "Formation au diplôme d'État d'accompagnant éducatif et social, en alternance.",
    dureeHeures: "1540",
    heuresStage: "840",
    prerequis: "Aucun diplôme exigé.",
    selection: "Dossier et entretien.",
    couts: "Financement par l'employeur (OPCO) en apprentissage.",
    apprentissage: "on",
    accessibiliteContact: "Référente handicap : Anne Duprat, 05 58 00 00 00",
    contact: "formation@adour-exemple.fr",
    lienOrganisme: "https://adour-exemple.fr/deaes",
    codesPublicVise: "80006 81050",
    sessionSiteId: [siteId, siteId],
    sessionDebut: [inDays(60), inDays(240)],
    sessionFin: [inDays(420), inDays(600)],
    sessionLimite: [inDays(30), ""],
    sessionPlaces: ["18", "20"],
    sessionRythme: ["alternance", "alternance"],
    sessionRythmeDetail: ["2 jours en centre, 3 jours en structure", ""],
    intent: "soumettre",
    ...overrides,
  });
}

/** Where saving a training leads: its page in the body's space; the id is captured. */
const FORMATION_URL = /\/espace-organisme\/formations\/([a-z0-9]+)/;

describe("formations : publication par un organisme, modération partagée", () => {
  it("un organisme vérifié soumet une formation à deux sessions ; l'équipe la publie ; l'historique est celui des stages", async () => {
    const organismeId = await createPersona("organisme");
    const staffId = await createPersona("staff");
    signInAs(organismeId);
    const offreId = await idFromRedirect(
      enregistrerFormation(undefined, await formationForm()),
      FORMATION_URL,
    );
    const saved = await db.offreFormation.findUniqueOrThrow({
      where: { id: offreId },
      include: { sessions: { orderBy: { debut: "asc" } } },
    });
    expect(saved).toMatchObject({
      statut: "soumise",
      modalite: "apprentissage",
      apprentissage: true,
      cpf: false,
      dureeHeures: 1540,
      heuresStage: 840,
      codesPublicVise: ["80006", "81050"],
    });
    expect(
      saved.sessions.map((s) => [
        isoFromDate(s.debut),
        s.places,
        s.rythme,
        s.dateLimiteCandidature && isoFromDate(s.dateLimiteCandidature),
      ]),
    ).toEqual([
      [inDays(60), 18, "alternance", inDays(30)],
      [inDays(240), 20, "alternance", null],
    ]);

    signInAs(staffId);
    await expectRedirect(
      deciderFormation(undefined, form({ offreId, decision: "approuver" })),
      "/moderation/formations?decision=publiee",
    );
    expect((await db.offreFormation.findUniqueOrThrow({ where: { id: offreId } })).statut).toBe("publiee");
    expect((await getModerationHistory("OffreFormation", offreId)).map((h) => [h.action, h.libelle])).toEqual(
      [
        ["soumise", "Soumise à la modération"],
        ["approuvee", "Publiée par la modération"],
      ],
    );
    await getSmtpCapture().waitForMessage(
      (m) => m.to.includes("organisme@demo.iflts.fr") && m.subject === "Votre formation est publiée",
    );
  });

  it("un refus exige un motif et ne se décide qu'une fois", async () => {
    signInAs(await createPersona("organisme"));
    const offreId = await idFromRedirect(
      enregistrerFormation(undefined, await formationForm()),
      FORMATION_URL,
    );
    signInAs(await createPersona("staff"));
    expect(await deciderFormation(undefined, form({ offreId, decision: "refuser" }))).toMatchObject({
      ok: false,
      fieldErrors: { motif: expect.any(Array) },
    });
    await expectRedirect(
      deciderFormation(undefined, form({ offreId, decision: "refuser", motif: "RNCP à préciser" })),
      "/moderation/formations?decision=refusee",
    );
    expect(await deciderFormation(undefined, form({ offreId, decision: "approuver" }))).toMatchObject({
      ok: false,
      formError: FormationErrors.DejaModeree,
    });
  });

  it("refuse les sessions incohérentes, la durée nulle et un diplôme inconnu, en français, sans rien écrire", async () => {
    signInAs(await createPersona("organisme"));
    const result = await enregistrerFormation(
      undefined,
      await formationForm({
        dureeHeures: "0",
        sessionDebut: [inDays(60), inDays(100)],
        sessionFin: [inDays(50), inDays(200)],
        sessionLimite: ["", inDays(120)],
        sessionPlaces: ["18", "0"],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.dureeHeures).toEqual(["Durée totale (heures) : au moins 1."]);
    expect(result.fieldErrors?.sessions).toEqual([
      "Session 1 : la date de fin doit être après la date de début.",
      "Session 2 : la date limite de candidature doit précéder le début de la session.",
      "Session 2 : au moins 1 place.",
    ]);
    expect(result.values).toMatchObject({ titre: "DEAES en apprentissage", sessionPlaces: ["18", "0"] });
    const unknown = await enregistrerFormation(undefined, await formationForm({ diplomeId: "inconnu" }));
    expect(unknown).toMatchObject({
      ok: false,
      fieldErrors: { diplomeId: [FormationErrors.DiplomeInconnu] },
    });
    const noSession = await enregistrerFormation(
      undefined,
      await formationForm({
        sessionSiteId: undefined,
        sessionDebut: undefined,
        sessionFin: undefined,
        sessionLimite: undefined,
        sessionPlaces: undefined,
        sessionRythme: undefined,
        sessionRythmeDetail: undefined,
      }),
    );
    expect(noSession).toMatchObject({
      ok: false,
      fieldErrors: { sessions: ["Ajoutez au moins une session."] },
    });
    // The public aimed at: FORMACODE codes of 5 digits, 1 to 10 (LHÉO code-public-vise).
    const publics = async (codesPublicVise: string | undefined) =>
      enregistrerFormation(undefined, await formationForm({ codesPublicVise }));
    expect(await publics(undefined)).toMatchObject({
      ok: false,
      fieldErrors: { codesPublicVise: ["Public visé : indiquez au moins un code FORMACODE."] },
    });
    expect(await publics("  ")).toMatchObject({
      ok: false,
      fieldErrors: { codesPublicVise: ["Public visé : indiquez au moins un code FORMACODE."] },
    });
    expect(await publics("80006, tout public")).toMatchObject({
      ok: false,
      fieldErrors: { codesPublicVise: ["Public visé : « tout » n'est pas un code FORMACODE (5 chiffres)."] },
      values: { codesPublicVise: "80006, tout public" },
    });
    expect(await publics(Array.from({ length: 11 }, (_, i) => 80010 + i).join(" "))).toMatchObject({
      ok: false,
      fieldErrors: { codesPublicVise: ["Public visé : 10 codes au maximum."] },
    });
    expect(await db.offreFormation.count()).toBe(0);
  });

  it("seul l'organisme propriétaire modifie ou archive ses formations, et seulement sur ses sites", async () => {
    signInAs(await createPersona("organisme"));
    const offreId = await idFromRedirect(
      enregistrerFormation(undefined, await formationForm()),
      FORMATION_URL,
    );
    const other = await createOrganisation({ type: "organisme_formation", statut: "verifiee" });
    signInAs(other.memberId);
    expect(
      await enregistrerFormation(undefined, await formationForm({ offreId, titre: "Piraté" })),
    ).toMatchObject({ ok: false, formError: FormationErrors.Introuvable });
    const disguised = await enregistrerFormation(
      undefined,
      await formationForm({ offreId, organisationId: other.id, titre: "Piraté" }),
    );
    expect(disguised).toMatchObject({ ok: false, formError: FormationErrors.Introuvable });
    expect(await archiverFormation(undefined, form({ offreId }))).toMatchObject({
      ok: false,
      formError: FormationErrors.Introuvable,
    });
    // A session on another body's site is refused.
    const foreignSite = await siteOf(ORG);
    const onForeignSite = await enregistrerFormation(
      undefined,
      await formationForm({ organisationId: other.id, sessionSiteId: [foreignSite, foreignSite] }),
    );
    expect(onForeignSite).toMatchObject({
      ok: false,
      fieldErrors: { sessions: [FormationErrors.SiteInconnu] },
    });
    // An employer is not a training body.
    signInAs(await createPersona("employeur"));
    expect(await enregistrerFormation(undefined, await formationForm())).toMatchObject({
      ok: false,
      formError: "Vous n'avez pas accès à cette action.",
    });
    expect((await db.offreFormation.findUniqueOrThrow({ where: { id: offreId } })).titre).toBe(
      "DEAES en apprentissage",
    );
  });

  it("une session passe de « à venir » à « en cours » puis « terminée » selon ses dates", () => {
    expect(sessionEtat("2027-01-10", "2027-06-30", "2027-01-09")).toBe("a_venir");
    expect(sessionEtat("2027-01-10", "2027-06-30", "2027-01-10")).toBe("en_cours");
    expect(sessionEtat("2027-01-10", "2027-06-30", "2027-06-30")).toBe("en_cours");
    expect(sessionEtat("2027-01-10", "2027-06-30", "2027-07-01")).toBe("terminee");
  });
});
