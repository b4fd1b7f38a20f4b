// Open data of the stage offers (JSON, CSV, JSON Schema) and the paging / sync parameters shared
// with the training exports: what a reuser gets, what never leaves the portal, and the French 400s.
import Ajv2020 from "ajv/dist/2020";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET as getFormationsCsv } from "@/app/api/formations/csv/route";
import { GET as getFormations } from "@/app/api/formations/route";
import { GET as getStagesCsv } from "@/app/api/stages/csv/route";
import { GET as getStages } from "@/app/api/stages/route";
import { GET as getSchema } from "@/app/api/stages/schema/route";
import { db } from "@/lib/db";
import { dateFromIso } from "@/lib/dates";
import type { OpenDataJson } from "@/lib/opendata/json";
import { STAGES_CSV_COLUMNS, type OpenDataStage } from "@/lib/opendata/stages";
import { createUser } from "@/tests/factories";
import { createCandidature, createStageOffre } from "@/tests/factories/stages";
import { inDays } from "@/tests/support/dates";

type StagesDocument = OpenDataJson<"stages", OpenDataStage>;

const call = (route: (r: Request) => Promise<Response>, query = "", path = "/api/stages") =>
  route(new Request(`http://localhost${path}${query ? `?${query}` : ""}`));

async function json(query = ""): Promise<StagesDocument> {
  const response = await call(getStages, query);
  expect(response.status).toBe(200);
  return (await response.json()) as StagesDocument;
}

/** Published offers a reuser must get, and offers of every other state (with personal data around). */
async function fixture() {
  const apprenant = await createUser({ email: "lea.martin@apprenant.example" });
  const visibles = [
    await createStageOffre({ titre: "Stage publié en EHPAD" }),
    await createStageOffre({ statut: "pourvue", titre: "Stage pourvu" }),
    await createStageOffre({ touteLAnnee: true, titre: "Stage toute l'année", gratification: true }),
  ];
  await createCandidature({
    offreId: visibles[0]!.id,
    apprenantId: apprenant.id,
    message: "Bonjour, je suis Léa Martin, joignable au 06 11 22 33 44.",
  });
  const cachees = [
    await createStageOffre({ statut: "brouillon" }),
    await createStageOffre({ statut: "soumise" }),
    await createStageOffre({ statut: "refusee", motifRefus: "Motif interne : tuteur absent en août." }),
    await createStageOffre({ statut: "archivee" }),
    await createStageOffre({ statut: "expiree" }),
    // Published, but its last period has ended: no longer shown to the public.
    await createStageOffre({ periodes: [{ debut: inDays(-60), fin: inDays(-1) }] }),
  ];
  return { visibles, cachees, apprenant };
}

