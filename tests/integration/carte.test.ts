// The stage map: the filters → SQL translation (list and endpoint), the endpoint's answers and what it never sends.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/carte/stages/route";
import { db } from "@/lib/db";
import { dateFromIso } from "@/lib/dates";
import { haversineKm, LANDES_BBOX_ARRAY } from "@/lib/carte/geo";
import { PAGE_TAILLE, type CarteFilters } from "@/lib/carte/filters";
import { getCarteStageList } from "@/lib/carte/queries";
import { MARKERS_MAX, type CarteMapData } from "@/lib/carte/sql";
import { createOrganisation } from "@/tests/factories";
import { inDays } from "@/tests/support/dates";

const COMMUNES = {
  dax: { code: "40088", lat: 43.7025, lng: -1.06355 },
  saintPaul: { code: "40279", lat: 43.7484, lng: -1.09425 },
  capbreton: { code: "40065", lat: 43.6309, lng: -1.42915 },
  montDeMarsan: { code: "40192", lat: 43.8932, lng: -0.50105 },
  biscarrosse: { code: "40046", lat: 44.40775, lng: -1.15225 },
} as const;
type CommuneKey = keyof typeof COMMUNES;

const PRIVATE_CONTACT = "tuteur.prive@exemple.fr";
let sequence = 0;

type OffreOptions = {
  titre?: string;
  commune?: CommuneKey;
  statut?: "brouillon" | "soumise" | "publiee" | "pourvue" | "expiree" | "archivee" | "refusee";
  placesRestantes?: number;
  diplomes?: string[];
  publicId?: string | null;
  categorieId?: string | null;
  logement?: boolean;
  sansVoiture?: boolean;
  /** null: all year round */
  periodes?: { debut: string; fin: string }[] | null;
  publieeAt?: Date;
  organisationNom?: string;
};

/** A stage offer written with Prisma directly, the way lib/stages/mutations.ts stores one. */
async function createOffre(options: OffreOptions = {}): Promise<string> {
  const n = ++sequence;
  const commune = COMMUNES[options.commune ?? "dax"];
  const org = await createOrganisation({ statut: "verifiee" });
  if (options.organisationNom) {
    await db.organisation.update({ where: { id: org.id }, data: { nom: options.organisationNom } });
  }
  const site = await db.site.create({
    data: {
      organisationId: org.id,
      nom: `Site ${n}`,
      adresse: "1 rue des Pins",
      communeCode: commune.code,
      latitude: commune.lat,
      longitude: commune.lng,
    },
  });
  const periodes =
    options.periodes === undefined ? [{ debut: inDays(30), fin: inDays(60) }] : options.periodes;
  const offre = await db.stageOffre.create({
    data: {
      organisationId: org.id,
      siteId: site.id,
      titre: options.titre ?? `Stage numéro ${n}`,
      description: "Accueil et accompagnement des résidents.",
      niveau: "Toutes années",
      publicId: options.publicId ?? null,
      categorieId: options.categorieId ?? null,
      touteLAnnee: periodes === null,
      dureeMinSemaines: 2,
      dureeMaxSemaines: 6,
      places: 3,
      placesRestantes: options.placesRestantes ?? 2,
      tuteurNom: "Camille Tuteur",
      tuteurFonction: "Cadre de santé",
      tuteurContact: PRIVATE_CONTACT,
      logement: options.logement ?? false,
      sansVoiture: options.sansVoiture ?? false,
      statut: options.statut ?? "publiee",
      publieeAt: options.publieeAt ?? new Date(Date.now() - n * 60_000),
      finDernierePeriode:
        periodes === null
          ? null
          : dateFromIso(
              periodes
                .map((p) => p.fin)
                .sort()
                .at(-1)!,
            ),
      latitude: commune.lat,
      longitude: commune.lng,
      communeCode: commune.code,
      diplomes: { create: (options.diplomes ?? ["deaes"]).map((slug) => ({ diplomeId: `diplome-${slug}` })) },
      periodes: {
        create: (periodes ?? []).map((p) => ({ debut: dateFromIso(p.debut), fin: dateFromIso(p.fin) })),
      },
    },
    select: { id: true },
  });
  return offre.id;
}

async function listIds(filters: CarteFilters = {}): Promise<string[]> {
  return (await getCarteStageList(filters, 1)).items.map((i) => i.id);
}

const bbox = LANDES_BBOX_ARRAY.join(",");

