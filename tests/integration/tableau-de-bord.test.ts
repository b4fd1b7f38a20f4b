// Dashboard indicators against a hand-built fixture (every number computed by hand below), the
// "< 5" rule on every figure about people (applications, filled places, requests; and in the CSV),
// the filters, and who may see it.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { todayInParis } from "@/lib/dates";
import { NON_DIFFUSE, SECRET, TOTAL_MASQUE } from "@/lib/gouvernance/suppression";
import { INDICATEUR_IDS, type IndicateurId } from "@/lib/gouvernance/tableau-de-bord/indicateurs";
import { getIndicateur } from "@/lib/gouvernance/tableau-de-bord/queries";
import type { Indicateur, PeriodeFiltre, Valeur } from "@/lib/gouvernance/tableau-de-bord/types";
import { GET as getCsv } from "@/app/(gouvernance)/gouvernance/tableau-de-bord/csv/route";
import TableauDeBordPage from "@/app/(gouvernance)/gouvernance/tableau-de-bord/page";
import { createOrganisation, createPersona, createUser } from "@/tests/factories";
import { createCandidature, createSite, createStageOffre } from "@/tests/factories/stages";
import { inDays } from "@/tests/support/dates";
import {
  createDemandeList,
  createFormationSessions,
  createRessourceAt,
  instantFromToday,
} from "@/tests/factories/tableau-de-bord";
import { territoireOf } from "@/tests/factories/freins";
import { expectRedirect, signInAs } from "@/tests/support/session";
import type { PersonaName } from "@/prisma/personas";

const DAX = "40088"; // territory "Grand Dax et Pays d'Orthe"
const MARSAN = "40192"; // territory "Marsan et Pays Grenadois"
const T_DAX = "Grand Dax et Pays d'Orthe";
const T_MARSAN = "Marsan et Pays Grenadois";
const DEAS = "Diplôme d'État d'aide-soignant";
const DEAES = "Diplôme d'État d'accompagnant éducatif et social";

let periode: PeriodeFiltre;

/** label → values of an indicator's lines. */
function table(indicateur: Indicateur): Record<string, Valeur[]> {
  return Object.fromEntries(indicateur.lignes.map((l) => [l.label, l.valeurs]));
}

