// "Mes données": a person downloads everything held about them, or deletes their account.
import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/(compte)/compte/mes-donnees/export/route";
import { supprimerMonCompte } from "@/lib/comptes/actions";
import { SuppressionErrors } from "@/lib/comptes/errors";
import { DESCRIPTION_COMPTE_SUPPRIME } from "@/lib/comptes/retention";
import { db } from "@/lib/db";
import { createOrganisation, createPersona, createUser, form } from "@/tests/factories";
import { createDemande } from "@/tests/factories/freins";
import { createCandidature, createStageOffre } from "@/tests/factories/stages";
import { expectRedirect, signInAs } from "@/tests/support/session";
import { PERSONA_PASSWORD } from "@/prisma/personas";

const deletedCookies: string[] = [];
vi.mock("next/headers", () => ({
  cookies: async () => ({ delete: (name: string) => void deletedCookies.push(name) }),
  headers: async () => new Headers(),
}));

/** A learner with records in several domains, and another learner's records beside them. */
async function learnerWithData() {
  const apprenantId = await createPersona("apprenant");
  const other = await createUser({ email: "autre@exemple.fr" });
  const offre = await createStageOffre({ places: 1, placesRestantes: 0, statut: "pourvue" });
  const acceptee = await createCandidature({ offreId: offre.id, apprenantId, statut: "acceptee" });
  await createCandidature({ offreId: offre.id, apprenantId: other.id });
  await db.favori.create({ data: { userId: apprenantId, stageOffreId: offre.id } });
  await db.notification.create({
    data: { userId: apprenantId, titre: "Candidature acceptée", message: "Bonne nouvelle" },
  });
  const demande = await createDemande({ apprenantId, description: "Je dors dans ma voiture à Pissos." });
  await db.demandeMessage.create({
    data: { demandeId: demande.id, auteurId: apprenantId, contenu: "Merci de votre aide" },
  });
  await db.demandeNote.create({ data: { demandeId: demande.id, contenu: "Appeler le CCAS de Pissos" } });
  return { apprenantId, other, offre, acceptee, demande };
}

describe("télécharger mes données", () => {
  it("donne en JSON tout ce qui concerne la personne, et rien d'autre", async () => {
    const { apprenantId, acceptee, demande } = await learnerWithData();
    signInAs(apprenantId);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="mes-donnees-iflts-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const { donnees } = JSON.parse(text) as { donnees: Record<string, unknown> };
    expect(donnees).toMatchObject({
      id: apprenantId,
      email: "apprenant@demo.iflts.fr",
      candidatures: [{ id: acceptee.id, statut: "acceptee" }],
      favoris: [expect.any(Object)],
      notifications: [{ titre: "Candidature acceptée" }],
      demandesAide: [
        {
          id: demande.id,
          description: "Je dors dans ma voiture à Pissos.",
          messages: [{ contenu: "Merci de votre aide" }],
          notes: [{ contenu: "Appeler le CCAS de Pissos" }],
        },
      ],
    });
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain("$argon2");
    expect(text).not.toContain("autre@exemple.fr");
  });

  it("répond 401 sans session", async () => {
    const response = await GET();
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ erreur: "Connectez-vous pour télécharger vos données." });
  });
});

describe("supprimer mon compte", () => {
  it("refuse un mauvais mot de passe ou l'absence de confirmation, sans rien effacer", async () => {
    const { apprenantId } = await learnerWithData();
    signInAs(apprenantId);
    expect(
      await supprimerMonCompte(undefined, form({ password: "pas le bon", confirmation: "on" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { password: [SuppressionErrors.MotDePasseIncorrect] },
    });
    expect(await supprimerMonCompte(undefined, form({ password: PERSONA_PASSWORD }))).toMatchObject({
      ok: false,
      fieldErrors: { confirmation: [expect.stringContaining("Cochez la case")] },
    });
    expect(await db.user.count({ where: { id: apprenantId } })).toBe(1);
    expect(await db.candidature.count({ where: { apprenantId } })).toBe(1);
    expect(deletedCookies).toEqual([]);
  });

  it("efface le compte, rend la place acceptée, anonymise les demandes et ferme la session", async () => {
    const { apprenantId, offre, demande, other } = await learnerWithData();
    signInAs(apprenantId);
    await expectRedirect(
      supprimerMonCompte(undefined, form({ password: PERSONA_PASSWORD, confirmation: "on" })),
      "/compte-supprime",
    );
    expect(await db.user.findUnique({ where: { id: apprenantId } })).toBeNull();
    expect(await db.candidature.count({ where: { apprenantId } })).toBe(0);
    expect(await db.candidature.count({ where: { apprenantId: other.id } })).toBe(1);
    expect(await db.stageOffre.findUniqueOrThrow({ where: { id: offre.id } })).toMatchObject({
      placesRestantes: 1,
      statut: "publiee",
    });
    expect(await db.demandeAide.findUniqueOrThrow({ where: { id: demande.id } })).toMatchObject({
      apprenantId: null,
      statut: "abandonnee",
      description: DESCRIPTION_COMPTE_SUPPRIME,
      anonymiseeAt: expect.any(Date),
      besoins: ["logement"],
    });
    expect(await db.demandeMessage.count({ where: { demandeId: demande.id } })).toBe(0);
    expect(await db.demandeNote.count({ where: { demandeId: demande.id } })).toBe(0);
    expect(await db.auditLog.findMany({ where: { action: "compte.suppression" } })).toMatchObject([
      { actorId: null, entityType: "User", entityId: apprenantId, reason: "demandée par la personne" },
    ]);
    expect(deletedCookies).toContain("next-auth.session-token");
  });

  it("garde l'organisation intacte s'il reste des membres, l'archive sinon", async () => {
    const shared = await createOrganisation({ statut: "verifiee" });
    const alone = await createOrganisation({ statut: "verifiee" });
    const leaving = await createUser({ roles: [], password: "Mot-de-passe-long-1" });
    await db.organisationMember.createMany({
      data: [
        { userId: leaving.id, organisationId: shared.id },
        { userId: leaving.id, organisationId: alone.id },
      ],
    });
    await db.organisationMember.delete({
      where: { userId_organisationId: { userId: alone.memberId, organisationId: alone.id } },
    });
    await db.organisation.updateMany({ data: { annuaireVisible: true } });
    const sharedOffre = await createStageOffre({ organisationId: shared.id, memberId: shared.memberId });
    const aloneOffre = await createStageOffre({ organisationId: alone.id, memberId: leaving.id });

    signInAs(leaving.id);
    await expectRedirect(
      supprimerMonCompte(undefined, form({ password: "Mot-de-passe-long-1", confirmation: "on" })),
      "/compte-supprime",
    );
    expect(await db.stageOffre.findUniqueOrThrow({ where: { id: sharedOffre.id } })).toMatchObject({
      statut: "publiee",
    });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: shared.id } })).toMatchObject({
      annuaireVisible: true,
    });
    expect(await db.stageOffre.findUniqueOrThrow({ where: { id: aloneOffre.id } })).toMatchObject({
      statut: "archivee",
    });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: alone.id } })).toMatchObject({
      annuaireVisible: false,
      statut: "verifiee",
    });
  });
});

