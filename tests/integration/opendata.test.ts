// Open data exports (JSON, CSV, LHÉO), the métier counts and the demo training offers, on a real database.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { GET as getCsv } from "@/app/api/formations/csv/route";
import { GET as getLheo } from "@/app/api/formations/lheo/route";
import { GET as getJson } from "@/app/api/formations/route";
import type { FormationStatut, StageStatut } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { dateFromIso, isoFromDate, todayInParis } from "@/lib/dates";
import { sessionEtat } from "@/lib/formations/constants";
import { getMetierDetail, getMetierSummaryList } from "@/lib/metiers/queries";
import { CSV_COLUMNS } from "@/lib/opendata/csv";
import type { OpenDataDocument } from "@/lib/opendata/json";
import { siretValid } from "@/lib/validation/identifiants";
import { DEMO_FORMATION_ID_PREFIX, seedDemoFormations } from "@/prisma/demo/formations";
import { categorieId } from "@/prisma/reference/categories";
import { DIPLOMES, diplomeId } from "@/prisma/reference/diplomes";
import { seedDatabase } from "@/prisma/seed";
import { createUser, uniqueSiret } from "@/tests/factories";
import { inDays } from "@/tests/support/dates";

const TODAY = todayInParis();

// --- Fixture -------------------------------------------------------------------------------------

let numeros = 0;

/** A verified training body with one site; a declaration number unless `numeroActivite` is null. */
async function organisme(nom: string, communeCode = "40088", numeroActivite?: string | null) {
  const member = await createUser({ roles: [] });
  const org = await db.organisation.create({
    data: {
      type: "organisme_formation",
      nom,
      siret: uniqueSiret(),
      numeroActivite: numeroActivite === undefined ? `7540${String(10000 + ++numeros)}40` : numeroActivite,
      adresse: "5 rue de l'Adour",
      communeCode,
      statut: "verifiee",
      verifiedAt: new Date(),
      members: { create: { userId: member.id } },
    },
    select: { id: true, siret: true },
  });
  const site = await db.site.create({
    data: {
      organisationId: org.id,
      nom: "Campus des Arènes",
      adresse: "12 boulevard des Arènes",
      communeCode,
      latitude: 43.7025,
      longitude: -1.06355,
    },
    select: { id: true },
  });
  return { ...org, siteId: site.id, memberEmail: member.email };
}

type SessionSpec = { debut: string; fin: string; places?: number; limite?: string | null };

async function offreFormation(
  org: { id: string; siteId: string },
  statut: FormationStatut,
  sessions: SessionSpec[],
  overrides: {
    titre?: string;
    description?: string;
    couts?: string;
    contact?: string;
    diplome?: string;
    modalite?: "formation_initiale" | "apprentissage" | "formation_continue" | "vae" | "preparation";
    codesPublicVise?: string[];
    prerequis?: string;
    adresse?: string;
  } = {},
) {
  return db.offreFormation.create({
    data: {
      organisationId: org.id,
      diplomeId: diplomeId(overrides.diplome ?? "deaes"),
      titre: overrides.titre ?? `Offre ${statut}`,
      modalite: overrides.modalite ?? "apprentissage",
      description: overrides.description ?? "Formation au DEAES en alternance.",
      dureeHeures: 1407,
      heuresStage: 840,
      prerequis: overrides.prerequis ?? "Aucun diplôme exigé.",
      selection: "Dossier et entretien.",
      couts: overrides.couts ?? "Gratuit pour l'apprenti.",
      apprentissage: true,
      accessibiliteContact: "Référente handicap : Anne Duprat",
      contact: overrides.contact ?? "Secrétariat : 05 36 49 10 10 – formations@adour.example",
      lienOrganisme: "https://adour.example/deaes",
      codesPublicVise: overrides.codesPublicVise ?? ["80006"],
      statut,
      publieeAt: statut === "publiee" ? new Date() : null,
      sessions: {
        create: sessions.map((s) => ({
          siteId: org.siteId,
          debut: dateFromIso(s.debut),
          fin: dateFromIso(s.fin),
          dateLimiteCandidature:
            s.limite === undefined ? dateFromIso(inDays(10)) : s.limite && dateFromIso(s.limite),
          places: s.places ?? 18,
          rythme: "alternance",
          rythmeDetail: "2 jours en centre, 3 jours en structure",
        })),
      },
    },
    select: { id: true, titre: true, description: true },
  });
}

