import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deciderOrganisation, enregistrerNumeroActivite, enregistrerSite } from "@/lib/organisations/actions";
import { OrganisationErrors } from "@/lib/organisations/errors";
import { ACCESS_DENIED } from "@/lib/actions/result";
import { expectRedirect, signInAs } from "@/tests/support/session";
import { getSmtpCapture } from "@/tests/support/smtp";
import { createOrganisation, createPersona, form } from "@/tests/factories";
import { personas } from "@/prisma/personas";

describe("vérification des organisations par l'équipe", () => {
  it("valide une organisation en attente, l'inscrit au journal et prévient ses membres", async () => {
    const staffId = await createPersona("staff");
    const org = await createOrganisation();
    signInAs(staffId);
    await expectRedirect(
      deciderOrganisation(undefined, form({ organisationId: org.id, decision: "verifier" })),
      "/moderation/organisations?decision=verifiee",
    );
    expect(await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({
      statut: "verifiee",
      verifiedAt: expect.any(Date),
    });
    expect(await db.auditLog.findMany({ where: { entityId: org.id } })).toMatchObject([
      { actorId: staffId, action: "organisation.verifiee" },
    ]);
    const member = await db.user.findUniqueOrThrow({ where: { id: org.memberId } });
    const mail = await getSmtpCapture().waitForMessage((m) => m.to.includes(member.email));
    expect(mail.subject).toBe("Votre organisation est vérifiée");
  });

  it("exige un motif pour refuser, puis le transmet", async () => {
    const staffId = await createPersona("staff");
    const org = await createOrganisation();
    signInAs(staffId);
    const noReason = await deciderOrganisation(
      undefined,
      form({ organisationId: org.id, decision: "refuser", motif: "  " }),
    );
    expect(noReason).toMatchObject({
      ok: false,
      fieldErrors: { motif: [expect.stringMatching(/motif du refus/)] },
    });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).statut).toBe("en_attente");

    await expectRedirect(
      deciderOrganisation(
        undefined,
        form({ organisationId: org.id, decision: "refuser", motif: "SIRET <b>inconnu</b>" }),
      ),
      "/moderation/organisations?decision=refusee",
    );
    expect(await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({
      statut: "refusee",
      motifRefus: "SIRET <b>inconnu</b>",
    });
    const member = await db.user.findUniqueOrThrow({ where: { id: org.memberId } });
    const mail = await getSmtpCapture().waitForMessage((m) => m.to.includes(member.email));
    expect(mail.html).toContain("SIRET &lt;b&gt;inconnu&lt;/b&gt;");
  });

  it("ne traite pas deux fois la même inscription", async () => {
    const staffId = await createPersona("staff");
    const org = await createOrganisation({ statut: "verifiee" });
    signInAs(staffId);
    const result = await deciderOrganisation(
      undefined,
      form({ organisationId: org.id, decision: "refuser", motif: "doublon" }),
    );
    expect(result).toMatchObject({ ok: false, formError: OrganisationErrors.DejaTraitee });
  });

  it("refuse la décision à toute personne qui n'est pas de l'équipe", async () => {
    const employeurId = await createPersona("employeur");
    const org = await createOrganisation();
    signInAs(employeurId);
    const result = await deciderOrganisation(
      undefined,
      form({ organisationId: org.id, decision: "verifier" }),
    );
    expect(result).toEqual({ ok: false, formError: ACCESS_DENIED });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).statut).toBe("en_attente");
  });
});

const site = (organisationId: string, overrides: Record<string, string> = {}) =>
  form({
    organisationId,
    nom: "Accueil de jour",
    adresse: "2 rue du Lac",
    communeCode: "40088",
    latitude: "43.7102",
    longitude: "-1.0536",
    coordonneesSource: "manuelle",
    ...overrides,
  });

