import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AnnuaireErrors } from "@/lib/annuaire/errors";
import { enregistrerAnnuaire } from "@/lib/annuaire/actions";
import { getAnnuaireList, getAnnuaireOrganisation } from "@/lib/annuaire/queries";
import { parseAnnuaireFilters } from "@/lib/annuaire/filters";
import { signInAs } from "@/tests/support/session";
import { createOrganisation, createPersona, form } from "@/tests/factories";

const ORG = "persona-org-employeur"; // Mont-de-Marsan (40192), territoire « marsan »
const ORGANISME = "persona-org-organisme"; // Dax (40088), territoire « dax-orthe »

async function list(organisationId: string, data: { presentation?: string; siteWeb?: string } = {}) {
  await db.organisation.update({ where: { id: organisationId }, data: { annuaireVisible: true, ...data } });
}

async function addSite(organisationId: string, communeCode: string) {
  await db.site.create({
    data: {
      organisationId,
      nom: "Antenne",
      adresse: "1 rue de la Gare",
      communeCode,
      latitude: 43.7,
      longitude: -1.0,
    },
  });
}

const noms = async (raw: Record<string, string>) =>
  (await getAnnuaireList(parseAnnuaireFilters(raw).filters)).items.map((i) => i.nom).sort();

describe("annuaire public", () => {
  it("ne montre que les organisations vérifiées qui ont choisi d'y figurer", async () => {
    await createPersona("employeur");
    await createPersona("organisme");
    const enAttente = await createOrganisation({ statut: "en_attente" });
    await list(enAttente.id);
    await list(ORG, { presentation: "Un EHPAD au cœur des pins." });
    // The training body is verified but not listed.
    expect(await noms({})).toEqual(["EHPAD Les Pins (démo)"]);
    expect(await getAnnuaireOrganisation(ORG)).toMatchObject({ nom: "EHPAD Les Pins (démo)", stages: 0 });
    expect(await getAnnuaireOrganisation(ORGANISME)).toBeNull();
    expect(await getAnnuaireOrganisation(enAttente.id)).toBeNull();
    expect(await getAnnuaireOrganisation("inconnue")).toBeNull();
  });

  it("filtre par type, par territoire (commune de l'organisation ou d'un site) et cherche sans accents", async () => {
    await createPersona("employeur");
    await createPersona("organisme");
    await list(ORG, { presentation: "Accueil de stagiaires aides-soignants en EHPAD." });
    await list(ORGANISME, { presentation: "Préparation au diplôme d'éducateur spécialisé." });

    expect(await noms({ type: "employeur" })).toEqual(["EHPAD Les Pins (démo)"]);
    expect(await noms({ type: "organisme_formation" })).toEqual(["Institut de formation Adour (démo)"]);
    expect(await noms({ territoire: "marsan" })).toEqual(["EHPAD Les Pins (démo)"]);
    expect(await noms({ territoire: "dax-orthe" })).toEqual(["Institut de formation Adour (démo)"]);
    // A site in Dax puts the Mont-de-Marsan employer in that territory too.
    await addSite(ORG, "40088");
    expect(await noms({ territoire: "dax-orthe" })).toEqual([
      "EHPAD Les Pins (démo)",
      "Institut de formation Adour (démo)",
    ]);
    expect(await noms({ q: "EDUCATEUR specialise" })).toEqual(["Institut de formation Adour (démo)"]);
    expect(await noms({ q: "mont-de-marsan" })).toEqual(["EHPAD Les Pins (démo)"]);
    expect(await noms({ q: "pins", type: "organisme_formation" })).toEqual([]);
    // A bad filter is left out and reported.
    const parsed = parseAnnuaireFilters({ type: "banque" });
    expect(parsed.filters).toEqual({});
    expect(parsed.issues).toEqual([{ champ: "type", message: "valeur non reconnue." }]);
  });
});

describe("fiche annuaire d'une organisation", () => {
  it("un membre enregistre sa fiche et ses liens, publiés dans l'annuaire", async () => {
    signInAs(await createPersona("employeur"));
    const result = await enregistrerAnnuaire(
      undefined,
      form({
        organisationId: ORG,
        annuaireVisible: "on",
        presentation: "EHPAD de 80 places.",
        siteWeb: "https://ehpad-les-pins.example.fr",
        lienLibelle: ["Offres d'emploi", "", "Livret d'accueil"],
        lienUrl: ["https://emplois.example.fr", "", "http://livret.example.fr/accueil"],
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const fiche = await getAnnuaireOrganisation(ORG);
    expect(fiche).toMatchObject({
      presentation: "EHPAD de 80 places.",
      siteWeb: "https://ehpad-les-pins.example.fr",
    });
    expect(fiche?.liens.map((l) => [l.libelle, l.url])).toEqual([
      ["Offres d'emploi", "https://emplois.example.fr"],
      ["Livret d'accueil", "http://livret.example.fr/accueil"],
    ]);
    // Unticking the box takes the organisation out of the directory.
    await enregistrerAnnuaire(undefined, form({ organisationId: ORG, presentation: "EHPAD de 80 places." }));
    expect(await getAnnuaireOrganisation(ORG)).toBeNull();
  });

  it("refuse une adresse qui n'est pas http(s), plus de 10 liens, et ne change rien", async () => {
    signInAs(await createPersona("employeur"));
    const mauvais = await enregistrerAnnuaire(
      undefined,
      form({
        organisationId: ORG,
        annuaireVisible: "on",
        siteWeb: "javascript:alert(1)",
        lienLibelle: ["Outil", "Sans adresse"],
        lienUrl: ["ftp://fichiers.example.fr", ""],
      }),
    );
    expect(mauvais).toMatchObject({
      ok: false,
      fieldErrors: {
        siteWeb: ["Site web : adresse web complète attendue, commençant par https:// ou http://."],
        liens: [
          "Lien 1 : adresse web complète attendue, commençant par https:// ou http://.",
          "Lien 2 : indiquez l'adresse du lien.",
        ],
      },
    });
    const trop = await enregistrerAnnuaire(
      undefined,
      form({
        organisationId: ORG,
        lienLibelle: Array.from({ length: 11 }, (_, i) => `Lien ${i}`),
        lienUrl: Array.from({ length: 11 }, (_, i) => `https://outil${i}.example.fr`),
      }),
    );
    expect(trop).toMatchObject({ ok: false, fieldErrors: { liens: ["10 liens au maximum."] } });
    const org = await db.organisation.findUniqueOrThrow({
      where: { id: ORG },
      select: { annuaireVisible: true, siteWeb: true },
    });
    expect(org).toEqual({ annuaireVisible: false, siteWeb: null });
    expect(await db.organisationLien.count()).toBe(0);
  });

  it("le membre d'une autre organisation ne peut pas modifier la fiche", async () => {
    await createPersona("employeur");
    signInAs(await createPersona("organisme"));
    const result = await enregistrerAnnuaire(
      undefined,
      form({ organisationId: ORG, annuaireVisible: "on", presentation: "Piratée" }),
    );
    expect(result).toMatchObject({ ok: false, formError: AnnuaireErrors.NonMembre });
    const org = await db.organisation.findUniqueOrThrow({
      where: { id: ORG },
      select: { annuaireVisible: true, presentation: true },
    });
    expect(org).toEqual({ annuaireVisible: false, presentation: null });
  });
});
