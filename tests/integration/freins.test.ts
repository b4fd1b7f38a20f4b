// Help requests (demandes d'aide): routing to the commune's territory, the lifecycle, bad input,
// who may see what (404 for everyone else, even another cell), audit of every agent read, the
// working-day overdue flag and the anonymisation after the retention.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ACCESS_DENIED } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/permissions";
import {
  ajouterNoteDemande,
  changerStatutDemande,
  deposerDemande,
  ecrireMessageAgent,
  ecrireMessageApprenant,
  prendreEnChargeDemande,
  retirerDemande,
  supprimerDemande,
} from "@/lib/freins/actions";
import { CelluleErrors, FreinsErrors } from "@/lib/freins/errors";
import { todayInParis } from "@/lib/dates";
import {
  ajouterAgentCellule,
  enregistrerCellule,
  retirerAgentCellule,
} from "@/lib/territoires/cellules-actions";
import { seedDemoFreins } from "@/prisma/demo/freins";
import {
  countDemandesEnRetard,
  getCelluleQueue,
  getDemandeForAgent,
  getDemandeForApprenant,
  getMesDemandeList,
} from "@/lib/freins/queries";
import { isDemandeEnRetard } from "@/lib/freins/retard";
import { anonymiseDemandesCloses, DESCRIPTION_ANONYMISEE } from "@/lib/freins/retention";
import { currentSessionUser, expectRedirect, signInAs } from "@/tests/support/session";
import { getSmtpCapture } from "@/tests/support/smtp";
import { createPersona, createUser, form, uniqueSiret } from "@/tests/factories";
import { createAgent, createCellule, createDemande } from "@/tests/factories/freins";
import { inDays } from "@/tests/support/dates";
import { personas, type PersonaName } from "@/prisma/personas";

const SECRET = "Je dors dans ma voiture depuis une semaine";

async function me(): Promise<SessionUser> {
  const user = await currentSessionUser();
  if (!user) throw new Error("personne connectée attendue");
  return user;
}

function validRequest(overrides: Record<string, string | string[] | undefined> = {}) {
  return form({
    besoins: ["logement", "mobilite"],
    communeCode: "40227",
    debut: inDays(7),
    fin: inDays(60),
    urgence: "urgente",
    description: SECRET,
    canalContact: "messagerie",
    consentement: "on",
    ...overrides,
  });
}

async function demandeCount() {
  return db.demandeAide.count();
}

describe("dépôt et routage", () => {
  it("la demande va au territoire de la commune et prévient ses agents, sans données sensibles dans le mail", async () => {
    const agentHauteLande = await createAgent("haute-lande");
    const agentMarsan = await createAgent("marsan");
    const apprenant = await createUser({ roles: ["apprenant"] });
    signInAs(apprenant.id);

    const outcome = await deposerDemande(undefined, validRequest()).catch((e: unknown) => e);
    const demande = await db.demandeAide.findFirstOrThrow({
      select: {
        id: true,
        statut: true,
        besoins: true,
        apprenantId: true,
        consentementAt: true,
        territoire: { select: { slug: true } },
      },
    });
    expect(demande).toMatchObject({
      statut: "nouvelle",
      apprenantId: apprenant.id,
      territoire: { slug: "haute-lande" },
    });
    expect(demande.besoins.sort()).toEqual(["logement", "mobilite"]);
    await expectRedirect(Promise.reject(outcome), `/espace-apprenant/demandes/${demande.id}?envoyee=1`);

    const agentMail = await db.user.findUniqueOrThrow({
      where: { id: agentHauteLande },
      select: { email: true },
    });
    const mail = await getSmtpCapture().waitForMessage((m) => m.to.includes(agentMail.email));
    expect(mail.subject).toBe("Nouvelle demande d'aide sur votre territoire");
    expect(mail.text).not.toContain(SECRET);
    expect(mail.text).not.toMatch(/logement|mobilit/i);
    expect(mail.text).toContain(`/cellule/demandes/${demande.id}`);
    expect(await db.notification.count({ where: { userId: agentMarsan } })).toBe(0);
    expect(await db.notification.count({ where: { userId: agentHauteLande } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: demande.id, action: "demande.creation" } })).toBe(1);
  });

  it("une commune du Grand Dax va à la cellule de Dax", async () => {
    await createCellule("dax-orthe");
    const apprenant = await createUser({ roles: ["apprenant"] });
    signInAs(apprenant.id);
    const outcome = await deposerDemande(undefined, validRequest({ communeCode: "40088" })).catch(
      (e: unknown) => e,
    );
    const demande = await db.demandeAide.findFirstOrThrow({
      select: { id: true, territoire: { select: { slug: true } } },
    });
    expect(demande.territoire.slug).toBe("dax-orthe");
    await expectRedirect(Promise.reject(outcome), `/espace-apprenant/demandes/${demande.id}?envoyee=1`);
  });
});