describe("sites d'une organisation", () => {
  it("un membre ajoute un site à la position choisie sur la carte", async () => {
    const employeurId = await createPersona("employeur");
    signInAs(employeurId);
    await expectRedirect(
      enregistrerSite(undefined, site("persona-org-employeur")),
      "/organisations/persona-org-employeur?site=enregistre",
    );
    expect(await db.site.findMany({ where: { organisationId: "persona-org-employeur" } })).toMatchObject([
      { nom: "Accueil de jour", latitude: 43.7102, longitude: -1.0536, coordonneesSource: "manuelle" },
    ]);
  });

  it("refuse un point hors des Landes, en gardant la saisie", async () => {
    signInAs(await createPersona("employeur"));
    const result = await enregistrerSite(
      undefined,
      site("persona-org-employeur", { latitude: "48.8566", longitude: "2.3522" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { latitude: [expect.stringMatching(/dans les Landes/)] },
      values: { nom: "Accueil de jour" },
    });
    expect(await db.site.count()).toBe(0);
  });

  it("refuse d'ajouter ou de modifier un site d'une autre organisation", async () => {
    signInAs(await createPersona("employeur"));
    const other = await createOrganisation({ statut: "verifiee" });
    const created = await enregistrerSite(undefined, site(other.id));
    expect(created).toMatchObject({ ok: false, formError: OrganisationErrors.Introuvable });

    const otherSite = await db.site.create({
      data: {
        organisationId: other.id,
        nom: "Site d'autrui",
        adresse: "x",
        communeCode: "40088",
        latitude: 43.7,
        longitude: -1.05,
      },
    });
    const updated = await enregistrerSite(undefined, site(other.id, { siteId: otherSite.id, nom: "Piraté" }));
    expect(updated).toMatchObject({ ok: false, formError: OrganisationErrors.Introuvable });
    // Pretending the site belongs to one's own organisation changes nothing either.
    const disguised = await enregistrerSite(
      undefined,
      site("persona-org-employeur", { siteId: otherSite.id, nom: "Piraté" }),
    );
    expect(disguised).toMatchObject({ ok: false, formError: OrganisationErrors.SiteIntrouvable });
    expect((await db.site.findUniqueOrThrow({ where: { id: otherSite.id } })).nom).toBe("Site d'autrui");
  });

  it("refuse une catégorie inconnue", async () => {
    signInAs(await createPersona("organisme"));
    const result = await enregistrerSite(
      undefined,
      site("persona-org-organisme", { categorieId: "inexistante" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { categorieId: [OrganisationErrors.ReferenceInconnue] },
    });
  });
});

describe("numéro de déclaration d'activité d'un organisme de formation", () => {
  const ORG = personas.organisme.organisation.id;
  const stored = async (id = ORG) =>
    (await db.organisation.findUniqueOrThrow({ where: { id }, select: { numeroActivite: true } }))
      .numeroActivite;

  it("s'enregistre sur 11 chiffres (espaces tolérés à la saisie) et peut être effacé", async () => {
    signInAs(await createPersona("organisme"));
    expect(
      await enregistrerNumeroActivite(
        undefined,
        form({ organisationId: ORG, numeroActivite: "75 40 01234 40" }),
      ),
    ).toMatchObject({ ok: true, message: "Le numéro de déclaration d'activité est enregistré." });
    expect(await stored()).toBe("75400123440");
    expect(
      await enregistrerNumeroActivite(undefined, form({ organisationId: ORG, numeroActivite: "" })),
    ).toMatchObject({
      ok: true,
    });
    expect(await stored()).toBeNull();
  });

  it("refuse un numéro mal formé, en français sur le champ, sans rien écrire et en gardant la saisie", async () => {
    signInAs(await createPersona("organisme"));
    for (const numeroActivite of ["7540012344", "754001234401", "75 40 O1234 40"]) {
      expect(
        await enregistrerNumeroActivite(undefined, form({ organisationId: ORG, numeroActivite })),
      ).toMatchObject({
        ok: false,
        fieldErrors: {
          numeroActivite: [
            "Numéro de déclaration d'activité : 11 chiffres attendus, par exemple 75 40 01234 40.",
          ],
        },
        values: { organisationId: ORG, numeroActivite },
      });
    }
    expect(await stored()).toBeNull();
  });

  it("refuse l'organisation d'un autre, et un employeur qui n'a pas d'organisme de formation", async () => {
    signInAs(await createPersona("organisme"));
    const autre = await createOrganisation({ type: "organisme_formation", statut: "verifiee" });
    expect(
      await enregistrerNumeroActivite(
        undefined,
        form({ organisationId: autre.id, numeroActivite: "75400123440" }),
      ),
    ).toMatchObject({ ok: false, formError: OrganisationErrors.Introuvable });
    expect(await stored(autre.id)).toBeNull();
    signInAs(await createPersona("employeur"));
    expect(
      await enregistrerNumeroActivite(
        undefined,
        form({ organisationId: personas.employeur.organisation.id, numeroActivite: "75400123440" }),
      ),
    ).toMatchObject({ ok: false, formError: ACCESS_DENIED });
  });
});