describe("GET /api/stages (données ouvertes des offres de stage)", () => {
  it("publie les offres que le public voit, sans aucune donnée personnelle, conformes au schéma JSON", async () => {
    const { visibles, apprenant } = await fixture();
    const response = await call(getStages);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const text = await response.text();
    const doc = JSON.parse(text) as StagesDocument;
    expect(doc.licence.nom).toMatch(/Licence Ouverte/);
    expect(doc.stages.map((s) => s.id)).toEqual(visibles.map((v) => v.id).sort());
    expect(doc.nombreStages).toBe(3);
    expect(doc.pagination).toEqual({ taillePage: 1000, suivant: null });
    const pourvu = doc.stages.find((s) => s.titre === "Stage pourvu")!;
    expect(pourvu).toMatchObject({ ouverte: false, placesRestantes: 0 });
    expect(doc.stages.find((s) => s.titre === "Stage toute l'année")).toMatchObject({
      touteLAnnee: true,
      periodes: [],
      gratification: true,
    });
    expect(doc.stages[0]!.url).toMatch(/\/stages\/[a-z0-9]+$/);

    // The document is what the published schema says, strictly (no extra field).
    const schema = await (await getSchema()).json();
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);

    // Nothing about a person, in the JSON or the CSV: tutor, members, learners, moderation.
    const members = await db.user.findMany({
      where: { memberships: { some: {} } },
      select: { email: true, nom: true },
    });
    const csv = await (await call(getStagesCsv, "", "/api/stages/csv")).text();
    for (const output of [text, csv]) {
      for (const secret of [
        "Sandrine Lacoste",
        "Cadre de santé",
        "sandrine.lacoste@exemple.fr",
        apprenant.email,
        "Léa Martin",
        "06 11 22 33 44",
        "Motif interne",
        ...members.flatMap((m) => [m.email, m.nom]),
      ])
        expect(output, secret).not.toContain(secret);
      expect(output).not.toMatch(/tuteur|motif|candidat|email|courriel/i);
    }
  });

  it("donne un CSV pour tableur : BOM, une ligne par offre, colonnes documentées", async () => {
    await fixture();
    const response = await call(getStagesCsv, "", "/api/stages/csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe("attachment; filename=stages-iflts.csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(STAGES_CSV_COLUMNS.map((c) => c.name).join(";"));
    expect(lines).toHaveLength(1 + 3);
  });

  it("pagine de façon stable par identifiant : pages disjointes, complètes, insensibles aux ajouts", async () => {
    const created: string[] = [];
    for (let i = 0; i < 7; i++) created.push((await createStageOffre({ titre: `Stage ${i}` })).id);
    const all = [...created].sort();
    const first = await json("page_size=3");
    expect(first.stages.map((s) => s.id)).toEqual(all.slice(0, 3));
    expect(await json("page_size=3")).toMatchObject({ stages: first.stages }); // same request, same page
    expect(first.pagination.suivant).toBe(`http://localhost/api/stages?page_size=3&after=${all[2]}`);

    // An offer published meanwhile does not shift the next pages nor repeat an offer already read.
    await createStageOffre({ titre: "Publiée entre deux pages" });
    const seen = first.stages.map((s) => s.id);
    let next = first.pagination.suivant;
    while (next) {
      const page = await json(new URL(next).search.slice(1));
      seen.push(...page.stages.map((s) => s.id));
      next = page.pagination.suivant;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => created.includes(id))).toEqual(all);

    // The CSV pages the same way, the next page in a Link header.
    const csv = await call(getStagesCsv, "page_size=3", "/api/stages/csv");
    expect(csv.headers.get("link")).toBe(
      `<http://localhost/api/stages/csv?page_size=3&after=${all[2]}>; rel="next"`,
    );
    expect((await csv.text()).split("\r\n").filter(Boolean)).toHaveLength(1 + 3);
  });

  it("updated_since ne donne que les offres modifiées depuis, et les offres retirées depuis", async () => {
    const ancienne = await createStageOffre({ titre: "Inchangée depuis janvier" });
    const recente = await createStageOffre({ titre: "Modifiée cette semaine" });
    const retiree = await createStageOffre({ titre: "Archivée cette semaine" });
    const old = dateFromIso(inDays(-60));
    await db.$executeRaw`UPDATE "StageOffre" SET "updatedAt" = ${old} WHERE id = ${ancienne.id}`;
    await db.stageOffre.update({ where: { id: retiree.id }, data: { statut: "archivee" } });

    const since = inDays(-7);
    const doc = await json(`updated_since=${since}`);
    expect(doc.stages.map((s) => s.id)).toEqual([recente.id]);
    expect(doc.updatedSince).toBe(`${since}T00:00:00.000Z`);
    expect(doc.retraits.map((r) => r.id)).toEqual([retiree.id]);
    // An instant with its time zone works too; the sync filter and paging combine.
    const instant = encodeURIComponent(`${since}T08:00:00+02:00`);
    expect((await json(`updated_since=${instant}&page_size=1`)).stages.map((s) => s.id)).toEqual([
      recente.id,
    ]);
    expect((await json(`updated_since=${inDays(-90)}`)).stages).toHaveLength(2);
    // The training export takes the same parameter.
    const formations = await call(getFormations, `updated_since=${since}`, "/api/formations");
    expect(formations.status).toBe(200);
    expect(await formations.json()).toMatchObject({ updatedSince: `${since}T00:00:00.000Z`, formations: [] });
  });

  it("répond 400 en français, en JSON, à un paramètre invalide, sur chaque export (jamais 500)", async () => {
    const routes = [
      [getStages, "/api/stages"],
      [getStagesCsv, "/api/stages/csv"],
      [getFormations, "/api/formations"],
      [getFormationsCsv, "/api/formations/csv"],
    ] as const;
    const cases: [string, string, RegExp][] = [
      ["updated_since=hier", "updated_since", /date ISO 8601 attendue/],
      ["updated_since=2027-13-01", "updated_since", /date ISO 8601 attendue/],
      ["updated_since=2027-02-29", "updated_since", /date ISO 8601 attendue/],
      ["updated_since=0000-01-01", "updated_since", /entre l'an 2000 et l'an 9999/],
      ["updated_since=2027-03-01T08:00:00", "updated_since", /fuseau/],
      ["page_size=0", "page_size", /nombre entier de 1 à 1000/],
      ["page_size=1001", "page_size", /nombre entier de 1 à 1000/],
      ["page_size=abc", "page_size", /nombre entier de 1 à 1000/],
      ["page_size=2.5", "page_size", /nombre entier de 1 à 1000/],
      ["after=%3Cscript%3E", "after", /identifiant d'offre attendu/],
      ["after=%00", "after", /identifiant d'offre attendu/],
      ["page_size=10&page_size=20", "page_size", /plusieurs fois/],
    ];
    for (const [route, path] of routes) {
      for (const [query, champ, message] of cases) {
        const response = await call(route, query, path);
        expect(response.status, `${path}?${query}`).toBe(400);
        expect(response.headers.get("content-type")).toMatch(/^application\/json/);
        const body = (await response.json()) as {
          erreur: string;
          champs: { champ: string; message: string }[];
        };
        expect(body.erreur).toMatch(/^Paramètres invalides/);
        expect(body.champs.find((c) => c.champ === champ)?.message, `${path}?${query}`).toMatch(message);
      }
    }
  });
});

describe("paramètres générés", () => {
  it("quoi qu'on envoie, chaque export répond 200 ou un 400 JSON en français, jamais 500", async () => {
    await createStageOffre();
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: "grapheme", maxLength: 30 }),
      fc.integer().map(String),
      fc.double().map(String),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.constantFrom("", "%00", "\u0000", "__proto__", "1e3", "-1", "2027-02-29", "NaN"),
    );
    const query = fc.dictionary(fc.constantFrom("updated_since", "page_size", "after", "autre"), value);
    const routes = [getStages, getStagesCsv, getFormations, getFormationsCsv];
    await fc.assert(
      fc.asyncProperty(query, fc.constantFrom(...routes.keys()), async (params, r) => {
        const response = await routes[r]!(
          new Request(`http://localhost/api/x?${new URLSearchParams(params).toString()}`),
        );
        expect([200, 400]).toContain(response.status);
        if (response.status === 400)
          expect(((await response.json()) as { erreur: string }).erreur).toMatch(/^Paramètres invalides/);
      }),
      { numRuns: 60 },
    );
  });
});

describe("GET /api/stages/schema", () => {
  it("publie un schéma JSON documenté de chaque champ", async () => {
    const response = await getSchema();
    expect(response.headers.get("content-type")).toBe("application/schema+json; charset=utf-8");
    const schema = (await response.json()) as {
      $defs: { stage: { properties: Record<string, { description?: string }>; required: string[] } };
    };
    const stage = schema.$defs.stage;
    for (const [name, property] of Object.entries(stage.properties))
      expect(property.description, name).toMatch(/\S/);
    expect(Object.keys(stage.properties).some((k) => /tuteur/i.test(k))).toBe(false);
  });
});