describe("saisies refusées : message en français sur le champ, valeurs gardées, rien d'écrit", () => {
  const cases: [string, Record<string, string | string[] | undefined>, string, string][] = [
    ["aucun besoin", { besoins: undefined }, "besoins", "Choisissez au moins un besoin."],
    [
      "pas de consentement",
      { consentement: undefined },
      "consentement",
      "Cochez la case de consentement : sans votre accord, la demande ne peut pas être transmise à la cellule locale.",
    ],
    [
      "fin avant le début",
      { debut: inDays(30), fin: inDays(10) },
      "fin",
      "La date de fin doit être après la date de début.",
    ],
    ["commune hors des Landes", { communeCode: "33063" }, "communeCode", FreinsErrors.CommuneHorsLandes],
    ["commune inexistante", { communeCode: "40999" }, "communeCode", FreinsErrors.CommuneHorsLandes],
    [
      "téléphone manquant",
      { canalContact: "telephone", telephone: "" },
      "telephone",
      "Indiquez le numéro auquel la cellule peut vous appeler.",
    ],
  ];

  it.each(cases)("%s", async (_name, overrides, field, message) => {
    const apprenant = await createUser({ roles: ["apprenant"] });
    signInAs(apprenant.id);
    const result = await deposerDemande(undefined, validRequest(overrides));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.[field]).toContain(message);
    expect(result.values?.description).toBe(SECRET);
    expect(await demandeCount()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe("cycle de vie complet", () => {
  it("prise en charge, messages, note interne, solution, résolue ; puis plus aucun changement", async () => {
    const agentId = await createAgent("haute-lande");
    const apprenant = await createUser({ roles: ["apprenant"], email: "lea.demande@exemple.fr" });
    const { id } = await createDemande({ apprenantId: apprenant.id, description: SECRET });

    signInAs(agentId);
    expect(await prendreEnChargeDemande(undefined, form({ demandeId: id }))).toMatchObject({ ok: true });
    let row = await db.demandeAide.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ statut: "prise_en_charge", agentId });
    expect(row.priseEnChargeAt).toBeInstanceOf(Date);
    await getSmtpCapture().waitForMessage(
      (m) => m.to.includes("lea.demande@exemple.fr") && m.subject === "Votre demande d'aide a avancé",
    );

    expect(
      await ecrireMessageAgent(
        undefined,
        form({ demandeId: id, contenu: "Une chambre se libère à Pissos." }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await ajouterNoteDemande(undefined, form({ demandeId: id, contenu: "Appeler la mairie de Pissos." })),
    ).toMatchObject({ ok: true });
    expect(
      await changerStatutDemande(undefined, form({ demandeId: id, statut: "solution_proposee" })),
    ).toMatchObject({ ok: true });

    signInAs(apprenant.id);
    expect(
      await ecrireMessageApprenant(undefined, form({ demandeId: id, contenu: "Merci, cela me convient." })),
    ).toMatchObject({ ok: true });
    const vue = await getDemandeForApprenant(await me(), id);
    expect(vue?.messages.map((m) => m.contenu)).toEqual([
      "Une chambre se libère à Pissos.",
      "Merci, cela me convient.",
    ]);
    // Notes live in their own table and the learner's query never selects them.
    expect(JSON.stringify(vue)).not.toContain("Appeler la mairie");
    expect(vue?.timeline.map((t) => t.action)).toEqual([
      "demande.prise_en_charge",
      "demande.statut.solution_proposee",
    ]);

    signInAs(agentId);
    // sans_solution needs a reason.
    const sansMotif = await changerStatutDemande(undefined, form({ demandeId: id, statut: "sans_solution" }));
    expect(sansMotif.ok).toBe(false);
    if (!sansMotif.ok) expect(sansMotif.fieldErrors?.motif?.[0]).toMatch(/Indiquez pourquoi/);
    expect(await changerStatutDemande(undefined, form({ demandeId: id, statut: "resolue" }))).toMatchObject({
      ok: true,
    });
    row = await db.demandeAide.findUniqueOrThrow({ where: { id } });
    expect(row.statut).toBe("resolue");
    expect(row.clotureAt).toBeInstanceOf(Date);
    expect(await changerStatutDemande(undefined, form({ demandeId: id, statut: "prise_en_charge" }))).toEqual(
      expect.objectContaining({ ok: false, formError: FreinsErrors.DemandeClose }),
    );

    const actions = (
      await db.auditLog.findMany({
        where: { entityId: id, action: { not: "demande.lecture" } },
        orderBy: { createdAt: "asc" },
        select: { action: true, actorId: true },
      })
    ).map((a) => a.action);
    expect(actions).toEqual([
      "demande.prise_en_charge",
      "demande.statut.solution_proposee",
      "demande.statut.resolue",
    ]);
  });

  it("sans solution : le motif est gardé et transmis", async () => {
    const agentId = await createAgent("haute-lande");
    const { id } = await createDemande({ statut: "prise_en_charge", agentId });
    signInAs(agentId);
    expect(
      await changerStatutDemande(
        undefined,
        form({ demandeId: id, statut: "sans_solution", motif: "Aucun logement disponible sur la période." }),
      ),
    ).toMatchObject({ ok: true });
    const row = await db.demandeAide.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      statut: "sans_solution",
      motifSansSolution: "Aucun logement disponible sur la période.",
    });
    expect(
      await db.auditLog.findFirst({ where: { entityId: id, action: "demande.statut.sans_solution" } }),
    ).toMatchObject({ reason: "Aucun logement disponible sur la période.", actorId: agentId });
  });

  it("l'apprenant·e retire puis supprime sa demande : suppression définitive, journal sans donnée personnelle", async () => {
    const apprenant = await createUser({ roles: ["apprenant"] });
    const { id } = await createDemande({ apprenantId: apprenant.id, description: SECRET });
    await db.demandeMessage.create({ data: { demandeId: id, auteurId: apprenant.id, contenu: "Bonjour" } });
    await db.demandeNote.create({ data: { demandeId: id, contenu: "note" } });
    signInAs(apprenant.id);
    expect(await retirerDemande(undefined, form({ demandeId: id }))).toMatchObject({ ok: true });
    expect(await db.demandeAide.findUniqueOrThrow({ where: { id } })).toMatchObject({ statut: "abandonnee" });
    await expectRedirect(
      supprimerDemande(undefined, form({ demandeId: id })),
      "/espace-apprenant/demandes?supprimee=1",
    );
    expect(await db.demandeAide.count({ where: { id } })).toBe(0);
    expect(await db.demandeMessage.count({ where: { demandeId: id } })).toBe(0);
    expect(await db.demandeNote.count({ where: { demandeId: id } })).toBe(0);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entityId: id, action: "demande.suppression" },
    });
    expect(entry.reason).toBeNull();
    expect(JSON.stringify(entry)).not.toContain(SECRET);
  });
});

