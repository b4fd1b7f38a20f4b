// The public training catalogue (/formations) and a training's public page: which offers show, how
// each filter narrows them, the distance order, and what never shows (drafts, finished sessions).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dateFromIso } from "@/lib/dates";
import { haversineKm } from "@/lib/carte/geo";
import { FORMATIONS_PAGE_TAILLE, type FormationFilters } from "@/lib/formations/filters";
import { getFormationCatalogue, getFormationPublique } from "@/lib/formations/public-queries";
import { createOrganisation } from "@/tests/factories";
import { inDays } from "@/tests/support/dates";

const COMMUNES = {
  dax: { code: "40088", lat: 43.7025, lng: -1.06355 },
  saintPaul: { code: "40279", lat: 43.7484, lng: -1.09425 },
  capbreton: { code: "40065", lat: 43.6309, lng: -1.42915 },
  montDeMarsan: { code: "40192", lat: 43.8932, lng: -0.50105 },
} as const;
type CommuneKey = keyof typeof COMMUNES;

type SessionOptions = { commune?: CommuneKey; debut?: number; fin?: number; places?: number };
type FormationOptions = {
  titre?: string;
  statut?: "brouillon" | "soumise" | "publiee" | "refusee" | "archivee";
  diplome?: string;
  modalite?: "formation_initiale" | "apprentissage" | "formation_continue" | "vae" | "preparation";
  apprentissage?: boolean;
  organisationNom?: string;
  /** offsets in days from today */
  sessions?: SessionOptions[];
};

let sequence = 0;
const sites = new Map<string, string>();

async function siteIn(organisationId: string, commune: CommuneKey): Promise<string> {
  const key = `${organisationId}:${commune}`;
  const known = sites.get(key);
  if (known && (await db.site.count({ where: { id: known } }))) return known;
  const c = COMMUNES[commune];
  const site = await db.site.create({
    data: {
      organisationId,
      nom: `Campus ${commune}`,
      adresse: "1 rue de l'École",
      communeCode: c.code,
      latitude: c.lat,
      longitude: c.lng,
    },
    select: { id: true },
  });
  sites.set(key, site.id);
  return site.id;
}

/** A training offer written with Prisma directly, the way lib/formations/mutations.ts stores one. */
async function createFormation(options: FormationOptions = {}): Promise<string> {
  const n = ++sequence;
  const org = await createOrganisation({ type: "organisme_formation", statut: "verifiee" });
  if (options.organisationNom) {
    await db.organisation.update({ where: { id: org.id }, data: { nom: options.organisationNom } });
  }
  const sessions = options.sessions ?? [{}];
  const sessionRows = [];
  for (const s of sessions) {
    sessionRows.push({
      siteId: await siteIn(org.id, s.commune ?? "dax"),
      debut: dateFromIso(inDays(s.debut ?? 30)),
      fin: dateFromIso(inDays(s.fin ?? (s.debut ?? 30) + 300)),
      places: s.places ?? 12,
      rythme: "temps_plein" as const,
    });
  }
  const statut = options.statut ?? "publiee";
  const offre = await db.offreFormation.create({
    data: {
      organisationId: org.id,
      diplomeId: `diplome-${options.diplome ?? "deaes"}`,
      titre: options.titre ?? `Formation numéro ${n}`,
      modalite: options.modalite ?? "formation_initiale",
      description: "Une formation complète.",
      dureeHeures: 1400,
      heuresStage: 700,
      prerequis: "Aucun.",
      selection: "Entretien.",
      couts: "Gratuit pour les demandeurs d'emploi.",
      apprentissage: options.apprentissage ?? false,
      accessibiliteContact: "referent@exemple.fr",
      contact: "contact@exemple.fr",
      statut,
      publieeAt: statut === "publiee" ? new Date() : null,
      sessions: { create: sessionRows },
    },
    select: { id: true },
  });
  return offre.id;
}

async function ids(filters: FormationFilters = {}): Promise<string[]> {
  return (await getFormationCatalogue(filters)).items.map((i) => i.id).sort();
}