async function fixture(): Promise<void> {
  const employeur = await createOrganisation({ statut: "verifiee" });
  const siteDax = await createSite({ organisationId: employeur.id, communeCode: DAX });
  const siteMarsan = await createSite({ organisationId: employeur.id, communeCode: MARSAN, public: null });
  const base = { organisationId: employeur.id, memberId: employeur.memberId };
  // Stages: S1, S2 in Dax, S3 in Marsan published in the period; S4 before it; S5 never published.
  const s1 = await createStageOffre({
    ...base,
    siteId: siteDax.id,
    places: 3,
    placesRestantes: 1,
    publieeAt: instantFromToday(-10),
  });
  await createStageOffre({
    ...base,
    siteId: siteDax.id,
    statut: "pourvue",
    places: 6,
    placesRestantes: 0,
    diplomes: ["DEAS", "DEAES"],
    publieeAt: instantFromToday(-20),
  });
  const s3 = await createStageOffre({
    ...base,
    siteId: siteMarsan.id,
    statut: "expiree",
    places: 4,
    diplomes: ["DEAES"],
    publieeAt: instantFromToday(-30),
  });
  await createStageOffre({ ...base, siteId: siteMarsan.id, places: 5, publieeAt: instantFromToday(-200) });
  await createStageOffre({ ...base, siteId: siteDax.id, statut: "soumise", places: 7 });
  // Applications: 7 on S1 (answers after 2, 4, 6, 1 and 3 days), 1 on S3 (1 day), 1 before the period.
  const apprenant = (await createUser()).id;
  const at = (days: number, after?: number) => ({
    createdAt: instantFromToday(-days),
    reponduAt: after === undefined ? null : new Date(instantFromToday(-days).getTime() + after * 86_400_000),
  });
  await createCandidature({ offreId: s1.id, apprenantId: apprenant, statut: "acceptee", ...at(10, 2) });
  await createCandidature({ offreId: s1.id, apprenantId: apprenant, statut: "refusee", ...at(9, 4) });
  await createCandidature({ offreId: s1.id, apprenantId: apprenant, statut: "envoyee", ...at(8) });
  await createCandidature({ offreId: s1.id, apprenantId: apprenant, statut: "refusee", ...at(12, 6) });
  await createCandidature({ offreId: s1.id, apprenantId: apprenant, statut: "refusee", ...at(13, 1) });
  await createCandidature({ offreId: s1.id, apprenantId: apprenant, statut: "lue", ...at(14) });
  await createCandidature({ offreId: s1.id, apprenantId: apprenant, statut: "refusee", ...at(15, 3) });
  await createCandidature({ offreId: s3.id, apprenantId: apprenant, statut: "refusee", ...at(25, 1) });
  await createCandidature({ offreId: s3.id, apprenantId: apprenant, statut: "acceptee", ...at(150, 1) });
  // Training sessions: DEAS in Dax (one in the period, one upcoming), DEAES in Marsan, a draft.
  await createFormationSessions({
    communeCode: DAX,
    diplome: "deas",
    sessions: [
      { debutDans: -30, places: 10 },
      { debutDans: 40, places: 12 },
    ],
  });
  await createFormationSessions({
    communeCode: MARSAN,
    diplome: "deaes",
    sessions: [{ debutDans: -50, places: 8 }],
  });
  await createFormationSessions({
    communeCode: DAX,
    diplome: "deaes",
    statut: "brouillon",
    sessions: [{ debutDans: -5, places: 99 }],
  });
  // Requests: 10 in Dax (logement; 2 also mobilité; 5 resolved after 10 days; taken in charge after 1..10 days),
  // 3 in Marsan (garde d'enfants; one taken in charge after 2 days), 1 before the period.
  const dax = await createDemandeList(
    Array.from({ length: 10 }, (_, i) => ({
      communeCode: DAX,
      besoins: i < 2 ? (["logement", "mobilite"] as const).slice() : ["logement" as const],
      statut: i < 5 ? ("resolue" as const) : ("prise_en_charge" as const),
      createdDaysAgo: 30 + i,
      priseEnChargeApres: i + 1,
      clotureApres: i < 5 ? 10 : undefined,
    })),
  );
  await createDemandeList([
    { communeCode: MARSAN, besoins: ["garde_enfants"], createdDaysAgo: 5 },
    { communeCode: MARSAN, besoins: ["garde_enfants"], createdDaysAgo: 6 },
    {
      communeCode: MARSAN,
      besoins: ["garde_enfants"],
      statut: "prise_en_charge",
      createdDaysAgo: 7,
      priseEnChargeApres: 2,
    },
    { communeCode: DAX, besoins: ["financier"], createdDaysAgo: 300 },
  ]);
  // Resources: 2 published lodgings in Dax (one used in the period), a published mobility in Marsan, a draft.
  const r1 = await createRessourceAt({ communeCode: DAX, type: "hebergement" });
  await createRessourceAt({ communeCode: DAX, type: "hebergement" });
  await createRessourceAt({ communeCode: MARSAN, type: "mobilite" });
  await createRessourceAt({ communeCode: DAX, type: "hebergement", statut: "brouillon" });
  await db.ressourceProposition.create({
    data: {
      demandeId: dax[0]!,
      ressourceId: r1,
      debut: instantFromToday(10, 0),
      fin: instantFromToday(20, 0),
      statut: "acceptee",
      decideeAt: instantFromToday(-5),
    },
  });
  // Memberships: 2 accepted in the first collège, 1 pending, 1 accepted in the second.
  // The reference collèges (kept between tests): the first two by order.
  const colleges = await db.college.findMany({ orderBy: { ordre: "asc" }, take: 2, select: { id: true } });
  const membre = (collegeId: string, statut: "acceptee" | "en_attente") =>
    createUser({ roles: [] }).then((u) =>
      db.collegeMembership.create({
        data: {
          collegeId,
          userId: u.id,
          motivation: "Participer.",
          statut,
          decideeAt: statut === "acceptee" ? instantFromToday(-40) : null,
        },
      }),
    );
  await membre(colleges[0]!.id, "acceptee");
  await membre(colleges[0]!.id, "acceptee");
  await membre(colleges[0]!.id, "en_attente");
  await membre(colleges[1]!.id, "acceptee");
}

async function load(id: IndicateurId, f: PeriodeFiltre = periode): Promise<Indicateur> {
  return getIndicateur(id, f);
}