describe("visibilité : la personne, les agents de la cellule du territoire et l'équipe ; 404 pour les autres", () => {
  const refused: PersonaName[] = ["apprenant", "employeur", "organisme", "gouvernance", "famille"];

  it.each(refused)("persona %s (autre que l'auteur·e) : rien, et les actions refusent", async (persona) => {
    const { id } = await createDemande({ description: SECRET });
    signInAs(await createPersona(persona));
    const user = await me();
    expect(await getDemandeForApprenant(user, id)).toBeNull();
    expect(await getDemandeForAgent(user, id)).toBeNull();
    expect(await getMesDemandeList(user)).toEqual([]);
    expect(await getCelluleQueue(user)).toEqual([]);
    for (const action of [retirerDemande, supprimerDemande]) {
      const result = await action(undefined, form({ demandeId: id }));
      expect(result).toMatchObject({ ok: false });
      if (!result.ok) expect([ACCESS_DENIED, FreinsErrors.Introuvable]).toContain(result.formError);
    }
    const message = await ecrireMessageApprenant(undefined, form({ demandeId: id, contenu: "Coucou" }));
    expect(message.ok).toBe(false);
    for (const result of [
      await prendreEnChargeDemande(undefined, form({ demandeId: id })),
      await ajouterNoteDemande(undefined, form({ demandeId: id, contenu: "x" })),
    ]) {
      expect(result).toEqual({ ok: false, formError: ACCESS_DENIED });
    }
    expect(await db.demandeAide.findUniqueOrThrow({ where: { id } })).toMatchObject({ statut: "nouvelle" });
    expect(await db.demandeMessage.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "demande.lecture" } })).toBe(0);
  });

  it("un agent d'un autre territoire : rien dans sa file, 404 sur la demande, actions refusées", async () => {
    const { id } = await createDemande({ description: SECRET });
    const autreAgent = await createAgent("marsan", await createPersona("cellule"));
    signInAs(autreAgent);
    const user = await me();
    expect(await getDemandeForAgent(user, id)).toBeNull();
    expect(await getCelluleQueue(user)).toEqual([]);
    for (const result of [
      await prendreEnChargeDemande(undefined, form({ demandeId: id })),
      await changerStatutDemande(undefined, form({ demandeId: id, statut: "resolue" })),
      await ecrireMessageAgent(undefined, form({ demandeId: id, contenu: "Bonjour" })),
      await ajouterNoteDemande(undefined, form({ demandeId: id, contenu: "Bonjour" })),
    ]) {
      expect(result).toMatchObject({ ok: false, formError: FreinsErrors.Introuvable });
    }
    expect(await db.demandeAide.findUniqueOrThrow({ where: { id } })).toMatchObject({
      statut: "nouvelle",
      agentId: null,
    });
    expect(await db.auditLog.count({ where: { action: "demande.lecture" } })).toBe(0);
  });

  it("l'auteur·e voit sa demande sans les notes ; l'agent du territoire et l'équipe la voient, chaque lecture est journalisée", async () => {
    const apprenant = await createUser({ roles: ["apprenant"] });
    const { id } = await createDemande({ apprenantId: apprenant.id });
    await db.demandeNote.create({ data: { demandeId: id, contenu: "Note confidentielle" } });
    const agentId = await createAgent("haute-lande");
    const staffId = await createPersona("staff");

    signInAs(apprenant.id);
    const ownView = await getDemandeForApprenant(await me(), id);
    expect(ownView?.id).toBe(id);
    expect(ownView).not.toHaveProperty("notes");
    expect(await getMesDemandeList(await me())).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "demande.lecture" } })).toBe(0);

    for (const [reader, times] of [
      [agentId, 2],
      [staffId, 1],
    ] as const) {
      signInAs(reader);
      for (let i = 0; i < times; i++) {
        const view = await getDemandeForAgent(await me(), id);
        expect(view?.notes.map((n) => n.contenu)).toEqual(["Note confidentielle"]);
      }
      expect(await getCelluleQueue(await me())).toHaveLength(1);
      expect(
        await db.auditLog.count({
          where: { action: "demande.lecture", entityType: "DemandeAide", entityId: id, actorId: reader },
        }),
      ).toBe(times);
    }
  });
});