describe("catalogue des formations", () => {
  it("ne montre que les formations publiées ayant une session pas encore terminée", async () => {
    const publiee = await createFormation();
    const finitAujourdhui = await createFormation({ sessions: [{ debut: -300, fin: 0 }] });
    const enCours = await createFormation({ sessions: [{ debut: -10, fin: 100 }] });
    const uneFinie = await createFormation({
      sessions: [
        { debut: -400, fin: -5 },
        { debut: 60, commune: "capbreton" },
      ],
    });
    for (const statut of ["brouillon", "soumise", "refusee", "archivee"] as const) {
      await createFormation({ statut });
    }
    await createFormation({ sessions: [{ debut: -400, fin: -1 }] });

    expect(await ids()).toEqual([publiee, finitAujourdhui, enCours, uneFinie].sort());
    const { items, total, sites: lieux } = await getFormationCatalogue({});
    expect(total).toBe(4);
    // Only the sessions not finished are told, and only their sites are on the map.
    const item = items.find((i) => i.id === uneFinie)!;
    expect(item.sessions.map((s) => s.commune)).toEqual(["Capbreton"]);
    expect(lieux.filter((s) => s.formations.some((f) => f.id === uneFinie)).map((s) => s.commune)).toEqual([
      "Capbreton",
    ]);
  });

  it("chaque filtre restreint la liste", async () => {
    const deas = await createFormation({ diplome: "deas" });
    const vae = await createFormation({ modalite: "vae" });
    const apprentiFlag = await createFormation({ apprentissage: true });
    const apprentiModalite = await createFormation({ modalite: "apprentissage" });
    const marsan = await createFormation({ sessions: [{ commune: "montDeMarsan" }] });
    const tard = await createFormation({ sessions: [{ debut: 200 }] });
    const grande = await createFormation({ sessions: [{ places: 40 }] });
    const texte = await createFormation({
      titre: "Éducateur spécialisé en voie directe",
      organisationNom: "Œuvre des Pins",
    });

    const cases: [FormationFilters, string[]][] = [
      [{ diplome: "deas" }, [deas]],
      [{ modalite: "vae" }, [vae]],
      [{ modalite: "apprentissage" }, [apprentiModalite]],
      [{ apprentissage: true }, [apprentiFlag, apprentiModalite]],
      [{ territoire: "marsan" }, [marsan]],
      [{ du: inDays(150), au: inDays(250) }, [tard]],
      [{ du: inDays(150) }, [tard]],
      [{ au: inDays(29) }, []],
      [{ places: 30 }, [grande]],
      // Accents, case and the organisation's name (œ) do not matter.
      [{ q: "EDUCATEUR specialise" }, [texte]],
      [{ q: "oeuvre pins" }, [texte]],
      [{ q: "voie   éducateur" }, [texte]],
      [{ q: "%" }, []],
    ];
    for (const [filters, expected] of cases) {
      expect(await ids(filters), JSON.stringify(filters)).toEqual([...expected].sort());
    }
    // Filters add up.
    expect(await ids({ apprentissage: true, modalite: "apprentissage" })).toEqual([apprentiModalite]);
    expect(await ids({ diplome: "deas", modalite: "vae" })).toEqual([]);
  });

  it("les filtres de session portent sur une même session", async () => {
    // Dax late, Mont-de-Marsan soon: no session is both near Dax and soon.
    const deuxLieux = await createFormation({
      sessions: [
        { commune: "dax", debut: 300, places: 5 },
        { commune: "montDeMarsan", debut: 20, places: 25 },
      ],
    });
    expect(await ids({ commune: COMMUNES.dax.code, rayon: 10, au: inDays(60) })).toEqual([]);
    expect(await ids({ commune: COMMUNES.dax.code, rayon: 10, places: 20 })).toEqual([]);
    expect(await ids({ territoire: "marsan", au: inDays(60), places: 20 })).toEqual([deuxLieux]);
    const { items } = await getFormationCatalogue({ commune: COMMUNES.dax.code, rayon: 10 });
    expect(items.map((i) => i.sessions.map((s) => s.commune))).toEqual([["Dax"]]);
  });

  it("autour d'une commune : dans le rayon seulement, de la plus proche à la plus éloignée", async () => {
    const capbreton = await createFormation({ sessions: [{ commune: "capbreton", debut: 10 }] });
    const dax = await createFormation({ sessions: [{ commune: "dax", debut: 90 }] });
    const marsan = await createFormation({ sessions: [{ commune: "montDeMarsan", debut: 5 }] });
    const saintPaul = await createFormation({ sessions: [{ commune: "saintPaul", debut: 50 }] });
    // Two sites: its distance is the nearest one's (a tie with saintPaul, which starts sooner).
    const deuxSites = await createFormation({
      sessions: [
        { commune: "montDeMarsan", debut: 15 },
        { commune: "saintPaul", debut: 60 },
      ],
    });

    const {
      items,
      total,
      sites: lieux,
    } = await getFormationCatalogue({ commune: COMMUNES.dax.code, rayon: 35 });
    expect(items.map((i) => i.id)).toEqual([dax, saintPaul, deuxSites, capbreton]);
    expect(total).toBe(4);
    expect(items[0]!.distanceKm).toBeCloseTo(0, 3);
    expect(items[1]!.distanceKm).toBeCloseTo(haversineKm(COMMUNES.dax, COMMUNES.saintPaul), 6);
    expect(items[3]!.distanceKm).toBeCloseTo(haversineKm(COMMUNES.dax, COMMUNES.capbreton), 6);
    expect(items[2]!.sessions.map((s) => s.commune)).toEqual(["Saint-Paul-lès-Dax"]);
    expect(lieux.map((s) => s.commune).sort()).toEqual([
      "Capbreton",
      "Dax",
      "Saint-Paul-lès-Dax",
      "Saint-Paul-lès-Dax",
    ]);

    expect(await ids({ commune: COMMUNES.dax.code, rayon: 5 })).toEqual([dax]);
    expect(await ids({ commune: COMMUNES.dax.code, rayon: 60 })).toEqual(
      [dax, saintPaul, deuxSites, capbreton, marsan].sort(),
    );
    // Without a commune: the soonest session first.
    expect((await getFormationCatalogue({})).items.map((i) => i.id)).toEqual([
      marsan,
      capbreton,
      deuxSites,
      saintPaul,
      dax,
    ]);
  });

  it("la prochaine session est la première à commencer ; celles en cours viennent après", async () => {
    const enCours = await createFormation({ sessions: [{ debut: -10, fin: 200 }] });
    const enCoursPuisNouvelle = await createFormation({
      sessions: [
        { debut: -30, fin: 100 },
        { debut: 90, places: 7 },
      ],
    });
    const bientot = await createFormation({ sessions: [{ debut: 5 }] });
    const { items } = await getFormationCatalogue({});
    expect(items.map((i) => i.id)).toEqual([bientot, enCoursPuisNouvelle, enCours]);
    expect(items.map((i) => [i.prochaine.debut, i.prochaine.enCours])).toEqual([
      [inDays(5), false],
      [inDays(90), false],
      [inDays(-10), true],
    ]);
    expect(items[1]!.prochaine.places).toBe(7);
    expect(items[1]!.sessions).toHaveLength(2);
  });

  it("pagine la liste mais met tous les lieux sur la carte", async () => {
    const org = await createOrganisation({ type: "organisme_formation", statut: "verifiee" });
    const site = await siteIn(org.id, "dax");
    const n = FORMATIONS_PAGE_TAILLE + 3;
    for (let i = 0; i < n; i++) {
      await db.offreFormation.create({
        data: {
          organisationId: org.id,
          diplomeId: "diplome-deaes",
          titre: `Formation ${String(i).padStart(2, "0")}`,
          modalite: "formation_continue",
          description: "…",
          dureeHeures: 100,
          heuresStage: 0,
          prerequis: "…",
          selection: "…",
          couts: "…",
          accessibiliteContact: "…",
          contact: "…",
          statut: "publiee",
          sessions: {
            create: {
              siteId: site,
              debut: dateFromIso(inDays(10 + i)),
              fin: dateFromIso(inDays(40 + i)),
              places: 10,
              rythme: "temps_partiel",
            },
          },
        },
      });
    }
    const first = await getFormationCatalogue({}, 1);
    expect(first.total).toBe(n);
    expect(first.items).toHaveLength(FORMATIONS_PAGE_TAILLE);
    expect(first.sites).toHaveLength(1);
    expect(first.sites[0]!.formations).toHaveLength(n);
    expect((await getFormationCatalogue({}, 2)).items).toHaveLength(n);
  });

  it("une carte dit où, quand, combien de temps et combien de places", async () => {
    const id = await createFormation({
      diplome: "deme",
      sessions: [
        { commune: "saintPaul", debut: 80, fin: 500, places: 15 },
        { commune: "dax", debut: 20, fin: 400, places: 18 },
      ],
    });
    const [item] = (await getFormationCatalogue({})).items;
    expect(item).toMatchObject({
      id,
      diplome: { intitule: expect.stringContaining("moniteur-éducateur"), niveau: 4 },
      dureeHeures: 1400,
      heuresStage: 700,
      distanceKm: null,
      sessions: [
        { debut: inDays(20), fin: inDays(400), places: 18, commune: "Dax" },
        { debut: inDays(80), fin: inDays(500), places: 15, commune: "Saint-Paul-lès-Dax" },
      ],
    });
  });
});

describe("page publique d'une formation", () => {
  it("renvoie une formation publiée, avec ses sessions dans l'ordre", async () => {
    const id = await createFormation({
      sessions: [
        { debut: 100, commune: "capbreton" },
        { debut: -400, fin: -10 },
      ],
    });
    const formation = await getFormationPublique(id);
    expect(formation).toMatchObject({
      id,
      titre: expect.any(String),
      organisation: { nom: expect.any(String) },
    });
    expect(formation!.sessions.map((s) => s.site.commune.nom)).toEqual(["Dax", "Capbreton"]);
  });

  it("renvoie null pour une formation non publiée ou inconnue", async () => {
    for (const statut of ["brouillon", "soumise", "refusee", "archivee"] as const) {
      expect(await getFormationPublique(await createFormation({ statut })), statut).toBeNull();
    }
    expect(await getFormationPublique("inconnue")).toBeNull();
  });
});