async function callEndpoint(query: string): Promise<Response> {
  return GET(new Request(`http://localhost/api/carte/stages?${query}`));
}

async function endpointIds(query: string): Promise<string[]> {
  const response = await callEndpoint(`${query}${query ? "&" : ""}bbox=${bbox}&zoom=9`);
  expect(response.status).toBe(200);
  const data = (await response.json()) as CarteMapData;
  if (data.mode !== "points") throw new Error("points attendus");
  return data.stages.map((s) => s[0]).sort();
}

describe("offres montrées sur la carte", () => {
  it("seules les offres publiées, avec des places, et pas encore passées apparaissent", async () => {
    const publiee = await createOffre();
    const touteLAnnee = await createOffre({ periodes: null });
    const finitAujourdhui = await createOffre({ periodes: [{ debut: inDays(-20), fin: inDays(0) }] });
    for (const statut of ["brouillon", "soumise", "pourvue", "expiree", "archivee", "refusee"] as const) {
      await createOffre({ statut });
    }
    await createOffre({ placesRestantes: 0 });
    // Still "publiee" because the expiry job has not run yet, but its last period ended yesterday.
    await createOffre({ periodes: [{ debut: inDays(-30), fin: inDays(-1) }] });

    const expected = [publiee, touteLAnnee, finitAujourdhui].sort();
    expect((await listIds()).sort()).toEqual(expected);
    expect(await endpointIds("")).toEqual(expected);
  });

  it("chaque filtre restreint la liste et les repères de la même façon", async () => {
    const deas = await createOffre({ diplomes: ["deas", "deaes"] });
    const handicap = await createOffre({ publicId: "public-handicap" });
    const ehpad = await createOffre({ categorieId: "categorie-ehpad" });
    const marsan = await createOffre({ commune: "montDeMarsan" });
    const capbreton = await createOffre({ commune: "capbreton" });
    const logement = await createOffre({ logement: true });
    const sansVoiture = await createOffre({ sansVoiture: true });
    const quatrePlaces = await createOffre({ placesRestantes: 4 });
    const hiver = await createOffre({ periodes: [{ debut: inDays(100), fin: inDays(120) }] });
    const touteLAnnee = await createOffre({ periodes: null });
    const texte = await createOffre({
      titre: "Stage d'éducateur spécialisé en MECS",
      organisationNom: "Œuvre du Pin",
    });

    const cases: [CarteFilters, string, string[]][] = [
      [{ diplome: "deas" }, "diplome=deas", [deas]],
      [{ public: "HANDICAP" }, "public=HANDICAP", [handicap]],
      [{ categorie: "EHPAD" }, "categorie=EHPAD", [ehpad]],
      [{ territoire: "marsan" }, "territoire=marsan", [marsan]],
      [{ epci: "244000865" }, "epci=244000865", [capbreton]],
      [{ logement: true }, "logement=on", [logement]],
      [{ sansVoiture: true }, "sansVoiture=on", [sansVoiture]],
      [{ places: 3 }, "places=3", [quatrePlaces]],
      [{ du: inDays(90), au: inDays(130) }, `du=${inDays(90)}&au=${inDays(130)}`, [hiver, touteLAnnee]],
      [{ du: inDays(125) }, `du=${inDays(125)}`, [touteLAnnee]],
      [{ au: inDays(20) }, `au=${inDays(20)}`, [touteLAnnee]],
      // Accents, case and the organisation's name (œ) do not matter.
      [{ q: "EDUCATEUR specialise" }, "q=EDUCATEUR%20specialise", [texte]],
      [{ q: "oeuvre" }, "q=oeuvre", [texte]],
      [{ q: "mecs pin" }, "q=mecs%20pin", [texte]],
      // Well formed but unknown: nothing matches (the page drops such a value and says so).
      [{ diplome: "inconnu" }, "diplome=inconnu", []],
      [{ commune: "40999", rayon: 30 }, "commune=40999", []],
      [{ territoire: "marsan", epci: "244000865" }, "territoire=marsan&epci=244000865", []],
      // Wildcards are taken literally.
      [{ q: "%" }, "q=%25", []],
      [{ q: "Stage_d" }, "q=Stage_d", []],
    ];
    for (const [filters, query, expected] of cases) {
      expect((await listIds(filters)).sort(), JSON.stringify(filters)).toEqual([...expected].sort());
      expect(await endpointIds(query), query).toEqual([...expected].sort());
    }
  });

  it("autour d'une commune : dans le rayon seulement, du plus proche au plus loin", async () => {
    const dax = await createOffre({ commune: "dax", publieeAt: new Date("2026-01-01") });
    const saintPaul = await createOffre({ commune: "saintPaul", publieeAt: new Date("2026-03-01") });
    const capbreton = await createOffre({ commune: "capbreton", publieeAt: new Date("2026-06-01") });
    const marsan = await createOffre({ commune: "montDeMarsan", publieeAt: new Date("2026-09-01") });
    const biscarrosse = await createOffre({ commune: "biscarrosse" });

    const { items, total } = await getCarteStageList({ commune: COMMUNES.dax.code, rayon: 35 }, 1);
    expect(items.map((i) => i.id)).toEqual([dax, saintPaul, capbreton]);
    expect(total).toBe(3);
    expect(items[1]!.distanceKm).toBeCloseTo(haversineKm(COMMUNES.dax, COMMUNES.saintPaul), 3);
    expect(items[2]!.distanceKm).toBeGreaterThan(30);

    expect(await listIds({ commune: COMMUNES.dax.code, rayon: 5 })).toEqual([dax]);
    expect((await listIds({ commune: COMMUNES.dax.code, rayon: 60 })).sort()).toEqual(
      [dax, saintPaul, capbreton, marsan].sort(),
    );
    expect(await endpointIds(`commune=${COMMUNES.dax.code}&rayon=35`)).toEqual(
      [dax, saintPaul, capbreton].sort(),
    );
    // Without a commune: newest first, no distance.
    const recent = (await getCarteStageList({}, 1)).items;
    expect(recent.map((i) => i.id).filter((id) => id !== biscarrosse)).toEqual([
      marsan,
      capbreton,
      saintPaul,
      dax,
    ]);
    expect(recent[0]).toMatchObject({ id: biscarrosse, distanceKm: null });
  });

  it("la liste est paginée : « Voir plus » allonge la liste", async () => {
    const org = await createOrganisation({ statut: "verifiee" });
    const site = await db.site.create({
      data: {
        organisationId: org.id,
        nom: "Site",
        adresse: "1 rue",
        communeCode: COMMUNES.dax.code,
        latitude: COMMUNES.dax.lat,
        longitude: COMMUNES.dax.lng,
      },
    });
    await db.stageOffre.createMany({
      data: Array.from({ length: PAGE_TAILLE + 5 }, (_, i) => ({
        organisationId: org.id,
        siteId: site.id,
        titre: `Stage ${i}`,
        description: "…",
        niveau: "Toutes années",
        touteLAnnee: true,
        dureeMinSemaines: 1,
        dureeMaxSemaines: 2,
        places: 1,
        placesRestantes: 1,
        tuteurNom: "x",
        tuteurFonction: "x",
        tuteurContact: PRIVATE_CONTACT,
        statut: "publiee" as const,
        publieeAt: new Date(Date.now() - i * 1000),
        latitude: COMMUNES.dax.lat,
        longitude: COMMUNES.dax.lng,
        communeCode: COMMUNES.dax.code,
      })),
    });
    const first = await getCarteStageList({}, 1);
    expect(first).toMatchObject({ total: PAGE_TAILLE + 5 });
    expect(first.items).toHaveLength(PAGE_TAILLE);
    expect(first.items[0]!.titre).toBe("Stage 0");
    expect((await getCarteStageList({}, 2)).items).toHaveLength(PAGE_TAILLE + 5);
  });
});