describe("file de la cellule et retard en jours ouvrés", () => {
  it("signale les demandes sans réponse depuis plus de 5 jours ouvrés, week-ends et fériés exclus", () => {
    // Mardi 10 novembre 2026 ; le 11 est férié : 5 jours ouvrés plus tard = mercredi 18.
    const createdAt = new Date("2026-11-10T09:00:00Z");
    const base = { statut: "nouvelle" as const, createdAt, celluleARepondu: false };
    expect(isDemandeEnRetard(base, new Date("2026-11-18T15:00:00Z"))).toBe(false);
    expect(isDemandeEnRetard(base, new Date("2026-11-19T08:00:00Z"))).toBe(true);
    // Taken in charge but no message from the cell yet: still flagged.
    expect(isDemandeEnRetard({ ...base, statut: "prise_en_charge" }, new Date("2026-11-19T08:00:00Z"))).toBe(
      true,
    );
    expect(
      isDemandeEnRetard(
        { ...base, statut: "prise_en_charge", celluleARepondu: true },
        new Date("2026-11-19T08:00:00Z"),
      ),
    ).toBe(false);
    expect(isDemandeEnRetard({ ...base, statut: "resolue" }, new Date("2026-12-19T08:00:00Z"))).toBe(false);
  });

  it("trie les plus urgentes puis les plus anciennes, filtre, et compte les retards pour l'équipe", async () => {
    const agentId = await createAgent("haute-lande");
    const old = new Date(Date.now() - 20 * 24 * 60 * 60 * 1000);
    const ancienne = await createDemande({ createdAt: old, besoins: ["mobilite"] });
    const urgente = await createDemande({ urgence: "tres_urgente" });
    const recente = await createDemande({});
    const repondue = await createDemande({ createdAt: old, statut: "prise_en_charge", agentId });
    await db.demandeMessage.create({
      data: { demandeId: repondue.id, auteurId: agentId, contenu: "Bonjour" },
    });
    await createDemande({ communeCode: "40192", createdAt: old }); // Marsan: not this agent's

    signInAs(agentId);
    const queue = await getCelluleQueue(await me());
    expect(queue.map((d) => d.id)).toEqual([urgente.id, ancienne.id, repondue.id, recente.id]);
    expect(queue.filter((d) => d.enRetard).map((d) => d.id)).toEqual([ancienne.id]);
    expect((await getCelluleQueue(await me(), { retard: true })).map((d) => d.id)).toEqual([ancienne.id]);
    expect((await getCelluleQueue(await me(), { besoin: "mobilite" })).map((d) => d.id)).toEqual([
      ancienne.id,
    ]);
    expect((await getCelluleQueue(await me(), { statut: "prise_en_charge" })).map((d) => d.id)).toEqual([
      repondue.id,
    ]);
    expect(await countDemandesEnRetard()).toBe(2);

    signInAs(await createPersona("staff"));
    expect(await getCelluleQueue(await me())).toHaveLength(5);
    expect(await getCelluleQueue(await me(), { territoire: "marsan" })).toHaveLength(1);
  });
});