describe("npm run rgpd:purger", () => {
  const now = new Date("2026-11-22T10:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const DAY = 86_400_000;

  it("applique chaque durée de conservation, et seulement au-delà", async () => {
    const staff = await createUser({ roles: ["staff"] });
    const ancien = await createUser();
    const recent = await createUser();
    const jamaisConnecte = await createUser();
    await db.user.update({ where: { id: ancien.id }, data: { derniereConnexionAt: ago(3 * 366 * DAY) } });
    await db.user.update({
      where: { id: recent.id },
      data: { derniereConnexionAt: ago(2 * 365 * DAY), createdAt: ago(5 * 365 * DAY) },
    });
    await db.user.update({ where: { id: jamaisConnecte.id }, data: { createdAt: ago(3 * 366 * DAY) } });
    await db.user.update({ where: { id: staff.id }, data: { createdAt: ago(10 * 365 * DAY) } });
    await db.loginAttempt.createMany({
      data: [
        { key: "ip:192.0.2.1", success: false, createdAt: ago(25 * 3_600_000) },
        { key: "ip:192.0.2.1", success: false, createdAt: ago(23 * 3_600_000) },
      ],
    });
    await db.auditLog.createMany({
      data: [
        {
          action: "organisation.verifiee",
          entityType: "Organisation",
          entityId: "a",
          createdAt: ago(5 * 366 * DAY),
        },
        {
          action: "organisation.verifiee",
          entityType: "Organisation",
          entityId: "b",
          createdAt: ago(4 * 365 * DAY),
        },
      ],
    });
    const close = await createDemande({ statut: "resolue", clotureAt: ago(400 * DAY) });
    const recenteDemande = await createDemande({ statut: "resolue", clotureAt: ago(100 * DAY) });

    const { purgeExpiredData } = await import("@/lib/comptes/retention");
    expect(await purgeExpiredData(db, 12, now)).toEqual({
      comptes: 2,
      tentativesConnexion: 1,
      liensReinitialisation: 0,
      journal: 1,
      demandes: 1,
    });
    const restants = (await db.user.findMany({ select: { id: true } })).map((u) => u.id);
    expect(restants).toEqual(expect.arrayContaining([staff.id, recent.id]));
    expect(restants).not.toContain(ancien.id);
    expect(restants).not.toContain(jamaisConnecte.id);
    expect(await db.loginAttempt.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "organisation.verifiee" } })).toBe(1);
    expect(
      await db.auditLog.count({
        where: { action: "compte.suppression", reason: "compte inutilisé depuis 3 ans" },
      }),
    ).toBe(2);
    expect(await db.demandeAide.findUniqueOrThrow({ where: { id: close.id } })).toMatchObject({
      apprenantId: null,
    });
    expect(await db.demandeAide.findUniqueOrThrow({ where: { id: recenteDemande.id } })).not.toMatchObject({
      apprenantId: null,
    });

    // Idempotent: a second run finds nothing more to do.
    expect(await purgeExpiredData(db, 12, now)).toEqual({
      comptes: 0,
      tentativesConnexion: 0,
      liensReinitialisation: 0,
      journal: 0,
      demandes: 0,
    });
  });

  it("une connexion réussie met à jour la date de dernière connexion", async () => {
    const { authenticate } = await import("@/lib/auth/authenticate");
    const user = await createUser({ password: "Mot-de-passe-long-1" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      derniereConnexionAt: null,
    });
    await authenticate({ email: user.email, password: "Mot-de-passe-long-1" }, "192.0.2.7");
    const { derniereConnexionAt } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(Date.now() - derniereConnexionAt!.getTime()).toBeLessThan(60_000);
  });
});
