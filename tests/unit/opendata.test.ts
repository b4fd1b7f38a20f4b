import { describe, expect, it } from "vitest";
import { buildFormationsCsv, CSV_BOM, CSV_COLUMNS, csvCell, toCsv } from "@/lib/opendata/csv";
import { buildOpenDataJson, OPEN_DATA_LICENCE, type OpenDataFormation } from "@/lib/opendata/json";
import {
  buildFormationsLheo,
  clip,
  contactCoordonnees,
  el,
  lheoDate,
  renderXml,
  rncpNumber,
  wrapLines,
  xmlEscape,
  xmlText,
  type XmlElement,
} from "@/lib/opendata/lheo";

function formation(overrides: Partial<OpenDataFormation["formation"]> = {}, sessions = 1): OpenDataFormation {
  return {
    organisme: {
      siret: "55210055400013",
      numeroActivite: "75400123440",
      nom: "Institut de formation Adour",
      adresse: "5 rue de l'Adour",
      codePostal: "40100",
      commune: "Dax",
      codeInsee: "40088",
    },
    formation: {
      id: "formation-1",
      intitule: "DEAES en apprentissage",
      diplome: {
        code: "DEAES",
        intitule: "Diplôme d'État d'accompagnant éducatif et social",
        niveau: 3,
        rncp: "RNCP36004",
      },
      modalite: "apprentissage",
      description: "Une formation.",
      dureeHeures: 1407,
      heuresStage: 840,
      prerequis: "Aucun.",
      selection: "Entretien.",
      couts: "Gratuit pour l'apprenti.",
      financements: { region: false, cpf: false, apprentissage: true },
      contact: "Secrétariat : 05 36 49 10 10 – formations@adour.example",
      referentHandicap: "Référente handicap : Anne Duprat",
      url: null,
      codesPublicVise: ["80006", "81050"],
      publieeLe: "2026-11-02",
      misAJourLe: "2026-11-02T09:30:00.000Z",
      ...overrides,
    },
    sessions: Array.from({ length: sessions }, (_, i) => ({
      id: `session-${i + 1}`,
      debut: "2027-09-06",
      fin: "2028-06-30",
      dateLimiteCandidature: "2027-07-01",
      places: 18 + i,
      rythme: "alternance" as const,
      rythmeDetail: "2 jours en centre",
      lieu: {
        nom: "Site de Dax",
        adresse: "5 rue de l'Adour",
        codePostal: "40100",
        commune: "Dax",
        codeInsee: "40088",
        latitude: 43.7025,
        longitude: -1.06355,
      },
    })),
  };
}