const TITRE_PIEGE = 'DEAES « en alternance » & <b>apprentissage</b> ; "Landes"';
const DESCRIPTION_PIEGE = 'Ligne 1 ; avec point-virgule\nLigne 2 : "guillemets" & <balise> l\'apostrophe';
const COUTS_FORMULE = '=HYPERLINK("http://exemple.invalid";"gratuit")';

/** Two published offers (three sessions), and one offer of every other status. */
async function openDataFixture() {
  const adour = await organisme("Institut Adour");
  const marsan = await organisme("Centre du Marsan", "40192");
  const publiee = await offreFormation(
    adour,
    "publiee",
    [
      { debut: inDays(-400), fin: inDays(-40), places: 12 },
      { debut: inDays(60), fin: inDays(420), places: 18 },
    ],
    { titre: TITRE_PIEGE, description: DESCRIPTION_PIEGE, couts: COUTS_FORMULE },
  );
  const autre = await offreFormation(
    marsan,
    "publiee",
    [{ debut: inDays(30), fin: inDays(300), places: 24, limite: null }],
    {
      diplome: "deas",
      titre: "Aide-soignant en formation initiale",
    },
  );
  const hidden = [];
  for (const statut of ["brouillon", "soumise", "refusee", "archivee"] as const) {
    hidden.push(await offreFormation(adour, statut, [{ debut: inDays(60), fin: inDays(400) }]));
  }
  return { adour, marsan, publiee, autre, hidden };
}

// --- A strict XML reader for the round trip (the elements and attributes the export writes) -----

type XNode = { name: string; attributes: Record<string, string>; children: (XNode | string)[] };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Recursive-descent parser: declaration, elements, double-quoted attributes, text, the five entities and character references. */
function parseXml(xml: string): XNode {
  let i = 0;
  const fail = (message: string): never => {
    throw new Error(`XML invalide à la position ${i} : ${message} (« ${xml.slice(i, i + 40)} »)`);
  };
  const skipSpace = () => {
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
  };
  const expectText = (s: string) => {
    if (!xml.startsWith(s, i)) fail(`« ${s} » attendu`);
    i += s.length;
  };
  const NAME = /[A-Za-z_][A-Za-z0-9_.-]*/y;
  const readName = (): string => {
    NAME.lastIndex = i;
    const match = NAME.exec(xml);
    if (!match) return fail("nom d'élément ou d'attribut attendu");
    i += match[0].length;
    return match[0];
  };
  const decode = (raw: string): string => {
    if (/&(?!(?:#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);)/.test(raw)) fail("& non échappé");
    if (raw.includes("<") || raw.includes(">")) fail("< ou > non échappé");
    return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_m, ref: string) =>
      ref.startsWith("#x")
        ? String.fromCodePoint(parseInt(ref.slice(2), 16))
        : ref.startsWith("#")
          ? String.fromCodePoint(Number(ref.slice(1)))
          : ENTITIES[ref]!,
    );
  };
  const element = (): XNode => {
    expectText("<");
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (xml.startsWith("/>", i)) {
        i += 2;
        return { name, attributes, children: [] };
      }
      if (xml[i] === ">") {
        i += 1;
        break;
      }
      const attribute = readName();
      skipSpace();
      expectText("=");
      skipSpace();
      expectText('"');
      const end = xml.indexOf('"', i);
      if (end < 0) fail("guillemet fermant manquant");
      if (attribute in attributes) fail(`attribut ${attribute} en double`);
      attributes[attribute] = decode(xml.slice(i, end));
      i = end + 1;
    }
    const children: (XNode | string)[] = [];
    for (;;) {
      if (i >= xml.length) fail(`</${name}> manquant`);
      if (xml.startsWith("</", i)) {
        i += 2;
        const closing = readName();
        if (closing !== name) fail(`</${name}> attendu, </${closing}> trouvé`);
        skipSpace();
        expectText(">");
        return { name, attributes, children };
      }
      if (xml[i] === "<") {
        children.push(element());
        continue;
      }
      const next = xml.indexOf("<", i);
      const raw = xml.slice(i, next < 0 ? xml.length : next);
      i += raw.length;
      // Whitespace between elements is indentation; text-only elements are written inline.
      if (raw.trim()) children.push(decode(raw));
    }
  };
  if (xml.startsWith("<?xml")) {
    const end = xml.indexOf("?>");
    if (end < 0) fail("déclaration XML non fermée");
    i = end + 2;
  }
  skipSpace();
  const root = element();
  skipSpace();
  if (i !== xml.length) fail("contenu après l'élément racine");
  return root;
}