describe("conservation", () => {
  it("anonymise les demandes closes depuis plus que la durée de conservation, et seulement elles ; idempotent", async () => {
    const apprenant = await createUser({ roles: ["apprenant"] });
    const longAgo = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000);
    const ancienne = await createDemande({
      apprenantId: apprenant.id,
      statut: "resolue",
      clotureAt: longAgo,
      createdAt: longAgo,
      description: SECRET,
      telephone: "0612345678",
      besoins: ["logement", "financier"],
    });
    await db.demandeMessage.create({
      data: { demandeId: ancienne.id, auteurId: apprenant.id, contenu: "Merci" },
    });
    await db.demandeNote.create({ data: { demandeId: ancienne.id, contenu: "Note" } });
    const recente = await createDemande({
      apprenantId: apprenant.id,
      statut: "abandonnee",
      clotureAt: new Date(),
      description: SECRET,
    });
    const ouverte = await createDemande({
      apprenantId: apprenant.id,
      createdAt: longAgo,
      description: SECRET,
    });

    expect(await anonymiseDemandesCloses(db, 12)).toBe(1);
    const row = await db.demandeAide.findUniqueOrThrow({ where: { id: ancienne.id } });
    expect(row).toMatchObject({
      apprenantId: null,
      description: DESCRIPTION_ANONYMISEE,
      telephone: null,
      contexte: null,
      statut: "resolue",
      communeCode: "40227",
    });
    expect(row.besoins.sort()).toEqual(["financier", "logement"]);
    expect(row.anonymiseeAt).toBeInstanceOf(Date);
    expect(await db.demandeMessage.count({ where: { demandeId: ancienne.id } })).toBe(0);
    expect(await db.demandeNote.count({ where: { demandeId: ancienne.id } })).toBe(0);
    for (const other of [recente, ouverte]) {
      expect(await db.demandeAide.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
        apprenantId: apprenant.id,
        description: SECRET,
        anonymiseeAt: null,
      });
    }
    expect(await anonymiseDemandesCloses(db, 12)).toBe(0);
    // A shorter retention catches the recent one too.
    expect(await anonymiseDemandesCloses(db, 1, new Date(Date.now() + 40 * 24 * 60 * 60 * 1000))).toBe(1);
  });
});