/** RFC 4180 reader for the tests: ";" separator, quoted fields, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"' && field === "") {
      quoted = true;
      i += 1;
    } else if (c === ";") {
      row.push(field);
      field = "";
      i += 1;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else {
      field += c;
      i += 1;
    }
  }
  if (field !== "" || row.length > 0) throw new Error("dernière ligne sans CRLF");
  return rows;
}

describe("CSV", () => {
  it("laisse telles quelles les valeurs simples", () => {
    expect(csvCell("Dax")).toBe("Dax");
    expect(csvCell("L'Adour, à Dax")).toBe("L'Adour, à Dax");
    expect(csvCell(1407)).toBe("1407");
    expect(csvCell(-1.06355)).toBe("-1.06355");
    expect(csvCell(true)).toBe("oui");
    expect(csvCell(false)).toBe("non");
    expect(csvCell(null)).toBe("");
  });

  it("met entre guillemets les séparateurs, guillemets et retours à la ligne (RFC 4180)", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('le "DEAES"')).toBe('"le ""DEAES"""');
    expect(csvCell("ligne 1\nligne 2")).toBe('"ligne 1\nligne 2"');
    expect(csvCell("ligne 1\r\nligne 2")).toBe('"ligne 1\r\nligne 2"');
  });

  it.each(["=1+1", "+33 5 58", "-2", "@SUM(A1)", "\tcaché", "\rretour", '=HYPERLINK("http://x";"y")'])(
    "neutralise la formule %j par une apostrophe",
    (value) => {
      const cell = csvCell(value);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
      expect(unquoted).toBe(`'${value}`);
    },
  );

  it("termine chaque ligne par CRLF", () => {
    expect(
      toCsv([
        ["a", 1],
        ["b", null],
      ]),
    ).toBe("a;1\r\nb;\r\n");
  });

  it("produit une ligne par session, avec le BOM et l'en-tête, et se relit à l'identique", () => {
    const piege = 'Tarif "réduit" ; 10 €\n=2+2 et <b>';
    const csv = buildFormationsCsv([formation({ couts: piege }, 2), formation({ id: "formation-2" }, 0)]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(1 + 2 + 1);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    const col = (name: string) => CSV_COLUMNS.findIndex((c) => c.name === name);
    expect(rows[1]![col("couts")]).toBe(piege);
    expect(rows[1]![col("session_id")]).toBe("session-1");
    expect(rows[2]![col("session_places")]).toBe("19");
    expect(rows[1]![col("lieu_longitude")]).toBe("-1.06355");
    expect(rows[1]![col("apprentissage")]).toBe("oui");
    expect(rows[1]![col("modalite")]).toBe("Apprentissage");
    expect(rows[3]![col("formation_id")]).toBe("formation-2");
    expect(rows[3]![col("session_id")]).toBe("");
  });

  it("neutralise une formule venue d'une offre", () => {
    const rows = parseCsv(buildFormationsCsv([formation({ intitule: "=cmd|' /C calc'!A0" })]).slice(1));
    expect(rows[1]![CSV_COLUMNS.findIndex((c) => c.name === "formation_intitule")]).toBe(
      "'=cmd|' /C calc'!A0",
    );
  });
});

describe("JSON", () => {
  it("met la licence et la date de production en tête, la pagination et les retraits autour de la liste", () => {
    const doc = buildOpenDataJson("formations", [formation()], {
      generatedAt: new Date("2027-03-12T08:00:00Z"),
      documentationUrl: "https://guichet.example/donnees-ouvertes",
      updatedSince: null,
      pageSize: 1000,
      suivant: null,
      retraits: [],
    });
    expect(doc.licence).toEqual(OPEN_DATA_LICENCE);
    expect(doc.licence.nom).toMatch(/Licence Ouverte/);
    expect(doc.generatedAt).toBe("2027-03-12T08:00:00.000Z");
    expect(doc.nombreFormations).toBe(1);
    expect(Object.keys(doc)).toEqual([
      "licence",
      "producteur",
      "documentation",
      "generatedAt",
      "updatedSince",
      "pagination",
      "nombreFormations",
      "formations",
      "retraits",
    ]);
  });
});

describe("XML", () => {
  it("échappe les cinq caractères réservés dans les attributs, & < > dans le texte", () => {
    expect(xmlEscape(`<a href="x">L'Adour & Cie</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;L&apos;Adour &amp; Cie&lt;/a&gt;",
    );
    expect(xmlText(`<a href="x">L'Adour & Cie</a>`)).toBe(`&lt;a href="x"&gt;L'Adour &amp; Cie&lt;/a&gt;`);
    expect(xmlText("&amp;")).toBe("&amp;amp;");
  });

  it("retire les caractères interdits par XML 1.0, garde tabulations, retours et emoji", () => {
    expect(xmlEscape("a\u0000b\u0007c\u001Fd\uFFFEe")).toBe("abcde");
    expect(xmlEscape("tab\tLF\nCR\r")).toBe("tab\tLF\nCR\r");
    expect(xmlEscape("bébé 👶")).toBe("bébé 👶");
    expect(xmlEscape("seul \uD800 ici")).toBe("seul  ici");
  });

  it("échappe aussi les attributs et n'accepte aucun balisage dans le texte", () => {
    const xml = renderXml(el("racine", { info: `"><script>` }, el("texte", null, "</texte><injecte/>")));
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<racine info="&quot;&gt;&lt;script&gt;">\n' +
        "  <texte>&lt;/texte&gt;&lt;injecte/&gt;</texte>\n" +
        "</racine>\n",
    );
  });

  it("écrit les dates et les codes comme LHÉO les attend", () => {
    expect(lheoDate("2027-09-06")).toBe("20270906");
    expect(rncpNumber("RNCP35830")).toBe("35830");
    expect(rncpNumber(null)).toBeNull();
    expect(rncpNumber("inconnu")).toBeNull();
  });

  it("raccourcit aux limites de LHÉO sans couper un mot", () => {
    expect(clip("court", 10)).toBe("court");
    const long = clip("un texte beaucoup trop long pour la limite", 20);
    expect(long.length).toBeLessThanOrEqual(20);
    expect(long).toBe("un texte beaucoup…");
    expect(wrapLines("25 boulevard d'Haussez", 50, 4)).toEqual(["25 boulevard d'Haussez"]);
    const lines = wrapLines(
      "Résidence Les Chênes, bâtiment B, 3e étage, 1200 avenue du Maréchal Foch",
      20,
      4,
    );
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.length).toBeLessThanOrEqual(4);
  });

  it("range le contact libre dans les coordonnées LHÉO", () => {
    const coordonnees = contactCoordonnees(
      "Secrétariat : 05 36 49 10 10 – 06 12 34 56 78 – formations@adour.example",
    );
    const names = coordonnees.children.map((c) => (c as XmlElement).name);
    expect(names).toEqual(["ligne", "telfixe", "portable", "courriel"]);
    expect(renderXml(coordonnees)).toContain("<ligne>Secrétariat</ligne>");
    expect(renderXml(coordonnees)).toContain("<courriel>formations@adour.example</courriel>");
  });

  it("produit un document LHÉO 2.3 dans l'ordre du standard", () => {
    const xml = buildFormationsLheo([formation({}, 2)], "2027-03-12");
    expect(
      xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="http://lheo.gouv.fr/2.3">'),
    ).toBe(true);
    const order = [
      "<domaine-formation>",
      "<code-NSF>332</code-NSF>",
      "<code-ROME>K1302</code-ROME>",
      "<intitule-formation>",
      "<objectif-formation>",
      "<resultats-attendus>",
      "<contenu-formation>",
      "<certifiante>1<",
      "<contact-formation>",
      "<parcours-de-formation>1<",
      "<code-niveau-entree>1<",
      "<certification>",
      "<code-RNCP>36004</code-RNCP>",
      "<action>",
      "<rythme-formation>",
      "<code-public-vise>80006</code-public-vise>",
      "<code-public-vise>81050</code-public-vise>",
      "<niveau-entree-obligatoire>",
      '<session numero="session-1">',
      "<debut>20270906</debut>",
      "<etat-recrutement>1<",
      '<session numero="session-2">',
      "<organisme-formation-responsable>",
      "<numero-activite>75400123440</numero-activite>",
      "<SIRET>55210055400013</SIRET>",
    ];
    let from = 0;
    for (const marker of order) {
      const at = xml.indexOf(marker, from);
      expect(at, `${marker} après la position ${from}`).toBeGreaterThan(from - 1);
      from = at;
    }
    // Same place and rhythm: one action holding both sessions.
    expect(xml.match(/<action>/g)).toHaveLength(1);
  });

  it("une offre sans session est écartée (LHÉO en exige une)", () => {
    expect(buildFormationsLheo([formation({}, 0)], "2027-03-12")).toContain("<offres/>");
  });

  it("une offre sans numéro de déclaration d'activité ou sans public visé est écartée (LHÉO les exige)", () => {
    const sansNumero = formation();
    sansNumero.organisme.numeroActivite = null;
    expect(buildFormationsLheo([sansNumero], "2027-03-12")).toContain("<offres/>");
    expect(buildFormationsLheo([formation({ codesPublicVise: [] })], "2027-03-12")).toContain("<offres/>");
    expect(buildFormationsLheo([formation()], "2027-03-12")).toContain("<formation ");
  });
});