const elements = (node: XNode, name?: string): XNode[] =>
  node.children.filter((c): c is XNode => typeof c !== "string" && (name === undefined || c.name === name));

function one(node: XNode, name: string): XNode {
  const found = elements(node, name);
  if (found.length !== 1) throw new Error(`<${node.name}> : un <${name}> attendu, ${found.length} trouvé(s)`);
  return found[0]!;
}

function textOf(node: XNode): string {
  if (node.children.some((c) => typeof c !== "string"))
    throw new Error(`<${node.name}> contient des éléments`);
  return node.children.join("");
}

/** Text at a path of single children: at(formation, "organisme-formation-responsable", "raison-sociale"). */
const at = (node: XNode, ...path: string[]): string => textOf(path.reduce(one, node));

// --- Tests ---------------------------------------------------------------------------------------

describe("GET /api/formations (JSON)", () => {
  it("ne publie que les offres publiées, avec leurs sessions, sans donnée personnelle des comptes", async () => {
    const { adour, publiee, autre } = await openDataFixture();
    const response = await getJson(new Request("http://localhost/api/formations"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const text = await response.text();
    const body = JSON.parse(text) as OpenDataDocument;

    expect(body.licence.nom).toMatch(/Licence Ouverte/);
    expect(new Date(body.generatedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(body.documentation).toMatch(/\/donnees-ouvertes$/);
    expect(body.nombreFormations).toBe(2);
    expect(body.formations.map((f) => f.formation.id).sort()).toEqual([publiee.id, autre.id].sort());

    const item = body.formations.find((f) => f.formation.id === publiee.id)!;
    expect(item.organisme).toEqual({
      siret: adour.siret,
      numeroActivite: expect.stringMatching(/^7540\d{5}40$/),
      nom: "Institut Adour",
      adresse: "5 rue de l'Adour",
      codePostal: "40100",
      commune: "Dax",
      codeInsee: "40088",
    });
    expect(item.formation).toMatchObject({
      intitule: TITRE_PIEGE,
      description: DESCRIPTION_PIEGE,
      diplome: { code: "DEAES", niveau: 3, rncp: "RNCP36004" },
      modalite: "apprentissage",
      dureeHeures: 1407,
      heuresStage: 840,
      financements: { region: false, cpf: false, apprentissage: true },
      referentHandicap: "Référente handicap : Anne Duprat",
      url: "https://adour.example/deaes",
      codesPublicVise: ["80006"],
    });
    expect(item.sessions.map((s) => [s.debut, s.fin, s.places])).toEqual([
      [inDays(-400), inDays(-40), 12],
      [inDays(60), inDays(420), 18],
    ]);
    expect(item.sessions[1]!.lieu).toEqual({
      nom: "Campus des Arènes",
      adresse: "12 boulevard des Arènes",
      codePostal: "40100",
      commune: "Dax",
      codeInsee: "40088",
      latitude: 43.7025,
      longitude: -1.06355,
    });
    // Nothing internal or personal.
    expect(text).not.toContain(adour.memberEmail);
    expect(text).not.toMatch(
      /"statut"|"motifRefus"|"members"|"passwordHash"|Offre (brouillon|soumise|refusee|archivee)/,
    );
  });
});

describe("GET /api/formations/csv", () => {
  it("donne une ligne par session publiée, pour Excel, formules neutralisées", async () => {
    const { publiee, autre } = await openDataFixture();
    const response = await getCsv(new Request("http://localhost/api/formations/csv"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe("attachment; filename=formations-iflts.csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);

    const rows = parseCsv(text);
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.name));
    const col = (name: string) => CSV_COLUMNS.findIndex((c) => c.name === name);
    const data = rows.slice(1);
    expect(data).toHaveLength(3);
    expect(new Set(data.map((r) => r[col("formation_id")]))).toEqual(new Set([publiee.id, autre.id]));
    const piege = data.find((r) => r[col("formation_id")] === publiee.id)!;
    expect(piege[col("formation_intitule")]).toBe(TITRE_PIEGE);
    expect(piege[col("description")]).toBe(DESCRIPTION_PIEGE);
    expect(piege[col("couts")]).toBe(`'${COUTS_FORMULE}`);
    expect(piege[col("lieu_longitude")]).toBe("-1.06355");
    expect(text).not.toMatch(/Offre (brouillon|soumise|refusee|archivee)/);
  });
});

/** RFC 4180 reader: ";" separator, quoted fields, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ";") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) throw new Error("dernière ligne sans CRLF");
  return rows;
}

const LHEO_XSD = path.join(process.cwd(), "tests", "fixtures", "lheo", "lheo-2.3.xsd");

/** xmllint's verdict on an LHÉO document against the LHÉO 2.3 schema: exit code and messages. */
async function validateLheo(xml: string): Promise<{ code: number; messages: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), "iflts-lheo-"));
  const file = path.join(dir, "export.xml");
  try {
    await writeFile(file, xml);
    const { stderr } = await promisify(execFile)("xmllint", ["--noout", "--schema", LHEO_XSD, file]);
    return { code: 0, messages: stderr };
  } catch (error) {
    const e = error as { code?: number | string; stderr?: string };
    // No xmllint at all is a broken test machine, not a valid document (Debian: libxml2-utils).
    if (e.code === "ENOENT") throw new Error("xmllint introuvable : apt-get install -y libxml2-utils");
    return { code: Number(e.code), messages: e.stderr ?? "" };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("GET /api/formations/lheo", () => {
  it("passe le schéma LHÉO 2.3 avec xmllint (0 erreur), textes piégés et cas limites compris", async () => {
    const { adour } = await openDataFixture();
    const long = "Un texte très long, « entre guillemets » & <balises>, ".repeat(80);
    const dees = await offreFormation(adour, "publiee", [{ debut: inDays(20), fin: inDays(700) }], {
      diplome: "dees",
      modalite: "formation_initiale",
      titre: long,
      description: long,
      couts: long,
      prerequis: long,
      contact:
        "Accueil : 05 58 00 00 00 ; 06 12 34 56 78 ; 07 12 34 56 78 ; 05 58 11 11 11 ; a@b.example ; c@d.example",
      codesPublicVise: [
        "80006",
        "81050",
        "82044",
        "83056",
        "80010",
        "80011",
        "80012",
        "80013",
        "80014",
        "80015",
      ],
    });
    await offreFormation(adour, "publiee", [{ debut: inDays(-10), fin: inDays(30), limite: null }], {
      diplome: "deas",
      modalite: "vae",
    });
    await offreFormation(adour, "publiee", [{ debut: inDays(5), fin: inDays(60) }], {
      diplome: "decesf",
      modalite: "preparation",
      description: "Contrôle \u0007 et emoji 👶 dans le texte.",
    });
    // Without declaration number or public aimed at: left out, the rest still valid.
    const sansNumero = await organisme("Organisme sans numéro", "40192", null);
    const exclue1 = await offreFormation(sansNumero, "publiee", [{ debut: inDays(30), fin: inDays(90) }]);
    const exclue2 = await offreFormation(adour, "publiee", [{ debut: inDays(30), fin: inDays(90) }], {
      codesPublicVise: [],
    });

    const xml = await (await getLheo()).text();
    const verdict = await validateLheo(xml);
    expect(verdict.messages).toMatch(/validates$/m);
    expect(verdict.code).toBe(0);
    const numeros = elements(one(parseXml(xml), "offres"), "formation").map((f) => f.attributes.numero);
    expect(numeros).toContain(dees.id);
    expect(numeros).toHaveLength(5);
    expect(numeros).not.toContain(exclue1.id);
    expect(numeros).not.toContain(exclue2.id);

    // The validator does catch what the export once lacked: without numero-activite, it fails.
    const broken = await validateLheo(xml.replace(/\s*<numero-activite>\d+<\/numero-activite>/g, ""));
    expect(broken.code).not.toBe(0);
    expect(broken.messages).toMatch(/numero-activite/);
  });

  it("se relit en XML et redonne les données publiées (aller-retour)", async () => {
    const { adour, marsan, publiee, autre } = await openDataFixture();
    const response = await getLheo();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");

    const root = parseXml(await response.text());
    expect(root.name).toBe("lheo");
    expect(root.attributes).toEqual({ xmlns: "http://lheo.gouv.fr/2.3" });
    const formations = elements(one(root, "offres"), "formation");
    expect(formations.map((f) => f.attributes.numero).sort()).toEqual([publiee.id, autre.id].sort());

    const f = formations.find((x) => x.attributes.numero === publiee.id)!;
    // The order the LHÉO schema requires.
    expect(elements(f).map((e) => e.name)).toEqual([
      "domaine-formation",
      "intitule-formation",
      "objectif-formation",
      "resultats-attendus",
      "contenu-formation",
      "certifiante",
      "contact-formation",
      "parcours-de-formation",
      "code-niveau-entree",
      "certification",
      "action",
      "organisme-formation-responsable",
      "extras",
    ]);
    expect(at(f, "intitule-formation")).toBe(TITRE_PIEGE);
    expect(at(f, "contenu-formation")).toBe(DESCRIPTION_PIEGE);
    expect(at(f, "certification", "code-RNCP")).toBe("36004");
    expect(at(f, "contact-formation", "coordonnees", "courriel")).toBe("formations@adour.example");
    expect(at(f, "contact-formation", "coordonnees", "telfixe", "numtel")).toBe("05 36 49 10 10");

    const action = one(f, "action");
    expect(at(action, "rythme-formation")).toBe("Alternance : 2 jours en centre, 3 jours en structure");
    expect(at(action, "nombre-heures-total")).toBe("1407");
    expect(at(action, "nombre-heures-entreprise")).toBe("840");
    const lieu = one(one(one(action, "lieu-de-formation"), "coordonnees"), "adresse");
    expect(at(lieu, "ligne")).toBe("12 boulevard des Arènes");
    expect(at(lieu, "codepostal")).toBe("40100");
    expect(at(lieu, "ville")).toBe("Dax");
    expect(at(lieu, "code-INSEE-commune")).toBe("40088");
    expect(Number(at(lieu, "geolocalisation", "longitude"))).toBe(-1.06355);

    const sessions = elements(action, "session");
    expect(
      sessions.map((s) => [
        at(s, "periode", "debut"),
        at(s, "periode", "fin"),
        textOf(one(one(s, "extras"), "extra")),
        at(s, "etat-recrutement"),
      ]),
    ).toEqual([
      [inDays(-400).replaceAll("-", ""), inDays(-40).replaceAll("-", ""), "12", "2"],
      [inDays(60).replaceAll("-", ""), inDays(420).replaceAll("-", ""), "18", "1"],
    ]);
    expect(at(sessions[1]!, "adresse-inscription", "adresse", "ville")).toBe("Dax");

    expect(elements(action, "code-public-vise").map((c) => textOf(c))).toEqual(["80006"]);
    expect(at(f, "domaine-formation", "code-NSF")).toBe("332");

    const responsable = one(f, "organisme-formation-responsable");
    expect(at(responsable, "numero-activite")).toMatch(/^\d{11}$/);
    expect(at(responsable, "SIRET-organisme-formation", "SIRET")).toBe(adour.siret);
    expect(at(responsable, "raison-sociale")).toBe("Institut Adour");
    expect(at(responsable, "coordonnees-organisme", "coordonnees", "adresse", "ligne")).toBe(
      "5 rue de l'Adour",
    );

    const g = formations.find((x) => x.attributes.numero === autre.id)!;
    expect(at(g, "intitule-formation")).toBe("Aide-soignant en formation initiale");
    expect(at(g, "certification", "code-RNCP")).toBe("35830");
    expect(at(g, "organisme-formation-responsable", "SIRET-organisme-formation", "SIRET")).toBe(marsan.siret);
    expect(at(one(g, "action"), "lieu-de-formation", "coordonnees", "adresse", "ville")).toBe(
      "Mont-de-Marsan",
    );
    // No application deadline: no registration period.
    expect(elements(one(one(g, "action"), "session"), "periode-inscription")).toHaveLength(0);
  });

  it("reste un document valide sans aucune offre publiée", async () => {
    const root = parseXml(await (await getLheo()).text());
    expect(elements(one(root, "offres"))).toHaveLength(0);
  });
});

// --- Métier counts ---------------------------------------------------------------------------------

async function employeur() {
  const org = await db.organisation.create({
    data: {
      type: "employeur",
      nom: "EHPAD et services (test)",
      siret: uniqueSiret(),
      adresse: "1 place de la Mairie",
      communeCode: "40192",
      statut: "verifiee",
    },
    select: { id: true },
  });
  const site = await db.site.create({
    data: {
      organisationId: org.id,
      nom: "Site",
      adresse: "1 place",
      communeCode: "40192",
      latitude: 43.89,
      longitude: -0.5,
    },
    select: { id: true },
  });
  return { organisationId: org.id, siteId: site.id };
}

async function stage(
  host: { organisationId: string; siteId: string },
  spec: {
    statut: StageStatut;
    placesRestantes: number;
    fin: string | null;
    categorie: string | null;
    diplomes: string[];
  },
) {
  await db.stageOffre.create({
    data: {
      ...host,
      titre: "Stage",
      description: "Stage en établissement.",
      niveau: "Toutes années",
      categorieId: spec.categorie ? categorieId(spec.categorie) : null,
      touteLAnnee: spec.fin === null,
      dureeMinSemaines: 2,
      dureeMaxSemaines: 6,
      places: Math.max(spec.placesRestantes, 1),
      placesRestantes: spec.placesRestantes,
      tuteurNom: "Tutrice",
      tuteurFonction: "Infirmière coordinatrice",
      tuteurContact: "tutrice@ehpad.example",
      statut: spec.statut,
      finDernierePeriode: spec.fin ? dateFromIso(spec.fin) : null,
      latitude: 43.89,
      longitude: -0.5,
      communeCode: "40192",
      diplomes: { create: spec.diplomes.map((slug) => ({ diplomeId: diplomeId(slug) })) },
    },
  });
}

describe("compteurs des pages métiers", () => {
  it("comptent les formations et les stages ouverts, et les employeurs qui accueillent", async () => {
    const of = await organisme("Organisme A");
    const of2 = await organisme("Organisme B", "40192");
    await offreFormation(of, "publiee", [{ debut: inDays(-30), fin: inDays(300) }]); // open (under way)
    await offreFormation(of2, "publiee", [
      { debut: inDays(-500), fin: inDays(-200) },
      { debut: inDays(90), fin: inDays(400) },
    ]); // open (a session to come)
    await offreFormation(of, "publiee", [{ debut: inDays(-400), fin: inDays(-1) }]); // finished
    await offreFormation(of, "brouillon", [{ debut: inDays(30), fin: inDays(300) }]);
    await offreFormation(of, "soumise", [{ debut: inDays(30), fin: inDays(300) }]);
    await offreFormation(of, "publiee", [{ debut: inDays(30), fin: inDays(300) }], { diplome: "deas" });

    const host = await employeur();
    const open = { statut: "publiee" as const, fin: inDays(60) };
    await stage(host, { ...open, placesRestantes: 2, categorie: "EHPAD", diplomes: ["deaes", "deas"] });
    await stage(host, { ...open, placesRestantes: 1, categorie: "EHPAD", diplomes: ["deaes"], fin: null });
    await stage(host, { ...open, placesRestantes: 4, categorie: "SAAD", diplomes: ["deaes"] });
    await stage(host, { ...open, placesRestantes: 1, categorie: null, diplomes: ["deaes"], fin: TODAY });
    await stage(host, { ...open, placesRestantes: 0, categorie: "EHPAD", diplomes: ["deaes"] });
    await stage(host, {
      ...open,
      statut: "pourvue",
      placesRestantes: 0,
      categorie: "EHPAD",
      diplomes: ["deaes"],
    });
    await stage(host, {
      ...open,
      placesRestantes: 3,
      categorie: "IME",
      diplomes: ["deaes"],
      fin: inDays(-1),
    });
    await stage(host, {
      ...open,
      statut: "soumise",
      placesRestantes: 3,
      categorie: "IME",
      diplomes: ["deaes"],
    });
    await stage(host, {
      ...open,
      statut: "expiree",
      placesRestantes: 3,
      categorie: "IME",
      diplomes: ["deaes"],
    });

    const deaes = await getMetierDetail("deaes", TODAY);
    expect(deaes).toMatchObject({ slug: "deaes", code: "DEAES", formations: 2, stages: 4, placesStage: 8 });
    expect(deaes!.categories).toEqual([
      { code: "EHPAD", libelle: expect.stringMatching(/^EHPAD/), stages: 2 },
      { code: "SAAD", libelle: expect.stringMatching(/^SAAD/), stages: 1 },
      { code: null, libelle: "Type d'établissement non précisé", stages: 1 },
    ]);
    expect(await getMetierDetail("deas", TODAY)).toMatchObject({ formations: 1, stages: 1, placesStage: 2 });
    expect(await getMetierDetail("dees", TODAY)).toMatchObject({ formations: 0, stages: 0, categories: [] });
    expect(await getMetierDetail("inconnu", TODAY)).toBeNull();

    const list = await getMetierSummaryList(TODAY);
    expect(list.map((m) => m.slug).sort()).toEqual(DIPLOMES.map((d) => d.slug).sort());
    const bySlug = new Map(list.map((m) => [m.slug, m]));
    expect(bySlug.get("deaes")).toMatchObject({ formations: 2, stages: 4, placesStage: 8 });
    expect(bySlug.get("deas")).toMatchObject({ formations: 1, stages: 1, placesStage: 2 });
    expect(bySlug.get("deeje")).toMatchObject({ formations: 0, stages: 0, placesStage: 0 });
    // By level, as the /metiers page shows them.
    expect(list.map((m) => m.niveau)).toEqual([...list.map((m) => m.niveau)].sort((a, b) => a - b));
  });
});

// --- Demo training offers ---------------------------------------------------------------------------

describe("seedDemoFormations", () => {
  it("écrit des offres réalistes, stables et idempotentes, que l'export publie", async () => {
    await seedDatabase(db, TODAY);
    const snapshot = () =>
      db.offreFormation.findMany({
        where: { id: { startsWith: DEMO_FORMATION_ID_PREFIX.offre } },
        orderBy: { id: "asc" },
        select: {
          id: true,
          statut: true,
          titre: true,
          modalite: true,
          dureeHeures: true,
          heuresStage: true,
          organisationId: true,
          diplome: { select: { code: true } },
          organisation: { select: { statut: true, siret: true, type: true } },
          sessions: {
            orderBy: { id: "asc" },
            select: {
              id: true,
              debut: true,
              fin: true,
              dateLimiteCandidature: true,
              places: true,
              siteId: true,
            },
          },
        },
      });
    const first = await seedDemoFormations(db, TODAY);
    const before = await snapshot();
    const second = await seedDemoFormations(db, TODAY);
    const after = await snapshot();
    expect(second).toEqual(first);
    expect(after).toEqual(before);

    expect(first.offres).toBe(before.length);
    expect(first.offres).toBeGreaterThanOrEqual(25);
    expect(first.offres).toBeLessThanOrEqual(40);
    expect(first.sessions).toBe(before.flatMap((o) => o.sessions).length);

    const persona = "persona-org-organisme";
    const pending = before.filter((o) => o.statut === "soumise");
    expect(pending).toHaveLength(2);
    expect(before.filter((o) => o.statut === "brouillon").map((o) => o.organisationId)).toEqual([persona]);
    expect(pending.some((o) => o.organisationId === persona)).toBe(true);

    const published = before.filter((o) => o.statut === "publiee");
    expect(published.length).toBe(first.offres - 3);
    expect(new Set(published.map((o) => o.diplome.code))).toEqual(new Set(DIPLOMES.map((d) => d.code)));
    expect(new Set(published.map((o) => o.modalite))).toEqual(
      new Set(["formation_initiale", "apprentissage", "formation_continue", "vae", "preparation"]),
    );
    expect(new Set(before.map((o) => o.organisationId)).size).toBeGreaterThanOrEqual(8);

    const etats = new Set<string>();
    for (const o of before) {
      expect(o.organisation).toMatchObject({ type: "organisme_formation", statut: "verifiee" });
      expect(siretValid(o.organisation.siret), o.organisation.siret).toBe(true);
      expect(o.heuresStage).toBeLessThanOrEqual(o.dureeHeures);
      expect(o.sessions.length).toBeGreaterThanOrEqual(1);
      expect(o.sessions.length).toBeLessThanOrEqual(3);
      for (const s of o.sessions) {
        expect(s.fin.getTime()).toBeGreaterThan(s.debut.getTime());
        if (s.dateLimiteCandidature)
          expect(s.dateLimiteCandidature.getTime()).toBeLessThan(s.debut.getTime());
        etats.add(sessionEtat(isoFromDate(s.debut), isoFromDate(s.fin), TODAY));
      }
    }
    expect(etats).toEqual(new Set(["a_venir", "en_cours", "terminee"]));

    const exported = (await (
      await getJson(new Request("http://localhost/api/formations"))
    ).json()) as OpenDataDocument;
    expect(exported.formations.map((f) => f.formation.id).sort()).toEqual(published.map((o) => o.id).sort());
    const xml = await (await getLheo()).text();
    expect(elements(one(parseXml(xml), "offres"), "formation")).toHaveLength(published.length);
    // Every demo training body has its declaration number, every offer its public: all valid.
    expect((await validateLheo(xml)).code).toBe(0);
  });
});