describe("gestion des cellules par l'équipe", () => {
  it("crée une cellule, ajoute un agent par e-mail (rôle donné), le retire (rôle repris), tout est journalisé", async () => {
    const staffId = await createPersona("staff");
    const personne = await createUser({ roles: ["apprenant"], email: "futur.agent@exemple.fr" });
    const territoire = await db.territoire.findUniqueOrThrow({
      where: { slug: "marsan" },
      select: { id: true },
    });
    const demande = await createDemande({ communeCode: "40192" });
    signInAs(staffId);

    const invalide = await enregistrerCellule(
      undefined,
      form({ territoireId: territoire.id, nom: "", email: "pas-un-mail", telephone: "12" }),
    );
    expect(invalide.ok).toBe(false);
    if (!invalide.ok) {
      expect(invalide.fieldErrors?.nom?.[0]).toMatch(/Nom de la cellule/);
      expect(invalide.fieldErrors?.email?.[0]).toMatch(/E-mail de contact/);
      expect(invalide.fieldErrors?.telephone?.[0]).toMatch(/Téléphone de contact/);
    }
    expect(await db.celluleLocale.count()).toBe(0);

    expect(
      await enregistrerCellule(
        undefined,
        form({
          territoireId: territoire.id,
          nom: "Cellule du Marsan",
          email: "cellule@marsan.fr",
          telephone: "05 58 00 00 00",
        }),
      ),
    ).toMatchObject({ ok: true });
    const cellule = await db.celluleLocale.findUniqueOrThrow({ where: { territoireId: territoire.id } });
    expect(cellule).toMatchObject({
      nom: "Cellule du Marsan",
      email: "cellule@marsan.fr",
      telephone: "0558000000",
    });

    const inconnu = await ajouterAgentCellule(
      undefined,
      form({ celluleId: cellule.id, email: "personne@nulle.part" }),
    );
    expect(inconnu).toMatchObject({ ok: false, fieldErrors: { email: [CelluleErrors.CompteInconnu] } });

    expect(
      await ajouterAgentCellule(undefined, form({ celluleId: cellule.id, email: "Futur.Agent@exemple.fr" })),
    ).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: personne.id } })).roles.sort()).toEqual([
      "apprenant",
      "cellule",
    ]);
    signInAs(personne.id);
    expect((await getCelluleQueue(await me())).map((d) => d.id)).toEqual([demande.id]);

    signInAs(staffId);
    expect(
      await retirerAgentCellule(undefined, form({ celluleId: cellule.id, userId: personne.id })),
    ).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: personne.id } })).roles).toEqual(["apprenant"]);
    signInAs(personne.id);
    expect(await getDemandeForAgent(await me(), demande.id)).toBeNull();

    const journal = await db.auditLog.findMany({
      where: { entityType: "CelluleLocale", entityId: cellule.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(journal).toEqual([
      { action: "cellule.modification", actorId: staffId },
      { action: "cellule.agent.ajout", actorId: staffId },
      { action: "cellule.agent.retrait", actorId: staffId },
    ]);
  });

  it("un agent qui sert encore une autre cellule garde son rôle", async () => {
    const agentId = await createAgent("marsan");
    await createAgent("haute-lande", agentId);
    const marsan = await createCellule("marsan");
    signInAs(await createPersona("staff"));
    await retirerAgentCellule(undefined, form({ celluleId: marsan.id, userId: agentId }));
    expect((await db.user.findUniqueOrThrow({ where: { id: agentId } })).roles).toEqual(["cellule"]);
  });
});

