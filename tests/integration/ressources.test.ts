import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/carte/ressources/route";
import { db } from "@/lib/db";
import { LANDES_BBOX_ARRAY } from "@/lib/carte/geo";
import {
  accepterProposition,
  annulerProposition,
  archiverRessource,
  declarerFamille,
  declinerProposition,
  deciderFamille,
  deciderRessource,
  enregistrerRessource,
  proposerRessource,
} from "@/lib/ressources/actions";
import { RessourceErrors } from "@/lib/ressources/errors";
import { getMatchingRessourceList } from "@/lib/ressources/matching";
import {
  getPropositionsForApprenant,
  getRessourceCarteAgregats,
  getRessourcePubliqueList,
  getRessourcesProchesList,
} from "@/lib/ressources/queries";
import { getSessionUser } from "@/lib/auth/queries";
import { expectRedirect, idFromRedirect, signInAs } from "@/tests/support/session";
import { createOrganisation, createPersona, createUser, form, uniqueSiret } from "@/tests/factories";
import { DEMO_RESSOURCES, FAMILLE_CHAMBRE_ID, seedDemoRessources } from "@/prisma/demo/ressources";
import { inDays } from "@/tests/support/dates";
import {
  createCelluleAgent,
  createDemandeAide,
  createFamille,
  createRessource,
} from "@/tests/factories/ressources";

const PISSOS = "40227";
const MOUSTEY = "40200"; // ~10 km from Pissos
const SABRES = "40246"; // ~17 km
const MORCENX = "40197"; // ~32 km
const DAX = "40088";

function ressourceForm(overrides: Record<string, string | undefined> = {}) {
  return form({
    type: "hebergement",
    titre: "Chambre indépendante près du bourg",
    description: "Chambre meublée avec salle d'eau, accès cuisine, à 5 minutes à vélo de l'EHPAD.",
    communeCode: PISSOS,
    adresse: "7 route de Sore",
    capacite: "1",
    disponibleDebut: inDays(0),
    disponibleFin: inDays(365),
    tarif: "gratuit",
    ...overrides,
  });
}

/** Where saving a resource leads: its page, with the "saved" banner; the id is captured. */
const RESSOURCE_ENREGISTREE_URL = /\/mes-ressources\/([a-z0-9]+)\?enregistree=1/;

async function sessionOf(id: string) {
  const user = await getSessionUser(id);
  if (!user) throw new Error("utilisateur introuvable");
  return user;
}

