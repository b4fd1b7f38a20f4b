import { describe, expect, it } from "vitest";
import { todayInParis } from "@/lib/dates";
import { NIVEAUX } from "@/lib/stages/constants";
import { StageOffreSchema } from "@/lib/stages/schemas";
import { siretValid } from "@/lib/validation/identifiants";
import {
  DEMO_COMMUNES,
  DEMO_GARES,
  distanceMetres,
  generateDemoStages,
  PERSONA_EMPLOYEUR_SITE_ID,
  type DemoHostSite,
} from "@/prisma/demo/stages";
import { CATEGORIES } from "@/prisma/reference/categories";
import { buildLandesReference, readRawReferenceFiles } from "@/prisma/reference/communes";
import { DIPLOMES } from "@/prisma/reference/diplomes";
import { PUBLICS } from "@/prisma/reference/publics";
import { TERRITOIRES, territoireSlugForEpci } from "@/prisma/reference/territoires";
import { personas } from "@/prisma/personas";

const { communes } = buildLandesReference(readRawReferenceFiles());
const communeByCode = new Map(communes.map((c) => [c.code, c]));
// Relative to the real today: the offer form schema refuses periods already over.
const TODAY = todayInParis();
const HOSTS: DemoHostSite[] = [
  {
    id: "demo-site-ehpad-sablar",
    organisationId: "demo-org-ehpad-dax",
    nom: "EHPAD Résidence du Sablar",
    categorie: "EHPAD",
    communeCode: "40088",
  },
  {
    id: "demo-site-creche-capbreton",
    organisationId: "demo-org-creche-capbreton",
    nom: "Crèche de Capbreton",
    categorie: "EAJE",
    communeCode: "40065",
  },
];
const demo = generateDemoStages({ today: TODAY, communes, hostSites: HOSTS });
const { organisations, offres, candidatures } = demo;
const sites = organisations.flatMap((o) => o.sites);
const siteById = new Map(sites.map((s) => [s.id, s]));