beforeEach(() => {
  periode = { debut: inDays(-100), fin: todayInParis() };
});

describe("tableau de bord : indicateurs", () => {
  it("dit « aucune donnée » partout quand les tables sont vides (tous les indicateurs répondent)", async () => {
    const { isIndicateurVide } = await import("@/lib/gouvernance/tableau-de-bord/types");
    for (const id of INDICATEUR_IDS) {
      if (id === "gouvernance-colleges") continue; // reference collèges exist, with 0 members
      expect(isIndicateurVide(await load(id)), id).toBe(true);
    }
  });

  it("stages : places offertes et pourvues par territoire, public et diplôme (places pourvues de 1 à 4 masquées)", async () => {
    await fixture();
    // Offers and offered places are not about people; filled places (accepted learners) are.
    expect(table(await load("stages-places-territoire"))).toEqual({
      [T_DAX]: [2, 9, 8, 88.9],
      [T_MARSAN]: [1, 4, 0, NON_DIFFUSE],
      Total: [3, 13, 8, 61.5],
    });
    expect(table(await load("stages-places-public"))).toEqual({
      "Personnes âgées": [2, 9, 8, 88.9],
      "Non précisé": [1, 4, 0, NON_DIFFUSE],
      Total: [3, 13, 8, 61.5],
    });
    expect(table(await load("stages-places-diplome"))).toEqual({
      [DEAS]: [2, 9, 8, 88.9],
      [DEAES]: [2, 10, 6, 60],
    });
    // The last 15 days: S1 only, 2 places filled out of 3.
    const recent = { debut: inDays(-15), fin: todayInParis() };
    expect(table(await load("stages-places-territoire", recent))).toEqual({
      [T_DAX]: [1, 3, SECRET, NON_DIFFUSE],
      Total: [1, 3, SECRET, NON_DIFFUSE],
    });
  });

  it("stages : publiées, pourvues, expirées par mois ; candidatures, taux d'acceptation et délai médian", async () => {
    await fixture();
    const evolution = await load("stages-evolution");
    const sums = [0, 1, 2].map((i) => evolution.lignes.reduce((s, l) => s + (l.valeurs[i] as number), 0));
    expect(sums).toEqual([3, 1, 1]);
    expect(evolution.lignes.length).toBeGreaterThanOrEqual(4); // one line per month of the 101 days
    // One learner accepted in Dax: « 1 | 1 | 100 % » must not be readable, nor Marsan's single application.
    expect(table(await load("stages-candidatures"))).toEqual({
      [T_DAX]: [7, SECRET, NON_DIFFUSE, 3],
      [T_MARSAN]: [SECRET, 0, NON_DIFFUSE, NON_DIFFUSE],
      Total: [TOTAL_MASQUE, SECRET, NON_DIFFUSE, 2.5],
    });
    const recent = { debut: inDays(-9), fin: todayInParis() };
    expect(table(await load("stages-candidatures", recent))).toEqual({
      [T_DAX]: [SECRET, 0, NON_DIFFUSE, NON_DIFFUSE],
      Total: [SECRET, 0, NON_DIFFUSE, NON_DIFFUSE],
    });
  });

  it("stages : une réponse datée avant sa candidature est refusée à l'écriture ; le délai n'est jamais négatif", async () => {
    const employeur = await createOrganisation({ statut: "verifiee" });
    const site = await createSite({ organisationId: employeur.id, communeCode: DAX });
    const offre = await createStageOffre({
      organisationId: employeur.id,
      memberId: employeur.memberId,
      siteId: site.id,
      places: 10,
      publieeAt: instantFromToday(-30),
    });
    const apprenant = (await createUser()).id;
    // The demo seed once wrote this: sent "now", answered 8 days earlier (a -8.6-day median).
    const envoi = instantFromToday(-1);
    const avant = new Date(envoi.getTime() - 8 * 86_400_000);
    await expect(
      createCandidature({
        offreId: offre.id,
        apprenantId: apprenant,
        statut: "acceptee",
        createdAt: envoi,
        reponduAt: avant,
      }),
    ).rejects.toThrow(/Candidature_reponse_apres_envoi/);
    await expect(
      createCandidature({
        offreId: offre.id,
        apprenantId: apprenant,
        statut: "lue",
        createdAt: envoi,
        lueAt: avant,
      }),
    ).rejects.toThrow(/Candidature_reponse_apres_envoi/);
    for (let i = 0; i < 5; i++)
      await createCandidature({
        offreId: offre.id,
        apprenantId: apprenant,
        statut: "refusee",
        createdAt: instantFromToday(-20),
        lueAt: instantFromToday(-19),
        reponduAt: instantFromToday(-20 + i),
      });
    const delai = table(await load("stages-candidatures"))[T_DAX]![3];
    expect(delai).toBe(2);
  });

  it("formations : sessions et places par diplôme et territoire, prochaines rentrées", async () => {
    await fixture();
    expect(table(await load("formations-diplome"))).toEqual({
      [DEAS]: [1, 10],
      [DEAES]: [1, 8],
      Total: [2, 18],
    });
    expect(table(await load("formations-territoire"))).toEqual({
      [T_DAX]: [1, 10],
      [T_MARSAN]: [1, 8],
      Total: [2, 18],
    });
    const rentrees = await load("formations-rentrees");
    expect(rentrees.lignes).toHaveLength(6);
    const sums = [0, 1].map((i) => rentrees.lignes.reduce((s, l) => s + (l.valeurs[i] as number), 0));
    expect(sums).toEqual([1, 12]);
  });

  it("freins : chaque effectif de 1 à 4 est « < 5 », taux et médianes sur moins de 5 demandes non diffusés", async () => {
    await fixture();
    const besoins = table(await load("freins-besoins"));
    expect(besoins).toMatchObject({
      Logement: [10],
      Mobilité: [SECRET],
      "Garde d'enfants": [SECRET],
      Financier: [0],
      // Masked rows above: the total would reveal them by subtraction.
      Total: [TOTAL_MASQUE],
    });
    const territoires = table(await load("freins-territoires"));
    expect(territoires[T_DAX]).toEqual([10, 5, 50, 5.5, 10]);
    expect(territoires[T_MARSAN]).toEqual([SECRET, 0, NON_DIFFUSE, NON_DIFFUSE, null]);
    expect(territoires["Armagnac landais"]).toEqual([0, 0, null, null, null]);
    // The total and the rate (5 resolved / 38.5 % gives 13) would give Marsan's "< 5" back.
    expect(territoires.Total).toEqual([TOTAL_MASQUE, 5, NON_DIFFUSE, 5, 10]);
    expect(table(await load("freins-statuts"))).toMatchObject({
      Nouvelle: [SECRET],
      "Prise en charge": [6],
      Résolue: [5],
      Abandonnée: [0],
      Total: [TOTAL_MASQUE],
    });
    expect(table(await load("freins-ressources"))).toEqual({
      Hébergement: [2, SECRET],
      "Salle de formation": [0, 0],
      Mobilité: [1, 0],
      "Garde d'enfants": [0, 0],
      Autre: [0, 0],
      Total: [3, SECRET],
    });
  });

  it("freins : aucun nombre de 1 à 4 sur une demande, dans aucune case, même filtré par territoire", async () => {
    await fixture();
    const marsan = { ...periode, territoireId: await territoireOf(MARSAN) };
    for (const f of [periode, marsan]) {
      for (const id of ["freins-besoins", "freins-territoires", "freins-statuts"] as const) {
        const indicateur = await load(id, f);
        for (const ligne of indicateur.lignes)
          indicateur.series.forEach((serie, i) => {
            const v = ligne.valeurs[i];
            if (serie.format === "nombre") expect([1, 2, 3, 4], `${id} ${ligne.label}`).not.toContain(v);
          });
      }
    }
    expect(table(await load("freins-besoins", marsan))).toMatchObject({
      "Garde d'enfants": [SECRET],
      Total: [SECRET],
    });
  });

  it("gouvernance : membres acceptés par collège", async () => {
    await fixture();
    const [premier, second] = await db.college.findMany({
      orderBy: { ordre: "asc" },
      take: 2,
      select: { nom: true },
    });
    const colleges = await load("gouvernance-colleges");
    expect(colleges.lignes[0]).toEqual({ label: premier!.nom, total: false, valeurs: [2] });
    expect(colleges.lignes[1]).toEqual({ label: second!.nom, total: false, valeurs: [1] });
    expect(table(colleges).Total).toEqual([3]);
  });

  it("filtre territoire et période", async () => {
    await fixture();
    const dax = { ...periode, territoireId: await territoireOf(DAX) };
    expect(table(await load("stages-places-territoire", dax))).toEqual({
      [T_DAX]: [2, 9, 8, 88.9],
      Total: [2, 9, 8, 88.9],
    });
    expect(table(await load("formations-territoire", dax))).toEqual({ [T_DAX]: [1, 10], Total: [1, 10] });
    expect(table(await load("freins-ressources", dax))).toMatchObject({
      Hébergement: [2, SECRET],
      Mobilité: [0, 0],
    });
    // The last 15 days only: the 3 requests of Marsan.
    const recent = { debut: inDays(-15), fin: todayInParis() };
    expect(table(await load("freins-besoins", recent))).toMatchObject({
      Logement: [0],
      "Garde d'enfants": [SECRET],
      Total: [SECRET],
    });
  });
});