describe("familles d'accueil", () => {
  it("une personne sans organisation se déclare, l'équipe la vérifie et elle est prévenue", async () => {
    const staffId = await createPersona("staff");
    const person = await createUser({ roles: [] });
    signInAs(person.id);
    await expectRedirect(
      declarerFamille(
        undefined,
        form({
          communeCode: SABRES,
          presentation: "Maison au calme, chambre à l'étage.",
          telephone: "06 12 34 56 78",
        }),
      ),
      "/mes-ressources?declaration=envoyee",
    );
    const famille = await db.familleAccueil.findUniqueOrThrow({ where: { userId: person.id } });
    expect(famille).toMatchObject({ statut: "en_attente", communeCode: SABRES });
    // A second declaration is refused while the first is pending.
    expect(
      await declarerFamille(undefined, form({ communeCode: SABRES, presentation: "Encore" })),
    ).toMatchObject({ ok: false, formError: RessourceErrors.FamilleDejaDeclaree });

    signInAs(staffId);
    // Refusing needs a reason.
    expect(
      await deciderFamille(undefined, form({ familleId: famille.id, decision: "refuser" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { motif: [expect.stringMatching(/motif/)] },
    });
    await expectRedirect(
      deciderFamille(undefined, form({ familleId: famille.id, decision: "approuver" })),
      "/moderation/familles?decision=verifiee",
    );
    expect(await db.familleAccueil.findUniqueOrThrow({ where: { id: famille.id } })).toMatchObject({
      statut: "verifiee",
      verifiedAt: expect.any(Date),
    });
    expect(
      await db.auditLog.findMany({
        where: { entityType: "FamilleAccueil", entityId: famille.id },
        orderBy: { createdAt: "asc" },
        select: { action: true },
      }),
    ).toEqual([{ action: "moderation.soumise" }, { action: "moderation.approuvee" }]);
    expect(await db.notification.count({ where: { userId: person.id } })).toBe(1);
    // A decided declaration cannot be decided twice.
    expect(
      await deciderFamille(undefined, form({ familleId: famille.id, decision: "refuser", motif: "Doublon" })),
    ).toMatchObject({ ok: false, formError: RessourceErrors.DejaModeree });
  });

  it("un membre d'une organisation ne peut pas se déclarer famille d'accueil ; une famille refusée peut renvoyer sa déclaration", async () => {
    const employeurId = await createPersona("employeur");
    signInAs(employeurId);
    expect(
      await declarerFamille(undefined, form({ communeCode: PISSOS, presentation: "Chambre" })),
    ).toMatchObject({ ok: false, formError: RessourceErrors.MembreOrganisation });
    expect(await db.familleAccueil.count()).toBe(0);

    const staffId = await createPersona("staff");
    const famille = await createFamille({ statut: "en_attente" });
    signInAs(staffId);
    await expectRedirect(
      deciderFamille(
        undefined,
        form({ familleId: famille.id, decision: "refuser", motif: "Pièce justificative manquante" }),
      ),
      "/moderation/familles?decision=refusee",
    );
    signInAs(famille.userId);
    await expectRedirect(
      declarerFamille(undefined, form({ communeCode: PISSOS, presentation: "Avec la pièce demandée." })),
      "/mes-ressources?declaration=envoyee",
    );
    expect(await db.familleAccueil.findUniqueOrThrow({ where: { id: famille.id } })).toMatchObject({
      statut: "en_attente",
      motifRefus: null,
    });
  });
});

describe("cycle de vie d'une ressource", () => {
  it("une famille vérifiée propose une chambre, l'équipe la publie ; modifier le fond la renvoie en modération, pas les dates ; elle l'archive", async () => {
    const staffId = await createPersona("staff");
    const famille = await createFamille({ communeCode: PISSOS });
    signInAs(famille.userId);
    const id = await idFromRedirect(
      enregistrerRessource(undefined, ressourceForm()),
      RESSOURCE_ENREGISTREE_URL,
    );
    const commune = await db.commune.findUniqueOrThrow({ where: { code: PISSOS } });
    const created = await db.ressource.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({
      statut: "soumise",
      proprietaireId: famille.userId,
      organisationId: null,
      adresse: "7 route de Sore",
      // Always the commune's centre, never the address.
      latitude: commune.latitude,
      longitude: commune.longitude,
      gratuit: true,
      prix: null,
    });

    signInAs(staffId);
    await expectRedirect(
      deciderRessource(undefined, form({ ressourceId: id, decision: "approuver" })),
      "/moderation/ressources?decision=publiee",
    );
    expect(await db.ressource.findUniqueOrThrow({ where: { id } })).toMatchObject({ statut: "publiee" });
    expect(await db.notification.findFirst({ where: { userId: famille.userId } })).toMatchObject({
      titre: "Votre ressource est publiée",
    });

    signInAs(famille.userId);
    // Only the availability changes: still published.
    await idFromRedirect(
      enregistrerRessource(undefined, ressourceForm({ ressourceId: id, disponibleFin: inDays(200) })),
      RESSOURCE_ENREGISTREE_URL,
    );
    expect(await db.ressource.findUniqueOrThrow({ where: { id } })).toMatchObject({ statut: "publiee" });
    // The description changes: back to moderation.
    await idFromRedirect(
      enregistrerRessource(
        undefined,
        ressourceForm({ ressourceId: id, description: "Chambre meublée, petit-déjeuner compris." }),
      ),
      RESSOURCE_ENREGISTREE_URL,
    );
    expect(await db.ressource.findUniqueOrThrow({ where: { id } })).toMatchObject({ statut: "soumise" });

    expect(await archiverRessource(undefined, form({ ressourceId: id }))).toMatchObject({ ok: true });
    expect(await db.ressource.findUniqueOrThrow({ where: { id } })).toMatchObject({ statut: "archivee" });
    expect(
      (
        await db.auditLog.findMany({
          where: { entityType: "Ressource", entityId: id },
          orderBy: { createdAt: "asc" },
          select: { action: true },
        })
      ).map((a) => a.action),
    ).toEqual(["moderation.soumise", "moderation.approuvee", "moderation.soumise", "moderation.archivee"]);
  });

  it("un membre d'une organisation vérifiée propose au nom de l'organisation ; une organisation non vérifiée ne peut pas", async () => {
    const employeurId = await createPersona("employeur");
    signInAs(employeurId);
    // Without choosing the organisation: the field says so.
    expect(await enregistrerRessource(undefined, ressourceForm({ type: "salle_formation" }))).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: [RessourceErrors.ProprietaireInconnu] },
    });
    const id = await idFromRedirect(
      enregistrerRessource(
        undefined,
        ressourceForm({
          organisationId: "persona-org-employeur",
          type: "salle_formation",
          equipements: "Vidéoprojecteur, 12 chaises",
          capacite: "12",
        }),
      ),
      RESSOURCE_ENREGISTREE_URL,
    );
    expect(await db.ressource.findUniqueOrThrow({ where: { id } })).toMatchObject({
      organisationId: "persona-org-employeur",
      proprietaireId: null,
      equipements: "Vidéoprojecteur, 12 chaises",
    });

    const pending = await createOrganisation({ statut: "en_attente" });
    signInAs(pending.memberId);
    expect(
      await enregistrerRessource(undefined, ressourceForm({ organisationId: pending.id })),
    ).toMatchObject({ ok: false, formError: RessourceErrors.OrganisationNonVerifiee });
    // A person whose family declaration is not verified yet cannot offer anything.
    const waiting = await createFamille({ statut: "en_attente" });
    signInAs(waiting.userId);
    expect(await enregistrerRessource(undefined, ressourceForm())).toMatchObject({
      ok: false,
      formError: RessourceErrors.FamilleNonVerifiee,
    });
    expect(await db.ressource.count()).toBe(1);
  });

  it.each([
    [
      "fin de disponibilité avant le début",
      { disponibleDebut: inDays(30), disponibleFin: inDays(10) },
      "disponibleFin",
      "La fin de disponibilité doit être après le début.",
    ],
    [
      "commune hors des Landes (Bordeaux)",
      { communeCode: "33063" },
      "communeCode",
      "Choisissez une commune des Landes dans la liste.",
    ],
    [
      "commune des Landes inexistante",
      { communeCode: "40999" },
      "communeCode",
      "Choisissez une commune des Landes dans la liste.",
    ],
    ["capacité 0", { capacite: "0" }, "capacite", "Capacité : au moins 1."],
    ["payant sans prix", { tarif: "payant" }, "prix", "Indiquez le prix, ou choisissez « gratuit »."],
    ["mobilité sans sous-type", { type: "mobilite" }, "mobiliteType", "Choisissez le type de mobilité."],
  ])(
    "saisie invalide (%s) : message en français sur le champ, valeurs gardées, rien d'écrit",
    async (_cas, overrides, field, message) => {
      const famille = await createFamille();
      signInAs(famille.userId);
      const result = await enregistrerRessource(undefined, ressourceForm(overrides));
      expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
      expect(!result.ok && result.values).toMatchObject({
        titre: "Chambre indépendante près du bourg",
        ...overrides,
      });
      expect(await db.ressource.count()).toBe(0);
      expect(await db.auditLog.count()).toBe(0);
    },
  );

  it("une autre organisation ou une autre famille ne peut ni modifier ni archiver la ressource (introuvable)", async () => {
    const famille = await createFamille();
    const ressource = await createRessource({ proprietaireId: famille.userId });
    const other = await createFamille();
    const employeurId = await createPersona("employeur");
    const orgRessource = await createRessource({ organisationId: "persona-org-employeur" });
    const otherOrg = await createOrganisation({ statut: "verifiee" });

    for (const [userId, id] of [
      [other.userId, ressource.id],
      [employeurId, ressource.id],
      [otherOrg.memberId, orgRessource.id],
      [famille.userId, orgRessource.id],
    ] as const) {
      signInAs(userId);
      expect(
        await enregistrerRessource(undefined, ressourceForm({ ressourceId: id, titre: "Piraté" })),
      ).toMatchObject({
        ok: false,
        formError: RessourceErrors.Introuvable,
      });
      expect(await archiverRessource(undefined, form({ ressourceId: id }))).toMatchObject({
        ok: false,
        formError: RessourceErrors.Introuvable,
      });
    }
    // Claiming someone else's organisation for a new resource is refused the same way.
    signInAs(otherOrg.memberId);
    expect(
      await enregistrerRessource(undefined, ressourceForm({ organisationId: "persona-org-employeur" })),
    ).toMatchObject({ ok: false, formError: RessourceErrors.Introuvable });
    expect(await db.ressource.count({ where: { titre: "Piraté" } })).toBe(0);
    expect(await db.ressource.count({ where: { statut: "archivee" } })).toBe(0);
  });
});