describe("offres de stage de démonstration", () => {
  it("compte environ 300 offres, surtout publiées, avec des identifiants uniques", () => {
    expect(offres.length).toBeGreaterThanOrEqual(280);
    expect(offres.length).toBeLessThanOrEqual(320);
    expect(new Set(offres.map((o) => o.id)).size).toBe(offres.length);
    expect(new Set(sites.map((s) => s.id)).size).toBe(sites.length);
    expect(new Set(organisations.map((o) => o.id)).size).toBe(organisations.length);
    expect(new Set(offres.flatMap((o) => o.periodes.map((p) => p.id))).size).toBe(
      offres.reduce((n, o) => n + o.periodes.length, 0),
    );
    for (const id of [
      ...offres.map((o) => o.id),
      ...sites.map((s) => s.id),
      ...organisations.map((o) => o.id),
    ]) {
      expect(id).toMatch(/^[a-z0-9-]{1,64}$/);
    }
    const publiees = offres.filter((o) => o.statut === "publiee").length;
    expect(publiees / offres.length).toBeGreaterThan(0.8);
    const soumises = offres.filter((o) => o.statut === "soumise");
    expect(soumises.length).toBeGreaterThanOrEqual(5);
    for (const o of soumises) expect(o.soumiseAt).not.toBeNull();
  });

  it("place les offres dans au moins 80 communes réelles des Landes, sur les 9 territoires", () => {
    expect(communes).toHaveLength(327);
    for (const [code, nom] of DEMO_COMMUNES) expect(communeByCode.get(code)?.nom, code).toBe(nom);
    for (const code of Object.keys(DEMO_GARES)) expect(communeByCode.has(code), code).toBe(true);
    for (const o of offres) expect(communeByCode.has(o.communeCode), o.id).toBe(true);
    expect(new Set(offres.map((o) => o.communeCode)).size).toBeGreaterThanOrEqual(80);
    const territoires = new Set(
      offres.map((o) => territoireSlugForEpci(communeByCode.get(o.communeCode)?.epciCode ?? "")),
    );
    expect([...territoires].sort()).toEqual(TERRITOIRES.map((t) => t.slug).sort());
  });

  it("décale chaque site de moins de 800 m du point de sa commune", () => {
    for (const s of sites) {
      const commune = communeByCode.get(s.communeCode);
      expect(commune, s.id).toBeDefined();
      if (commune) expect(distanceMetres(commune, s), s.id).toBeLessThanOrEqual(800);
    }
  });

  it("rattache chaque offre à un site généré, hôte ou à celui de l'employeur démo, de la même organisation", () => {
    const hostById = new Map(HOSTS.map((h) => [h.id, h]));
    for (const o of offres) {
      const site = siteById.get(o.siteId) ?? hostById.get(o.siteId);
      if (o.siteId === PERSONA_EMPLOYEUR_SITE_ID) {
        expect(o.organisationId).toBe(personas.employeur.organisation.id);
        continue;
      }
      expect(site, o.id).toBeDefined();
      expect(o.organisationId).toBe(site?.organisationId);
      expect(o.communeCode).toBe(site?.communeCode);
    }
    for (const h of HOSTS)
      expect(
        offres.some((o) => o.siteId === h.id),
        h.id,
      ).toBe(true);
  });

  it("donne à l'employeur démo une offre dans chaque état utile", () => {
    const pins = offres.filter((o) => o.organisationId === personas.employeur.organisation.id);
    const count = (statut: string) => pins.filter((o) => o.statut === statut).length;
    expect([
      count("publiee"),
      count("soumise"),
      count("brouillon"),
      count("refusee"),
      count("pourvue"),
    ]).toEqual([3, 1, 1, 1, 1]);
    expect(pins.find((o) => o.statut === "refusee")?.motifRefus).toBeTruthy();
  });

  it("n'utilise que des diplômes, catégories, publics et niveaux du référentiel", () => {
    const diplomes = new Set(DIPLOMES.map((d) => d.code));
    const categories = new Set(CATEGORIES.map((c) => c.code));
    const publics = new Set(PUBLICS.map((p) => p.code));
    for (const o of offres) {
      expect(o.diplomes.length, o.id).toBeGreaterThanOrEqual(1);
      expect(o.diplomes.length, o.id).toBeLessThanOrEqual(3);
      expect(new Set(o.diplomes).size).toBe(o.diplomes.length);
      for (const code of o.diplomes) expect(diplomes.has(code), `${o.id} ${code}`).toBe(true);
      expect(NIVEAUX).toContain(o.niveau);
      expect(categories.has(o.categorie)).toBe(true);
    }
    for (const s of sites) {
      expect(categories.has(s.categorie), s.id).toBe(true);
      expect(publics.has(s.public), s.id).toBe(true);
    }
    expect(new Set(offres.flatMap((o) => o.diplomes)).size).toBe(DIPLOMES.length);
  });

  it("garde des conditions cohérentes : jamais permis et sans voiture, places restantes ≤ places", () => {
    for (const o of offres) {
      expect(o.permisRequis && o.sansVoiture, o.id).toBe(false);
      expect(o.placesRestantes, o.id).toBeGreaterThanOrEqual(0);
      expect(o.placesRestantes, o.id).toBeLessThanOrEqual(o.places);
      expect(o.places).toBeGreaterThanOrEqual(1);
      expect(o.places).toBeLessThanOrEqual(4);
      if (o.statut === "pourvue") expect(o.placesRestantes).toBe(0);
      if (o.statut === "publiee") expect(o.placesRestantes).toBeGreaterThan(0);
      expect(o.dureeMinSemaines).toBeGreaterThanOrEqual(2);
      expect(o.dureeMaxSemaines).toBeLessThanOrEqual(12);
      expect(o.dureeMinSemaines).toBeLessThanOrEqual(o.dureeMaxSemaines);
      if (o.sansVoiture) expect(o.transportDetail, o.id).toBeTruthy();
      if (o.gratification) expect(o.gratificationDetail, o.id).toBeTruthy();
      expect(o.tuteurContact).toMatch(/^([a-z-]+\.[a-z-]+@demo\.iflts\.fr|05 36 49 \d\d \d\d)$/);
    }
  });

  it("ordonne les périodes, dans le futur sauf pour les offres expirées", () => {
    for (const o of offres) {
      if (o.touteLAnnee) {
        expect(o.periodes, o.id).toEqual([]);
        expect(o.finDernierePeriode).toBeNull();
        continue;
      }
      expect(o.periodes.length, o.id).toBeGreaterThanOrEqual(1);
      expect(o.periodes.length, o.id).toBeLessThanOrEqual(3);
      let previousFin = "";
      for (const p of o.periodes) {
        expect(p.debut <= p.fin, o.id).toBe(true);
        expect(p.debut > previousFin, o.id).toBe(true);
        previousFin = p.fin;
        if (o.statut === "expiree") expect(p.fin < TODAY, o.id).toBe(true);
        else expect(p.debut > TODAY, o.id).toBe(true);
      }
      expect(o.finDernierePeriode).toBe(previousFin);
    }
    expect(offres.filter((o) => o.touteLAnnee).length / offres.length).toBeGreaterThan(0.08);
  });

  it("date les publications des 60 derniers jours (hors offres expirées)", () => {
    const now = new Date(`${TODAY}T00:00:00.000Z`).getTime();
    for (const o of offres) {
      if (o.publieeAt && o.statut !== "expiree") {
        expect(now - o.publieeAt.getTime(), o.id).toBeGreaterThan(0);
        expect(now - o.publieeAt.getTime(), o.id).toBeLessThanOrEqual(61 * 86_400_000);
      }
      expect(o.publieeAt !== null).toBe(
        o.statut === "publiee" || o.statut === "pourvue" || o.statut === "expiree",
      );
    }
  });

  it("passe le schéma du formulaire d'offre (titres, descriptions, tuteur, périodes)", () => {
    for (const o of offres.filter((x) => x.statut !== "expiree")) {
      const form = {
        organisationId: o.organisationId,
        siteId: o.siteId,
        titre: o.titre,
        description: o.description,
        niveau: o.niveau,
        diplomeIds: o.diplomes.map((d) => `diplome-${d.toLowerCase()}`.replaceAll("_", "-")),
        touteLAnnee: o.touteLAnnee ? "on" : undefined,
        periodeDebut: o.periodes.map((p) => p.debut),
        periodeFin: o.periodes.map((p) => p.fin),
        dureeMinSemaines: String(o.dureeMinSemaines),
        dureeMaxSemaines: String(o.dureeMaxSemaines),
        places: String(o.places),
        tuteurNom: o.tuteurNom,
        tuteurFonction: o.tuteurFonction,
        tuteurContact: o.tuteurContact,
        gratificationDetail: o.gratificationDetail ?? undefined,
        transportDetail: o.transportDetail ?? undefined,
        distanceGareKm: o.distanceGareKm === null ? undefined : String(o.distanceGareKm),
      };
      const result = StageOffreSchema.safeParse(form);
      expect(result.success, `${o.id} ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it("crée des employeurs vérifiables : SIRET valides et distincts, sites nommés et adressés", () => {
    expect(new Set(organisations.map((o) => o.siret)).size).toBe(organisations.length);
    for (const o of organisations) {
      expect(siretValid(o.siret), o.siret).toBe(true);
      expect(o.nom).toMatch(/\(démo\)$/);
      expect(o.sites.length).toBeGreaterThanOrEqual(1);
    }
    for (const s of sites) {
      expect(s.nom.length).toBeGreaterThan(3);
      expect(s.adresse.length).toBeGreaterThan(3);
    }
  });

  it("prépare trois candidatures de l'apprenant·e démo, cohérentes avec les offres", () => {
    const byId = new Map(offres.map((o) => [o.id, o]));
    expect(candidatures.map((c) => c.statut).sort()).toEqual(["acceptee", "envoyee", "lue"]);
    expect(new Set(candidatures.map((c) => c.offreId)).size).toBe(3);
    for (const c of candidatures) {
      const offre = byId.get(c.offreId);
      expect(offre?.statut, c.id).toBe("publiee");
      expect(c.apprenantId).toBe(personas.apprenant.id);
      expect(offre?.diplomes).toContain(c.diplome);
      expect(c.createdAt.getTime(), c.id).toBeGreaterThan(offre?.publieeAt?.getTime() ?? Infinity);
      const periode = offre?.periodes.find((p) => p.debut <= c.periodeDebut && c.periodeFin <= p.fin);
      expect(periode, c.id).toBeDefined();
    }
    const envoyee = candidatures.find((c) => c.statut === "envoyee");
    const age = new Date(`${TODAY}T12:00:00.000Z`).getTime() - (envoyee?.createdAt.getTime() ?? 0);
    expect(age).toBeGreaterThan(7 * 86_400_000);
    expect(byId.get(envoyee?.offreId ?? "")?.organisationId).toBe(personas.employeur.organisation.id);
    const acceptee = candidatures.find((c) => c.statut === "acceptee");
    const offreAcceptee = byId.get(acceptee?.offreId ?? "");
    expect(offreAcceptee?.placesRestantes).toBe((offreAcceptee?.places ?? 0) - 1);
  });

  it("est déterministe : mêmes données à chaque appel, seules les dates suivent « aujourd'hui »", () => {
    expect(generateDemoStages({ today: TODAY, communes, hostSites: HOSTS })).toEqual(demo);
    // Input order does not matter.
    expect(generateDemoStages({ today: TODAY, communes: [...communes].reverse(), hostSites: HOSTS })).toEqual(
      demo,
    );
    const later = generateDemoStages({ today: "2031-01-15", communes, hostSites: HOSTS });
    const strip = (d: typeof demo) =>
      d.offres.map(({ id, titre, description, diplomes, statut, places, tuteurNom }) => ({
        id,
        titre,
        description,
        diplomes,
        statut,
        places,
        tuteurNom,
      }));
    expect(strip(later)).toEqual(strip(demo));
    expect(later.organisations).toEqual(organisations);
  });
});
