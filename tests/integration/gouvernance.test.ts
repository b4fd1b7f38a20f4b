import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSessionUser } from "@/lib/auth/queries";
import { GouvernanceErrors } from "@/lib/gouvernance/errors";
import { MOTIVATION_MAX } from "@/lib/gouvernance/constants";
import { deciderAdhesion, demanderAdhesion, quitterCollege } from "@/lib/gouvernance/actions";
import { requestCollegeMembership } from "@/lib/gouvernance/mutations";
import { getCollegePublicList } from "@/lib/gouvernance/queries";
import { expectRedirect, signInAs } from "@/tests/support/session";
import { createOrganisation, createPersona, createUser, form } from "@/tests/factories";

const ORG = "persona-org-employeur";
const MOTIVATION = "Nous souhaitons partager nos besoins de recrutement avec les autres employeurs.";

async function roles(userId: string) {
  return (await getSessionUser(userId))?.roles ?? [];
}

const membershipCount = () => db.collegeMembership.count();

async function ask(values: Record<string, string | undefined>) {
  return demanderAdhesion(undefined, form({ motivation: MOTIVATION, ...values }));
}

describe("adhésion d'une organisation à un collège", () => {
  it("demande → acceptation : le rôle gouvernance apparaît pour chaque membre ; départ : il disparaît aussitôt", async () => {
    const employeur = await createPersona("employeur");
    const staff = await createPersona("staff");
    const collegue = (await createUser({ roles: [] })).id;
    await db.organisationMember.create({ data: { userId: collegue, organisationId: ORG } });

    signInAs(employeur);
    await expectRedirect(
      ask({ college: "employeurs", organisationId: ORG }),
      "/gouvernance/adherer?demande=envoyee",
    );
    const demande = await db.collegeMembership.findFirstOrThrow({
      select: {
        id: true,
        statut: true,
        organisationId: true,
        userId: true,
        demandeurId: true,
        motivation: true,
      },
    });
    expect(demande).toMatchObject({
      statut: "en_attente",
      organisationId: ORG,
      userId: null,
      demandeurId: employeur,
      motivation: MOTIVATION,
    });
    // Pending is not membership.
    expect(await roles(employeur)).not.toContain("gouvernance");

    signInAs(staff);
    await expectRedirect(
      deciderAdhesion(undefined, form({ membershipId: demande.id, decision: "accepter" })),
      "/moderation/adhesions?decision=acceptee",
    );
    expect(await roles(employeur)).toContain("gouvernance");
    expect(await roles(collegue)).toContain("gouvernance");
    const notification = await db.notification.findFirstOrThrow({ where: { userId: employeur } });
    expect(notification.titre).toBe("Votre adhésion est acceptée");
    const publicList = await getCollegePublicList();
    expect(publicList.find((c) => c.slug === "employeurs")?.organisations.map((o) => o.nom)).toEqual([
      "EHPAD Les Pins (démo)",
    ]);

    signInAs(employeur);
    await expectRedirect(
      quitterCollege(undefined, form({ membershipId: demande.id })),
      "/gouvernance/adherer?demande=retiree",
    );
    expect(await roles(employeur)).not.toContain("gouvernance");
    expect(await roles(collegue)).not.toContain("gouvernance");
    const trail = await db.auditLog.findMany({
      where: { entityType: "CollegeMembership", entityId: demande.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(trail).toEqual([
      { action: "moderation.soumise", actorId: employeur },
      { action: "moderation.approuvee", actorId: staff },
      { action: "adhesion.retiree", actorId: employeur },
    ]);
    // Once left, the organisation may ask again.
    await expectRedirect(
      ask({ college: "employeurs", organisationId: ORG }),
      "/gouvernance/adherer?demande=envoyee",
    );
  });

  it("refus avec motif : motif obligatoire, transmis, et une nouvelle demande reste possible", async () => {
    const employeur = await createPersona("employeur");
    signInAs(employeur);
    await ask({ college: "employeurs", organisationId: ORG }).catch(() => undefined);
    const { id } = await db.collegeMembership.findFirstOrThrow({ select: { id: true } });

    signInAs(await createPersona("staff"));
    const sansMotif = await deciderAdhesion(undefined, form({ membershipId: id, decision: "refuser" }));
    expect(sansMotif).toMatchObject({ ok: false, fieldErrors: { motif: expect.any(Array) } });
    expect((await db.collegeMembership.findUniqueOrThrow({ where: { id } })).statut).toBe("en_attente");

    await expectRedirect(
      deciderAdhesion(
        undefined,
        form({ membershipId: id, decision: "refuser", motif: "Relève du collège des institutions." }),
      ),
      "/moderation/adhesions?decision=refusee",
    );
    const refusee = await db.collegeMembership.findUniqueOrThrow({ where: { id } });
    expect(refusee).toMatchObject({ statut: "refusee", motifRefus: "Relève du collège des institutions." });
    expect(await roles(employeur)).not.toContain("gouvernance");
    const notification = await db.notification.findFirstOrThrow({ where: { userId: employeur } });
    expect(notification.message).toContain("Relève du collège des institutions.");
    const again = await deciderAdhesion(undefined, form({ membershipId: id, decision: "accepter" }));
    expect(again).toEqual({
      ok: false,
      formError: GouvernanceErrors.DejaTraitee,
      values: expect.any(Object),
    });

    signInAs(employeur);
    await expectRedirect(
      ask({ college: "institutions", organisationId: ORG }),
      "/gouvernance/adherer?demande=envoyee",
    );
  });
});

describe("adhésion d'une personne", () => {
  it("un·e apprenant·e rejoint le collège des apprenants et reçoit le rôle gouvernance", async () => {
    const apprenant = await createPersona("apprenant");
    signInAs(apprenant);
    await expectRedirect(ask({ college: "apprenants" }), "/gouvernance/adherer?demande=envoyee");
    const { id, userId, organisationId } = await db.collegeMembership.findFirstOrThrow();
    expect({ userId, organisationId }).toEqual({ userId: apprenant, organisationId: null });
    signInAs(await createPersona("staff"));
    await expectRedirect(
      deciderAdhesion(undefined, form({ membershipId: id, decision: "accepter" })),
      "/moderation/adhesions?decision=acceptee",
    );
    expect(await roles(apprenant)).toEqual(["apprenant", "gouvernance"]);
    // Persons are counted on the public page, never named.
    const college = (await getCollegePublicList()).find((c) => c.slug === "apprenants");
    expect(college).toMatchObject({ personnes: 1, organisations: [] });
    expect(JSON.stringify(college)).not.toContain("Dupuy");
  });
});

describe("refus en français, rien d'écrit", () => {
  it("collège inconnu", async () => {
    signInAs(await createPersona("apprenant"));
    const result = await ask({ college: "college-fantome" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { college: [GouvernanceErrors.CollegeInconnu] } });
    expect(await membershipCount()).toBe(0);
  });

  it("motivation vide ou trop longue, collège non choisi", async () => {
    signInAs(await createPersona("apprenant"));
    const vide = await demanderAdhesion(undefined, form({ college: "apprenants", motivation: "   " }));
    expect(vide).toMatchObject({
      ok: false,
      fieldErrors: { motivation: ["Motivation : champ obligatoire."] },
    });
    const longue = await ask({ college: "apprenants", motivation: "a".repeat(MOTIVATION_MAX + 1) });
    expect(longue).toMatchObject({
      ok: false,
      fieldErrors: { motivation: [`Motivation : ${MOTIVATION_MAX} caractères au maximum.`] },
      values: { motivation: "a".repeat(MOTIVATION_MAX + 1) },
    });
    const sansCollege = await ask({});
    expect(sansCollege).toMatchObject({
      ok: false,
      fieldErrors: { college: ["Choisissez le collège que vous souhaitez rejoindre."] },
    });
    expect(await membershipCount()).toBe(0);
  });

  it("une seconde demande pendant qu'une autre est en attente (personne et organisation)", async () => {
    signInAs(await createPersona("apprenant"));
    await expectRedirect(ask({ college: "apprenants" }), "/gouvernance/adherer?demande=envoyee");
    expect(await ask({ college: "familles" })).toMatchObject({
      ok: false,
      fieldErrors: { college: [GouvernanceErrors.PersonneDejaMembre] },
    });

    signInAs(await createPersona("employeur"));
    await expectRedirect(
      ask({ college: "employeurs", organisationId: ORG }),
      "/gouvernance/adherer?demande=envoyee",
    );
    expect(await ask({ college: "institutions", organisationId: ORG })).toMatchObject({
      ok: false,
      fieldErrors: { college: [GouvernanceErrors.OrganisationDejaMembre] },
    });
    expect(await membershipCount()).toBe(2);
  });

  it("collège de personnes pour une organisation, collège d'organisations sans organisation", async () => {
    signInAs(await createPersona("employeur"));
    expect(await ask({ college: "familles", organisationId: ORG })).toMatchObject({
      ok: false,
      fieldErrors: { college: [GouvernanceErrors.CollegePersonne] },
    });
    signInAs(await createPersona("apprenant"));
    expect(await ask({ college: "employeurs" })).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: [GouvernanceErrors.CollegeOrganisation] },
    });
    expect(await membershipCount()).toBe(0);
  });

  it("une personne qui ne représente pas l'organisation, ou une organisation non vérifiée", async () => {
    await createPersona("employeur");
    signInAs(await createPersona("apprenant"));
    expect(await ask({ college: "employeurs", organisationId: ORG })).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: [GouvernanceErrors.OrganisationNonRepresentee] },
    });
    const enAttente = await createOrganisation({ statut: "en_attente" });
    signInAs(enAttente.memberId);
    expect(await ask({ college: "employeurs", organisationId: enAttente.id })).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: [GouvernanceErrors.OrganisationNonVerifiee] },
    });
    expect(await membershipCount()).toBe(0);
  });

  it("quitter l'adhésion d'une autre personne est refusé", async () => {
    signInAs(await createPersona("apprenant"));
    await expectRedirect(ask({ college: "apprenants" }), "/gouvernance/adherer?demande=envoyee");
    const { id } = await db.collegeMembership.findFirstOrThrow();
    signInAs(await createPersona("gouvernance"));
    expect(await quitterCollege(undefined, form({ membershipId: id }))).toMatchObject({
      ok: false,
      formError: GouvernanceErrors.Introuvable,
    });
    expect((await db.collegeMembership.findUniqueOrThrow({ where: { id } })).statut).toBe("en_attente");
  });
});

describe("demandes simultanées", () => {
  it("deux demandes concurrentes pour la même personne : une seule passe", async () => {
    const apprenant = await createPersona("apprenant");
    const user = (await getSessionUser(apprenant))!;
    const results = await Promise.allSettled([
      requestCollegeMembership(user, { college: "apprenants", motivation: MOTIVATION }),
      requestCollegeMembership(user, { college: "familles", motivation: MOTIVATION }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason.message).toBe(GouvernanceErrors.PersonneDejaMembre);
    expect(await membershipCount()).toBe(1);
  });

  it("deux membres d'une même organisation demandent en même temps : une seule passe", async () => {
    const employeur = await createPersona("employeur");
    const collegue = (await createUser({ roles: [] })).id;
    await db.organisationMember.create({ data: { userId: collegue, organisationId: ORG } });
    const [a, b] = await Promise.all([getSessionUser(employeur), getSessionUser(collegue)]);
    const results = await Promise.allSettled([
      requestCollegeMembership(a!, { college: "employeurs", organisationId: ORG, motivation: MOTIVATION }),
      requestCollegeMembership(b!, { college: "institutions", organisationId: ORG, motivation: MOTIVATION }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await membershipCount()).toBe(1);
  });
});
