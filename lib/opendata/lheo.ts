// LHÉO 2.3 export of the published training offers (pure): the XML language French training-offer
// databases (Carif-Oref, Onisep) exchange. Structure and order follow the LHÉO 2.3 schema:
// lheo > offres > formation > action > session, then organisme-formation-responsable. The output
// validates against lheo-2.3.xsd (tests/fixtures/lheo/, checked with xmllint in the tests).
//
// Emitted: formation (domaine-formation with the diploma's NSF and ROME codes, intitule-formation,
// objectif-formation, resultats-attendus, contenu-formation, certifiante, contact-formation,
// parcours-de-formation, code-niveau-entree, certification/code-RNCP when known), one action per
// training site and rhythm (rythme-formation, code-public-vise, niveau-entree-obligatoire,
// modalites-alternance, modalites-enseignement, conditions-specifiques,
// prise-en-charge-frais-possible, lieu-de-formation, modalites-entrees-sorties, url-action, session
// with periode, adresse-inscription, periode-inscription, etat-recrutement and the places as an
// extra, acces-handicapes, modalites-recrutement, nombre-heures-centre/-entreprise/-total,
// detail-conditions-prise-en-charge, funding flags as extras), organisme-formation-responsable
// (numero-activite, SIRET-organisme-formation/SIRET, nom-organisme, raison-sociale,
// coordonnees-organisme, contact-organisme).
//
// An offer is left out until its training body has given what LHÉO requires and the portal cannot
// make up: the body's declaration number (numero-activite) and the public aimed at
// (code-public-vise, FORMACODE codes); the JSON and CSV exports carry it all the same. Left out
// too: the optional objectif-general-formation, code-niveau-sortie,
// url-formation, adresse-information, date-information, restauration, hebergement, transport,
// langue-formation, modalites-pedagogiques, frais-restants, prix-*, duree-indicative,
// conventionnement, organisme-formateur, organisme-financeur, contact-session.
import { MODALITE_LABELS, RYTHME_LABELS, sessionEtat } from "@/lib/formations/constants";
import type { OpenDataFormation, OpenDataSession } from "@/lib/opendata/json";

export const LHEO_NAMESPACE = "http://lheo.gouv.fr/2.3";

// --- A tiny XML writer -------------------------------------------------------------------------

export type XmlElement = {
  name: string;
  attributes: Record<string, string>;
  children: XmlChild[];
};
export type XmlChild = XmlElement | string;

/** Drops what XML 1.0 cannot hold: control characters other than tab, LF and CR, lone surrogates, U+FFFE/U+FFFF. */
function xmlChars(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const allowed =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      c >= 0x10000;
    if (allowed) out += ch;
  }
  return out;
}

/** Text for a double-quoted attribute (or anywhere): & < > " ' escaped, characters XML forbids removed. */
export function xmlEscape(text: string): string {
  return xmlText(text).replaceAll('"', "&quot;").replaceAll("'", "&apos;");
}

