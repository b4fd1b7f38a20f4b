import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { inscrireApprenant, inscrireOrganisation } from "@/lib/comptes/actions";
import { ComptesErrors } from "@/lib/comptes/errors";
import { getSessionUser } from "@/lib/auth/queries";
import { expectRedirect } from "@/tests/support/session";
import { getSmtpCapture } from "@/tests/support/smtp";
import { createUser, form, uniqueSiret } from "@/tests/factories";

const apprenant = {
  prenom: "Léa",
  nom: "Dufau",
  email: "Lea.Dufau@Exemple.fr",
  password: "une phrase de passe solide",
  passwordConfirm: "une phrase de passe solide",
  conditions: "on",
};

const organisation = {
  ...apprenant,
  email: "direction@ehpad-exemple.fr",
  type: "employeur",
  organisationNom: "EHPAD Les Chênes",
  siret: "732 829 320 00074",
  finess: "400 001 234",
  adresse: "3 rue des Chênes",
  communeCode: "40088",
};

describe("inscription d'un·e apprenant·e", () => {
  it("crée le compte avec un hash argon2id et le rôle apprenant, puis renvoie vers la connexion", async () => {
    await expectRedirect(inscrireApprenant(undefined, form(apprenant)), "/connexion?inscription=apprenant");
    const user = await db.user.findUniqueOrThrow({ where: { email: "lea.dufau@exemple.fr" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(apprenant.password);
    expect(user.roles).toEqual(["apprenant"]);
  });

  it("refuse une adresse déjà utilisée avec un message clair, sans rien écrire", async () => {
    await createUser({ email: "lea.dufau@exemple.fr" });
    const result = await inscrireApprenant(undefined, form(apprenant));
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: [ComptesErrors.EmailDejaUtilise] } });
    expect(await db.user.count()).toBe(1);
  });

  it("signale chaque champ invalide en français, garde les valeurs saisies sauf les mots de passe", async () => {
    const result = await inscrireApprenant(
      undefined,
      form({
        prenom: " ",
        nom: "Dufau",
        email: "pas-une-adresse",
        password: "court",
        passwordConfirm: "autre",
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.prenom).toEqual(["Prénom : champ obligatoire."]);
    expect(result.fieldErrors?.email?.[0]).toMatch(/Adresse e-mail invalide/);
    expect(result.fieldErrors?.password?.[0]).toMatch(/au moins 12 caractères/);
    expect(result.fieldErrors?.conditions?.[0]).toMatch(/accepter les conditions/);
    expect(result.values).toEqual({ prenom: " ", nom: "Dufau", email: "pas-une-adresse" });
    expect(await db.user.count()).toBe(0);
  });

  it("refuse deux mots de passe différents", async () => {
    const result = await inscrireApprenant(
      undefined,
      form({ ...apprenant, passwordConfirm: "une autre phrase de passe" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { passwordConfirm: ["Les deux mots de passe ne sont pas identiques."] },
    });
  });
});

describe("inscription d'une organisation", () => {
  it("crée la personne référente et l'organisation en attente de vérification, et l'en informe par e-mail", async () => {
    await expectRedirect(
      inscrireOrganisation(undefined, form(organisation)),
      "/connexion?inscription=organisation",
    );
    const org = await db.organisation.findUniqueOrThrow({
      where: { siret: "73282932000074" },
      include: { members: true },
    });
    expect(org).toMatchObject({
      statut: "en_attente",
      type: "employeur",
      finess: "400001234",
      communeCode: "40088",
    });
    expect(org.members).toHaveLength(1);
    const member = await getSessionUser(org.members[0]!.userId);
    expect(member?.roles).toEqual(["employeur"]);
    const mail = await getSmtpCapture().waitForMessage((m) => m.to.includes("direction@ehpad-exemple.fr"));
    expect(mail.subject).toBe("Votre inscription est en cours de vérification");
    expect(mail.text).toContain("EHPAD Les Chênes");
  });

  it("refuse un SIRET dont la clé de contrôle est fausse", async () => {
    const result = await inscrireOrganisation(undefined, form({ ...organisation, siret: "73282932000075" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { siret: [expect.stringMatching(/clé de contrôle/)] },
    });
    expect(await db.organisation.count()).toBe(0);
    expect(await db.user.count()).toBe(0);
  });

  it("refuse un FINESS mal formé et une commune hors des Landes", async () => {
    const badFiness = await inscrireOrganisation(undefined, form({ ...organisation, finess: "12345" }));
    expect(badFiness).toMatchObject({
      ok: false,
      fieldErrors: { finess: [expect.stringMatching(/9 caractères/)] },
    });
    const bayonne = await inscrireOrganisation(undefined, form({ ...organisation, communeCode: "64102" }));
    expect(bayonne).toMatchObject({
      ok: false,
      fieldErrors: { communeCode: [ComptesErrors.CommuneInconnue] },
    });
    expect(await db.user.count()).toBe(0);
  });

  it("refuse un SIRET déjà inscrit sans créer le compte à moitié", async () => {
    const siret = uniqueSiret();
    await expectRedirect(
      inscrireOrganisation(undefined, form({ ...organisation, siret })),
      "/connexion?inscription=organisation",
    );
    const second = await inscrireOrganisation(
      undefined,
      form({ ...organisation, email: "autre@exemple.fr", siret }),
    );
    expect(second).toMatchObject({ ok: false, fieldErrors: { siret: [ComptesErrors.SiretDejaInscrit] } });
    expect(await db.user.count()).toBe(1);
    expect(await db.user.findUnique({ where: { email: "autre@exemple.fr" } })).toBeNull();
  });
});