describe("GET /api/carte/stages", () => {
  it("répond en JSON public, mis en cache peu de temps, sans aucune donnée privée", async () => {
    const id = await createOffre({ titre: "Stage en EHPAD", organisationNom: "EHPAD Les Pins" });
    const response = await callEndpoint(`bbox=${bbox}&zoom=9`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    const text = await response.text();
    const data = JSON.parse(text) as CarteMapData;
    expect(data).toMatchObject({ mode: "points", total: 1 });
    expect(data.mode === "points" && data.stages[0]).toEqual([
      id,
      COMMUNES.dax.lat,
      COMMUNES.dax.lng,
      "Stage en EHPAD",
      "EHPAD Les Pins",
      "Dax",
      2,
    ]);
    for (const secret of [
      PRIVATE_CONTACT,
      "Camille Tuteur",
      "Cadre de santé",
      "Accueil et accompagnement",
      "siret",
    ]) {
      expect(text).not.toContain(secret);
    }
    // Nor does the page's list carry the tutor's fields.
    const { items } = await getCarteStageList({}, 1);
    expect(JSON.stringify(items)).not.toContain(PRIVATE_CONTACT);
    expect(Object.keys(items[0]!)).not.toContain("tuteurContact");
  });

  it("ne renvoie que les offres du cadre demandé", async () => {
    const dax = await createOffre({ commune: "dax" });
    await createOffre({ commune: "biscarrosse" });
    const response = await callEndpoint("bbox=-1.2,43.6,-0.9,43.8&zoom=11");
    const data = (await response.json()) as CarteMapData;
    expect(data.mode === "points" && data.stages.map((s) => s[0])).toEqual([dax]);
  });

  it("regroupe par secteur au-delà du nombre de repères qu'elle envoie", async () => {
    const org = await createOrganisation({ statut: "verifiee" });
    const site = await db.site.create({
      data: {
        organisationId: org.id,
        nom: "Site",
        adresse: "1 rue",
        communeCode: COMMUNES.dax.code,
        latitude: COMMUNES.dax.lat,
        longitude: COMMUNES.dax.lng,
      },
    });
    const count = MARKERS_MAX + 1;
    await db.stageOffre.createMany({
      data: Array.from({ length: count }, (_, i) => {
        const c = i % 2 === 0 ? COMMUNES.dax : COMMUNES.montDeMarsan;
        return {
          organisationId: org.id,
          siteId: site.id,
          titre: `Stage ${i}`,
          description: "…",
          niveau: "Toutes années",
          touteLAnnee: true,
          dureeMinSemaines: 1,
          dureeMaxSemaines: 2,
          places: 1,
          placesRestantes: 1,
          tuteurNom: "x",
          tuteurFonction: "x",
          tuteurContact: PRIVATE_CONTACT,
          statut: "publiee" as const,
          publieeAt: new Date(),
          latitude: c.lat,
          longitude: c.lng,
          communeCode: c.code,
        };
      }),
    });
    const response = await callEndpoint(`bbox=${bbox}&zoom=9`);
    const data = (await response.json()) as CarteMapData;
    expect(data).toMatchObject({ mode: "groupes", total: count });
    expect(data.mode === "groupes" && data.groupes.map((g) => g[0]).sort()).toEqual([1000, 1001]);

    // Many offers around, but few left by the other filters: markers after all.
    const one = await db.stageOffre.findFirstOrThrow({ where: { titre: "Stage 7" }, select: { id: true } });
    await db.stageOffreDiplome.create({ data: { offreId: one.id, diplomeId: "diplome-deas" } });
    const filtered = (await (await callEndpoint(`diplome=deas&bbox=${bbox}&zoom=9`)).json()) as CarteMapData;
    expect(filtered).toMatchObject({ mode: "points", total: 1 });
    expect(filtered.mode === "points" && filtered.stages[0]![0]).toBe(one.id);
  });

  it.each([
    ["zoom=9", "bbox", /obligatoire/],
    [`bbox=1,2,3&zoom=9`, "bbox", /quatre nombres/],
    [`bbox=a,b,c,d&zoom=9`, "bbox", /quatre nombres/],
    [`bbox=0,44,-1,45&zoom=9`, "bbox", /minimum/],
    [`bbox=-200,44,1,45&zoom=9`, "bbox", /hors limites/],
    [`bbox=${bbox}`, "zoom", /obligatoire/],
    [`bbox=${bbox}&zoom=9.5`, "zoom", /entier/],
    [`bbox=${bbox}&zoom=42`, "zoom", /entier/],
    [`bbox=${bbox}&zoom=9&commune=40088&rayon=100`, "rayon", /entre 5 et 60/],
    [`bbox=${bbox}&zoom=9&commune=Dax`, "commune", /INSEE/],
    [`bbox=${bbox}&zoom=9&du=2027-02-30`, "du", /date invalide/],
    [`bbox=${bbox}&zoom=9&du=2027-03-01&au=2027-02-01`, "periode", /fin est avant/],
    [`bbox=${bbox}&zoom=9&places=0`, "places", /places/],
    [`bbox=${bbox}&zoom=9&logement=peut-etre`, "logement", /case à cocher/],
  ])("400 en JSON pour %s", async (query, champ, message) => {
    const response = await callEndpoint(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { erreur: string; champs: Record<string, string> };
    expect(body.erreur).toMatch(/invalides/);
    expect(body.champs[champ]).toMatch(message);
  });
});