async function csv(query: string): Promise<Response> {
  return getCsv(new Request(`http://localhost/gouvernance/tableau-de-bord/csv?${query}`));
}

describe("tableau de bord : export CSV et accès", () => {
  it("exporte les mêmes valeurs que le tableau, « < 5 » compris", async () => {
    await fixture();
    signInAs(await createPersona("gouvernance"));
    const response = await csv(`indicateur=freins-besoins&du=${periode.debut}&au=${periode.fin}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename=tableau-de-bord-freins-besoins-/,
    );
    const text = await response.text();
    expect(text).toContain("Besoin;Demandes\r\n");
    expect(text).toContain("Logement;10\r\n");
    expect(text).toContain("Mobilité;< 5\r\n");
    expect(text).toContain("Garde d'enfants;< 5\r\n");
    expect(text).not.toMatch(/;[1-4]\r\n/);
    const territoires = await (
      await csv(`indicateur=freins-territoires&du=${periode.debut}&au=${periode.fin}&territoire=marsan`)
    ).text();
    expect(territoires).toContain(
      `${T_MARSAN};< 5;0;non diffusé (effectif < 5);non diffusé (effectif < 5);\r\n`,
    );
    // Applications too: the CSV reads the masked values of the table.
    const candidatures = await (
      await csv(`indicateur=stages-candidatures&du=${periode.debut}&au=${periode.fin}`)
    ).text();
    expect(candidatures).toContain(
      `${T_MARSAN};< 5;0;non diffusé (effectif < 5);non diffusé (effectif < 5)\r\n`,
    );
    expect(candidatures).toContain(`${T_DAX};7;< 5;non diffusé (effectif < 5);3\r\n`);
    // No count (applications, accepted) from 1 to 4 in any row (the last column is a delay in days).
    for (const row of candidatures.split("\r\n").slice(1, -1))
      expect(row.split(";").slice(1, 3), row).not.toContainEqual(expect.stringMatching(/^[1-4]$/));
  });

  it("refuse l'export : 401 sans connexion, 404 sans rôle, 404 pour un indicateur inconnu", async () => {
    expect((await csv("indicateur=freins-besoins")).status).toBe(401);
    for (const persona of ["apprenant", "employeur", "organisme", "cellule"] as PersonaName[]) {
      signInAs(await createPersona(persona));
      expect((await csv("indicateur=freins-besoins")).status, persona).toBe(404);
    }
    const famille = await createUser({ roles: [] });
    signInAs(famille.id);
    expect((await csv("indicateur=freins-besoins")).status, "famille").toBe(404);
    for (const persona of ["gouvernance", "staff"] as PersonaName[]) {
      signInAs(await createPersona(persona));
      expect((await csv("indicateur=freins-besoins")).status, persona).toBe(200);
      expect((await csv("indicateur=inconnu")).status).toBe(404);
    }
  });

  it("refuse la page : connexion demandée, puis 404 à qui n'est ni membre ni équipe", async () => {
    const page = () => TableauDeBordPage({ searchParams: Promise.resolve({}) });
    await expectRedirect(page(), "/connexion?retour=%2Fgouvernance%2Ftableau-de-bord");
    for (const persona of ["apprenant", "employeur", "organisme", "cellule"] as PersonaName[]) {
      signInAs(await createPersona(persona));
      await expect(page(), persona).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    }
    for (const persona of ["gouvernance", "staff"] as PersonaName[]) {
      signInAs(await createPersona(persona));
      await expect(page(), persona).resolves.toBeTruthy();
    }
  });
});