/** Text for element content: & < > escaped (quotes need none there), characters XML forbids removed. */
export function xmlText(text: string): string {
  return xmlChars(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** An element; null and undefined children are dropped, so optional parts read inline. */
export function el(
  name: string,
  attributes: Record<string, string> | null,
  ...children: (XmlChild | null | undefined | false)[]
): XmlElement {
  return {
    name,
    attributes: attributes ?? {},
    children: children.filter((c): c is XmlChild => c !== null && c !== undefined && c !== false),
  };
}

/** An element holding one text, or null when the text is empty (optional elements). */
function text(name: string, value: string | number | null | undefined): XmlElement | null {
  if (value === null || value === undefined) return null;
  const content = String(value).trim();
  return content ? el(name, null, content) : null;
}

/** Serialises with two-space indentation; an element with only text stays on one line. */
export function renderXml(root: XmlElement): string {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const write = (node: XmlElement, depth: number) => {
    const pad = "  ".repeat(depth);
    const attrs = Object.entries(node.attributes)
      .map(([k, v]) => ` ${k}="${xmlEscape(v)}"`)
      .join("");
    if (node.children.length === 0) {
      lines.push(`${pad}<${node.name}${attrs}/>`);
    } else if (node.children.every((c) => typeof c === "string")) {
      lines.push(
        `${pad}<${node.name}${attrs}>${node.children.map((c) => xmlText(c as string)).join("")}</${node.name}>`,
      );
    } else {
      lines.push(`${pad}<${node.name}${attrs}>`);
      for (const child of node.children) {
        if (typeof child === "string") lines.push(`${pad}  ${xmlText(child)}`);
        else write(child, depth + 1);
      }
      lines.push(`${pad}</${node.name}>`);
    }
  };
  write(root, 0);
  return lines.join("\n") + "\n";
}

// --- Text limits of LHÉO elements --------------------------------------------------------------

/** Cuts at a word to fit an LHÉO length limit, with an ellipsis; unchanged when it fits. */
export function clip(value: string, max: number): string {
  const flat = value.trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Splits a text into lines of at most `width` characters at spaces (LHÉO <ligne>: 50). */
export function wrapLines(value: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of value.trim().split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= width) current = candidate;
    else {
      if (current) lines.push(current);
      current = word.length > width ? clip(word, width) : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = clip(lines.slice(maxLines - 1).join(" "), width);
  return kept;
}

// --- Codes of the LHÉO dictionaries -------------------------------------------------------------

const BOOLEEN = (v: boolean) => (v ? "1" : "0");

/**
 * dict-niveaux key of the level required to enter, and whether it is required: 1 = "sans niveau
 * spécifique", 5 = "niveau IV" (baccalauréat), 6 = "niveau III" (BTS). Diplomas not listed: 1, not required.
 */
const NIVEAU_ENTREE: Readonly<Record<string, { code: string; obligatoire: boolean }>> = {
  DEES: { code: "5", obligatoire: true },
  DEEJE: { code: "5", obligatoire: true },
  DEASS: { code: "5", obligatoire: true },
  // Also open to holders of a vocational diploma with work experience.
  DEETS: { code: "5", obligatoire: false },
  DECESF: { code: "6", obligatoire: true },
};

function niveauEntree(f: OpenDataFormation): { code: string; obligatoire: boolean } {
  // A preparation course or a VAE does not ask for the diploma's entry level.
  if (f.formation.modalite === "preparation" || f.formation.modalite === "vae") {
    return { code: "1", obligatoire: false };
  }
  return NIVEAU_ENTREE[f.formation.diplome.code] ?? { code: "1", obligatoire: false };
}

/**
 * domaine-formation of each diploma: its NSF specialty (330 sanitaire et social, 331 santé, 332
 * travail social) and the ROME jobs it leads to. A diploma not listed gets an empty domain (valid:
 * every child is optional).
 */
const DOMAINE: Readonly<Record<string, { nsf: string; rome: readonly string[] }>> = {
  DEAES: { nsf: "332", rome: ["K1302", "K1303"] },
  TP_ADVF: { nsf: "330", rome: ["K1302", "K1304"] },
  CAP_AEPE: { nsf: "332", rome: ["K1303"] },
  DEAS: { nsf: "331", rome: ["J1501"] },
  DEAP: { nsf: "331", rome: ["J1304"] },
  DEME: { nsf: "332", rome: ["K1207"] },
  DETISF: { nsf: "332", rome: ["K1305"] },
  BAC_PRO_ASSP: { nsf: "330", rome: ["K1302", "J1501"] },
  DEES: { nsf: "332", rome: ["K1207"] },
  DEEJE: { nsf: "332", rome: ["K1207"] },
  DEETS: { nsf: "332", rome: ["K1207"] },
  DEASS: { nsf: "332", rome: ["K1201"] },
  DECESF: { nsf: "332", rome: ["K1201"] },
};

function domaineFormation(diplomeCode: string): XmlElement {
  const domaine = DOMAINE[diplomeCode];
  return el(
    "domaine-formation",
    null,
    domaine ? el("code-NSF", null, domaine.nsf) : null,
    ...(domaine?.rome ?? []).map((code) => el("code-ROME", null, code)),
  );
}

/** True when the offer holds what LHÉO requires and only its training body can give. */
export function lheoComplete(f: OpenDataFormation): boolean {
  return (
    f.sessions.length > 0 && f.organisme.numeroActivite !== null && f.formation.codesPublicVise.length > 0
  );
}

/** YYYYMMDD, as LHÉO dates are written. */
export function lheoDate(isoDay: string): string {
  return isoDay.replaceAll("-", "");
}

/** "RNCP35830" → "35830": LHÉO code-RNCP holds the number only. */
export function rncpNumber(rncp: string | null): string | null {
  const digits = rncp?.replace(/^RNCP/i, "") ?? "";
  return /^\d{1,10}$/.test(digits) ? digits : null;
}

// --- Building blocks -----------------------------------------------------------------------------

type Adresse = { adresse: string; codePostal: string | null; commune: string; codeInsee: string };

function adresse(a: Adresse, geo?: { latitude: number; longitude: number }): XmlElement {
  return el(
    "adresse",
    null,
    ...wrapLines(a.adresse, 50, 4).map((l) => el("ligne", null, l)),
    text("codepostal", a.codePostal),
    text("ville", clip(a.commune, 50)),
    text("departement", a.codeInsee.slice(0, 2)),
    text("code-INSEE-commune", a.codeInsee),
    geo
      ? el(
          "geolocalisation",
          null,
          text("latitude", String(geo.latitude)),
          text("longitude", String(geo.longitude)),
        )
      : null,
  );
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const PHONE = /(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}/g;

/**
 * The free-text contact of an offer as LHÉO coordinates: e-mail addresses in <courriel>, French
 * phone numbers in <telfixe> or <portable> (06, 07), and what remains in up to three <ligne>.
 */
export function contactCoordonnees(contact: string): XmlElement {
  const emails = contact.match(EMAIL) ?? [];
  const phones = contact.match(PHONE) ?? [];
  const mobile = (n: string) => /^(?:\+33\s?|0)[67]/.test(n);
  // What remains once the e-mails and numbers are out: "Secrétariat : … – …" gives "Secrétariat".
  const rest = contact
    .replace(EMAIL, " ")
    .replace(PHONE, " ")
    .split(/\s*[,;|–—\n]\s*|\s+-\s+/)
    .map((part) => part.replace(/[\s:]+$/, "").trim())
    .filter(Boolean)
    .join(", ");
  const fixes = phones.filter((n) => !mobile(n)).slice(0, 3);
  const portables = phones.filter(mobile).slice(0, 3);
  return el(
    "coordonnees",
    null,
    ...wrapLines(rest, 50, 3).map((l) => el("ligne", null, l)),
    fixes.length ? el("telfixe", null, ...fixes.map((n) => el("numtel", null, n.trim()))) : null,
    portables.length ? el("portable", null, ...portables.map((n) => el("numtel", null, n.trim()))) : null,
    emails[0] ? el("courriel", null, clip(emails[0], 160)) : null,
  );
}

/** "Diplôme d'État…" → "diplôme d'État…", but "CAP…" stays. */
function lowerFirst(value: string): string {
  return /^\p{Lu}\p{Ll}/u.test(value) ? value.charAt(0).toLowerCase() + value.slice(1) : value;
}

function objectif(f: OpenDataFormation): string {
  const diplome = lowerFirst(f.formation.diplome.intitule);
  switch (f.formation.modalite) {
    case "vae":
      return `Obtenir le ${diplome} par la validation des acquis de l'expérience (VAE).`;
    case "preparation":
      return `Se préparer à entrer en formation au ${diplome} et découvrir le métier.`;
    default:
      return `Préparer le ${diplome} (niveau ${f.formation.diplome.niveau}) et acquérir les compétences du métier.`;
  }
}

function resultatsAttendus(f: OpenDataFormation): string {
  const { intitule, rncp, niveau } = f.formation.diplome;
  if (f.formation.modalite === "preparation") return "Attestation de formation (parcours non certifiant).";
  return `${intitule}${rncp ? ` (${rncp})` : ""}, certification de niveau ${niveau}.`;
}

type ActionGroup = { key: string; sessions: OpenDataSession[] };

/** One LHÉO action per place and rhythm: the sessions that share them, in the offer's order. */
function actionGroups(sessions: readonly OpenDataSession[]): ActionGroup[] {
  const groups = new Map<string, ActionGroup>();
  for (const s of sessions) {
    const key = JSON.stringify([s.lieu.nom, s.lieu.adresse, s.lieu.codeInsee, s.rythme, s.rythmeDetail]);
    const group = groups.get(key) ?? { key, sessions: [] };
    group.sessions.push(s);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function action(f: OpenDataFormation, sessions: OpenDataSession[], today: string): XmlElement {
  const first = sessions[0]!;
  const { formation, organisme } = f;
  const entree = niveauEntree(f);
  const centre = Math.max(0, formation.dureeHeures - formation.heuresStage);
  const detail = first.rythmeDetail ? lowerFirst(first.rythmeDetail) : null;
  const rythme = [RYTHME_LABELS[first.rythme], detail].filter(Boolean).join(" : ");
  const alternance = [
    `${formation.heuresStage} heures de stage et ${centre} heures en centre de formation, sur ${formation.dureeHeures} heures au total.`,
    first.rythme === "alternance" && detail ? `Rythme : ${detail}.` : null,
  ]
    .filter(Boolean)
    .join(" ");
  const financements = formation.financements;
  return el(
    "action",
    null,
    el("rythme-formation", null, clip(rythme, 3000)),
    ...formation.codesPublicVise.slice(0, 10).map((code) => el("code-public-vise", null, code)),
    el("niveau-entree-obligatoire", null, BOOLEEN(entree.obligatoire)),
    el("modalites-alternance", null, clip(alternance, 3000)),
    // The portal does not record distance learning: on-site ("0") by default.
    el("modalites-enseignement", null, "0"),
    el("conditions-specifiques", null, clip(formation.prerequis, 3000)),
    el(
      "prise-en-charge-frais-possible",
      null,
      BOOLEEN(financements.region || financements.cpf || financements.apprentissage),
    ),
    el(
      "lieu-de-formation",
      null,
      el("coordonnees", null, el("nom", null, clip(first.lieu.nom, 50)), adresse(first.lieu, first.lieu)),
    ),
    // Fixed dates: every offer of the portal has dated sessions.
    el("modalites-entrees-sorties", null, "0"),
    formation.url ? el("url-action", null, el("urlweb", null, clip(formation.url, 400))) : null,
    ...sessions.map((s) =>
      el(
        "session",
        { numero: s.id },
        el("periode", null, el("debut", null, lheoDate(s.debut)), el("fin", null, lheoDate(s.fin))),
        el("adresse-inscription", null, adresse(organisme)),
        s.dateLimiteCandidature
          ? el(
              "periode-inscription",
              null,
              el(
                "periode",
                null,
                el("debut", null, "00000000"),
                el("fin", null, lheoDate(s.dateLimiteCandidature)),
              ),
            )
          : null,
        el("etat-recrutement", null, recrutementOuvert(s, today) ? "1" : "2"),
        el("extras", null, el("extra", { info: "nombre-places" }, String(s.places))),
      ),
    ),
    text("acces-handicapes", clip(formation.referentHandicap, 250)),
    text("modalites-recrutement", clip(formation.selection, 3000)),
    el("nombre-heures-centre", null, String(centre)),
    el("nombre-heures-entreprise", null, String(formation.heuresStage)),
    el("nombre-heures-total", null, String(formation.dureeHeures)),
    text("detail-conditions-prise-en-charge", clip(formation.couts, 600)),
    el(
      "extras",
      { info: "financements" },
      el("extra", { info: "finance-region" }, BOOLEEN(financements.region)),
      el("extra", { info: "cpf" }, BOOLEEN(financements.cpf)),
      el("extra", { info: "apprentissage" }, BOOLEEN(financements.apprentissage)),
    ),
  );
}

/** Open ("1") while the session has not started and its application deadline, if any, has not passed. */
function recrutementOuvert(s: OpenDataSession, today: string): boolean {
  if (sessionEtat(s.debut, s.fin, today) !== "a_venir") return false;
  return !s.dateLimiteCandidature || today <= s.dateLimiteCandidature;
}

function formationElement(f: OpenDataFormation, today: string): XmlElement {
  const { formation, organisme } = f;
  const entree = niveauEntree(f);
  const rncp = rncpNumber(formation.diplome.rncp);
  const certifiante = formation.modalite !== "preparation";
  return el(
    "formation",
    { numero: formation.id },
    domaineFormation(formation.diplome.code),
    el("intitule-formation", null, clip(formation.intitule, 255)),
    el("objectif-formation", null, objectif(f)),
    el("resultats-attendus", null, resultatsAttendus(f)),
    el("contenu-formation", null, clip(formation.description, 3000)),
    el("certifiante", null, BOOLEEN(certifiante)),
    el("contact-formation", null, contactCoordonnees(formation.contact)),
    // 2 = "individualisé" for a VAE, else 1 = "en groupe".
    el("parcours-de-formation", null, formation.modalite === "vae" ? "2" : "1"),
    el("code-niveau-entree", null, entree.code),
    certifiante && rncp ? el("certification", null, el("code-RNCP", null, rncp)) : null,
    ...actionGroups(f.sessions).map((g) => action(f, g.sessions, today)),
    el(
      "organisme-formation-responsable",
      null,
      el("numero-activite", null, organisme.numeroActivite ?? ""),
      el("SIRET-organisme-formation", null, el("SIRET", null, organisme.siret)),
      el("nom-organisme", null, clip(organisme.nom, 250)),
      el("raison-sociale", null, clip(organisme.nom, 250)),
      el("coordonnees-organisme", null, el("coordonnees", null, adresse(organisme))),
      el("contact-organisme", null, contactCoordonnees(formation.contact)),
    ),
    el(
      "extras",
      { info: "guichet-iflts" },
      el("extra", { info: "modalite" }, MODALITE_LABELS[formation.modalite]),
    ),
  );
}

/**
 * The LHÉO 2.3 document of the published offers (`today`, "YYYY-MM-DD" in Paris, sets each
 * session's recruitment state). An offer without session, declaration number or public aimed at
 * is left out: LHÉO requires them (lheoComplete).
 */
export function buildFormationsLheo(formations: readonly OpenDataFormation[], today: string): string {
  const root = el(
    "lheo",
    { xmlns: LHEO_NAMESPACE },
    el("offres", null, ...formations.filter(lheoComplete).map((f) => formationElement(f, today))),
  );
  return renderXml(root);
}