describe("confidentialité", () => {
  it("la liste publique, la couche de la carte et la proximité d'un stage ne contiennent ni adresse ni nom de famille", async () => {
    const person = await db.user.create({
      data: {
        email: "lescarret@exemple.fr",
        prenom: "Marie",
        nom: "Lescarret",
        roles: [],
        passwordHash: "x",
      },
    });
    await createFamille({ userId: person.id });
    await createRessource({ proprietaireId: person.id, adresse: "14 chemin de Hourtic" });
    await createRessource({
      organisationId: (await createOrganisation({ statut: "verifiee" })).id,
      type: "mobilite",
      adresse: "2 rue du Vélo",
    });

    const list = await getRessourcePubliqueList({ type: undefined, commune: undefined, rayon: undefined });
    expect(list.items).toHaveLength(2);
    const agregats = await getRessourceCarteAgregats(LANDES_BBOX_ARRAY);
    const proches = await getRessourcesProchesList({ latitude: 44.30115, longitude: -0.7907 });
    const response = await GET(
      new Request(`http://localhost/api/carte/ressources?bbox=${LANDES_BBOX_ARRAY.join(",")}`),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { communes: unknown[] };
    expect(body.communes).toEqual([
      expect.objectContaining({ code: PISSOS, nom: "Pissos", hebergement: 1, mobilite: 1 }),
    ]);
    expect(Object.keys(body.communes[0] as object).sort()).toEqual(
      ["code", "hebergement", "latitude", "longitude", "mobilite", "nom"].sort(),
    );
    for (const data of [list, agregats, proches, body]) {
      const json = JSON.stringify(data);
      expect(json).not.toMatch(/Hourtic|rue du Vélo|Lescarret|Marie/);
    }
    expect(list.items.find((i) => i.type === "hebergement")?.proposePar).toBe(
      "Particulier vérifié (famille d'accueil)",
    );
    expect(proches).toEqual([expect.objectContaining({ code: PISSOS, hebergement: 1, mobilite: 1 })]);
  });

  it("la route de la carte refuse une bbox invalide en français", async () => {
    const response = await GET(new Request("http://localhost/api/carte/ressources?bbox=1,2,3"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      champs: { bbox: expect.stringMatching(/quatre nombres/) },
    });
  });

  it("ne liste ni les ressources non publiées, ni archivées, ni celles dont la disponibilité est passée", async () => {
    await createRessource({ statut: "soumise" });
    await createRessource({ statut: "archivee" });
    await createRessource({ disponibleDebut: inDays(-60), disponibleFin: inDays(-1) });
    const visible = await createRessource({ type: "mobilite" });
    const list = await getRessourcePubliqueList({ type: undefined, commune: undefined, rayon: undefined });
    expect(list.items.map((i) => i.id)).toEqual([visible.id]);
    expect(await getRessourceCarteAgregats(LANDES_BBOX_ARRAY)).toEqual([
      expect.objectContaining({ code: PISSOS, hebergement: 0, mobilite: 1 }),
    ]);
  });
});

describe("appariement et propositions", () => {
  it("retient le bon type, dans le rayon, disponible sur la période, non réservé, du plus proche au plus loin", async () => {
    const agentId = await createCelluleAgent(PISSOS);
    const demande = await createDemandeAide({
      communeCode: PISSOS,
      debut: inDays(30),
      fin: inDays(90),
    });
    const sabres = await createRessource({ communeCode: SABRES });
    const moustey = await createRessource({ communeCode: MOUSTEY });
    const pissos = await createRessource({ communeCode: PISSOS });
    await createRessource({ communeCode: PISSOS, type: "mobilite" }); // wrong type
    await createRessource({ communeCode: MORCENX }); // too far at 30 km, within 50
    await createRessource({ communeCode: PISSOS, disponibleFin: inDays(60) }); // ends before the request
    await createRessource({ communeCode: PISSOS, disponibleDebut: inDays(45) }); // starts after it
    await createRessource({ communeCode: PISSOS, statut: "soumise" });
    const reserved = await createRessource({ communeCode: PISSOS });
    const other = await createDemandeAide({ communeCode: PISSOS });
    await db.ressourceProposition.create({
      data: {
        demandeId: other.id,
        ressourceId: reserved.id,
        debut: new Date(`${inDays(80)}T00:00:00Z`),
        fin: new Date(`${inDays(120)}T00:00:00Z`),
        statut: "acceptee",
      },
    });
    // A declined proposition does not hold the resource.
    await db.ressourceProposition.create({
      data: {
        demandeId: other.id,
        ressourceId: pissos.id,
        debut: new Date(`${inDays(30)}T00:00:00Z`),
        fin: new Date(`${inDays(90)}T00:00:00Z`),
        statut: "declinee",
      },
    });

    const agent = await sessionOf(agentId);
    const result = await getMatchingRessourceList(agent, demande.id, 30);
    expect(result?.types).toEqual(["hebergement"]);
    expect(result?.resultats.map((r) => r.id)).toEqual([pissos.id, moustey.id, sabres.id]);
    expect(result?.resultats[0]).toMatchObject({ adresse: "3 chemin des Palombes", commune: "Pissos" });
    expect((await getMatchingRessourceList(agent, demande.id, 10))?.resultats.map((r) => r.id)).toEqual([
      pissos.id,
    ]);
    expect((await getMatchingRessourceList(agent, demande.id, 50))?.resultats).toHaveLength(4);

    // An agent of another cell, or a learner, does not see the request.
    const otherAgent = await sessionOf(await createCelluleAgent(DAX));
    expect(await getMatchingRessourceList(otherAgent, demande.id, 30)).toBeNull();
    expect(await getMatchingRessourceList(await sessionOf(demande.apprenantId), demande.id, 30)).toBeNull();
  });

  it("un agent d'un autre territoire ne peut pas proposer (introuvable) ; une demande close non plus", async () => {
    const demande = await createDemandeAide({ communeCode: PISSOS });
    const ressource = await createRessource();
    signInAs(await createCelluleAgent(DAX));
    const input = {
      demandeId: demande.id,
      ressourceId: ressource.id,
      debut: inDays(30),
      fin: inDays(90),
    };
    expect(await proposerRessource(undefined, form(input))).toMatchObject({
      ok: false,
      formError: RessourceErrors.DemandeIntrouvable,
    });
    const closed = await createDemandeAide({ communeCode: PISSOS, statut: "resolue" });
    signInAs(await createCelluleAgent(PISSOS));
    expect(await proposerRessource(undefined, form({ ...input, demandeId: closed.id }))).toMatchObject({
      ok: false,
      formError: RessourceErrors.DemandeFermee,
    });
    expect(await db.ressourceProposition.count()).toBe(0);
  });

  it("20 propositions simultanées de la même chambre sur des périodes qui se chevauchent : une seule réservation", async () => {
    signInAs(await createCelluleAgent(PISSOS));
    const ressource = await createRessource();
    const demandes = await Promise.all(
      Array.from({ length: 20 }, () => createDemandeAide({ communeCode: PISSOS })),
    );
    const results = await Promise.all(
      demandes.map((d, i) =>
        proposerRessource(
          undefined,
          form({
            demandeId: d.id,
            ressourceId: ressource.id,
            debut: inDays(30 + i),
            fin: inDays(60 + i),
          }),
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.ok)) {
      expect(refused).toMatchObject({ ok: false, formError: RessourceErrors.DejaReservee });
    }
    expect(await db.ressourceProposition.count({ where: { ressourceId: ressource.id } })).toBe(1);
    expect(await db.demandeAide.count({ where: { statut: "solution_proposee" } })).toBe(1);
  });

  it("l'apprenant·e voit la proposition sans adresse, l'accepte : demande résolue, propriétaire et agent prévenus, adresse alors visible", async () => {
    const agentId = await createCelluleAgent(PISSOS);
    const famille = await createFamille();
    const ressource = await createRessource({
      proprietaireId: famille.userId,
      adresse: "14 chemin de Hourtic",
    });
    const demande = await createDemandeAide();
    signInAs(agentId);
    expect(
      await proposerRessource(
        undefined,
        form({
          demandeId: demande.id,
          ressourceId: ressource.id,
          debut: inDays(30),
          fin: inDays(90),
          message: "Une chambre à 2 km de votre stage.",
        }),
      ),
    ).toMatchObject({ ok: true });
    expect(await db.demandeAide.findUniqueOrThrow({ where: { id: demande.id } })).toMatchObject({
      statut: "solution_proposee",
    });
    expect(await db.notification.findFirst({ where: { userId: demande.apprenantId } })).toMatchObject({
      titre: "Votre cellule locale vous propose une solution",
      message: expect.not.stringMatching(/Hourtic/),
    });
    expect(await db.auditLog.count({ where: { action: "ressource.proposee", entityId: demande.id } })).toBe(
      1,
    );

    const learner = await sessionOf(demande.apprenantId);
    const before = await getPropositionsForApprenant(learner, demande.id);
    expect(before).toEqual([
      expect.objectContaining({ statut: "proposee", commune: "Pissos", contact: null }),
    ]);
    expect(JSON.stringify(before)).not.toMatch(/Hourtic|Test/);
    // Someone else's request: nothing.
    expect(await getPropositionsForApprenant(await sessionOf(agentId), demande.id)).toBeNull();

    const propositionId = before![0]!.id;
    // Another learner cannot accept it.
    signInAs((await createUser({ roles: ["apprenant"] })).id);
    expect(await accepterProposition(undefined, form({ propositionId }))).toMatchObject({
      ok: false,
      formError: RessourceErrors.PropositionIntrouvable,
    });

    signInAs(demande.apprenantId);
    expect(await accepterProposition(undefined, form({ propositionId }))).toMatchObject({ ok: true });
    expect(await db.demandeAide.findUniqueOrThrow({ where: { id: demande.id } })).toMatchObject({
      statut: "resolue",
      clotureAt: expect.any(Date),
    });
    expect(await db.notification.findFirst({ where: { userId: famille.userId } })).toMatchObject({
      titre: "Votre ressource est réservée",
    });
    expect(await db.notification.findFirst({ where: { userId: agentId } })).toMatchObject({
      titre: "Proposition acceptée",
    });
    const after = await getPropositionsForApprenant(learner, demande.id);
    expect(after?.[0]).toMatchObject({
      statut: "acceptee",
      contact: { adresse: "14 chemin de Hourtic", telephone: "05 58 00 00 00" },
    });
    // Accepted: it still holds the resource, a second request cannot get it for the same period.
    const second = await createDemandeAide();
    expect((await getMatchingRessourceList(await sessionOf(agentId), second.id, 30))?.resultats).toEqual([]);
    expect(await accepterProposition(undefined, form({ propositionId }))).toMatchObject({
      ok: false,
      formError: RessourceErrors.PropositionDejaTraitee,
    });
  });

  it("l'apprenant·e décline : la réservation est libérée et la demande revient à l'agent ; l'agent peut aussi annuler", async () => {
    const agentId = await createCelluleAgent(PISSOS);
    const ressource = await createRessource();
    const demande = await createDemandeAide();
    const input = {
      demandeId: demande.id,
      ressourceId: ressource.id,
      debut: inDays(30),
      fin: inDays(90),
    };
    signInAs(agentId);
    expect(await proposerRessource(undefined, form(input))).toMatchObject({ ok: true });
    const first = await db.ressourceProposition.findFirstOrThrow({ where: { demandeId: demande.id } });

    signInAs(demande.apprenantId);
    expect(await declinerProposition(undefined, form({ propositionId: first.id }))).toMatchObject({
      ok: true,
    });
    expect(await db.ressourceProposition.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      statut: "declinee",
    });
    expect(await db.demandeAide.findUniqueOrThrow({ where: { id: demande.id } })).toMatchObject({
      statut: "prise_en_charge",
    });
    const agent = await sessionOf(agentId);
    expect((await getMatchingRessourceList(agent, demande.id, 30))?.resultats.map((r) => r.id)).toEqual([
      ressource.id,
    ]);

    // Proposed again, then withdrawn by the agent: free again.
    signInAs(agentId);
    expect(await proposerRessource(undefined, form(input))).toMatchObject({ ok: true });
    const second = await db.ressourceProposition.findFirstOrThrow({
      where: { demandeId: demande.id, statut: "proposee" },
    });
    signInAs(await createCelluleAgent(DAX));
    expect(await annulerProposition(undefined, form({ propositionId: second.id }))).toMatchObject({
      ok: false,
      formError: RessourceErrors.PropositionIntrouvable,
    });
    signInAs(agentId);
    expect(await annulerProposition(undefined, form({ propositionId: second.id }))).toMatchObject({
      ok: true,
    });
    expect(await db.demandeAide.findUniqueOrThrow({ where: { id: demande.id } })).toMatchObject({
      statut: "prise_en_charge",
    });
    expect((await getMatchingRessourceList(agent, demande.id, 30))?.resultats).toHaveLength(1);
  });
});

describe("données de démonstration", () => {
  it("le seed des ressources crée la famille d'accueil vérifiée avec sa chambre publiée à Pissos, et peut tourner deux fois", async () => {
    // The demo organisations come from the main seed; here only their rows, so this checks this seed alone.
    await createPersona("famille");
    for (const organisationId of new Set(DEMO_RESSOURCES.map((r) => r.organisationId))) {
      await db.organisation.create({
        data: {
          id: organisationId,
          type: "employeur",
          nom: organisationId,
          siret: uniqueSiret(),
          adresse: "1 place de la Mairie",
          communeCode: DAX,
          statut: "verifiee",
        },
      });
    }
    await seedDemoRessources(db);
    await seedDemoRessources(db);
    expect(await db.familleAccueil.findUniqueOrThrow({ where: { userId: "persona-famille" } })).toMatchObject(
      {
        statut: "verifiee",
        communeCode: PISSOS,
      },
    );
    expect(await db.ressource.findUniqueOrThrow({ where: { id: FAMILLE_CHAMBRE_ID } })).toMatchObject({
      type: "hebergement",
      statut: "publiee",
      proprietaireId: "persona-famille",
      capacite: 1,
      gratuit: true,
      disponibleDebut: null,
      disponibleFin: null,
    });
    expect(await db.ressource.count({ where: { statut: "publiee" } })).toBeGreaterThanOrEqual(25);
    expect(await db.ressource.count({ where: { statut: "soumise" } })).toBeGreaterThanOrEqual(3);
  });
});