describe("données de démonstration", () => {
  it("seedDemoFreins : une cellule par territoire, l'agent persona en Haute Lande, un stage accepté à Pissos, 25 demandes ; idempotent", async () => {
    const today = todayInParis();
    // What the rest of the seed provides: the personas and the host employer of the Pissos site.
    await createPersona("cellule");
    await createPersona("apprenant");
    await db.organisation.create({
      data: {
        id: "demo-org-chrs-morcenx",
        type: "employeur",
        nom: "Accueil Haute Lande (démo)",
        siret: uniqueSiret(),
        adresse: "4 rue de la Gare",
        communeCode: "40197",
        statut: "verifiee",
      },
    });
    await seedDemoFreins(db, today);
    await seedDemoFreins(db, today);
    const [territoires, cellules, demandes] = await Promise.all([
      db.territoire.count(),
      db.celluleLocale.findMany({
        select: { territoire: { select: { slug: true } }, agents: { select: { userId: true } } },
      }),
      db.demandeAide.findMany({ select: { territoireId: true, apprenantId: true } }),
    ]);
    expect(cellules).toHaveLength(territoires);
    expect(cellules.find((c) => c.territoire.slug === "haute-lande")?.agents).toEqual([
      { userId: personas.cellule.id },
    ]);
    expect(demandes).toHaveLength(25);
    expect(new Set(demandes.map((d) => d.territoireId)).size).toBe(territoires);
    expect(demandes.some((d) => d.apprenantId?.startsWith("persona-"))).toBe(false);
    const candidature = await db.candidature.findFirstOrThrow({
      where: { apprenantId: personas.apprenant.id, statut: "acceptee", offre: { communeCode: "40227" } },
      select: {
        offre: {
          select: {
            statut: true,
            commune: { select: { epci: { select: { territoire: { select: { slug: true } } } } } },
          },
        },
      },
    });
    expect(candidature.offre.statut).toBe("publiee");
    expect(candidature.offre.commune.epci?.territoire?.slug).toBe("haute-lande");

    signInAs(personas.cellule.id);
    const queue = await getCelluleQueue(await me());
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.some((d) => d.enRetard)).toBe(true);
    expect(await countDemandesEnRetard()).toBeGreaterThan(0);
  });
});
