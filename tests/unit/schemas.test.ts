import { describe, expect, it } from "vitest";
import { z } from "zod";
import { InscriptionOrganisationSchema, SignInSchema } from "@/lib/comptes/schemas";
import { SiteSchema } from "@/lib/organisations/schemas";
import { ReturnPathSchema } from "@/lib/comptes/retour";
import { formDataToObject } from "@/lib/actions/define-action";
import { renderMail } from "@/lib/mail/render";

const organisation = {
  prenom: "Léa",
  nom: "Dufau",
  email: "lea@exemple.fr",
  password: "une phrase de passe",
  passwordConfirm: "une phrase de passe",
  conditions: "on",
  type: "organisme_formation",
  organisationNom: "MFR de Mugron",
  siret: "732 829 320 00074",
  adresse: "1 route de Dax",
  communeCode: "40201",
};

describe("schémas d'inscription", () => {
  it("normalise l'adresse e-mail (espaces, majuscules)", () => {
    expect(SignInSchema.parse({ email: "  Lea@Exemple.FR ", password: "x" }).email).toBe("lea@exemple.fr");
  });

  it("accepte une organisation sans FINESS et compacte le SIRET", () => {
    const parsed = InscriptionOrganisationSchema.parse({ ...organisation, finess: "" });
    expect(parsed.siret).toBe("73282932000074");
    expect(parsed.finess).toBeUndefined();
  });

  it("donne des messages en français par champ", () => {
    const result = InscriptionOrganisationSchema.safeParse({
      ...organisation,
      type: "banque",
      organisationNom: "x".repeat(151),
      communeCode: "Dax",
    });
    expect(result.success).toBe(false);
    const { fieldErrors } = z.flattenError(result.error!);
    expect(fieldErrors).toMatchObject({
      type: ["Choisissez le type d'organisation."],
      organisationNom: ["Nom de l'organisation : 150 caractères au maximum."],
      communeCode: ["Choisissez la commune dans la liste."],
    });
  });
});

describe("schéma de site", () => {
  const site = {
    organisationId: "org-1",
    nom: "Site",
    adresse: "1 rue",
    communeCode: "40088",
    latitude: "43.71",
    longitude: "-1.05",
  };

  it("convertit les coordonnées saisies et met la source par défaut", () => {
    expect(SiteSchema.parse(site)).toMatchObject({
      latitude: 43.71,
      longitude: -1.05,
      coordonneesSource: "commune",
    });
    expect(SiteSchema.parse(site).categorieId).toBeUndefined();
  });

  it("refuse des coordonnées hors des Landes ou illisibles", () => {
    expect(SiteSchema.safeParse({ ...site, latitude: "44.84", longitude: "-0.58" }).success).toBe(false); // Bordeaux
    expect(SiteSchema.safeParse({ ...site, latitude: "abc" }).success).toBe(false);
    expect(SiteSchema.safeParse({ ...site, organisationId: "x'; drop table" }).success).toBe(false);
  });
});

describe("chemin de retour après connexion", () => {
  it.each([
    ["/espace-employeur", "/espace-employeur"],
    ["/organisations/abc?site=1", "/organisations/abc?site=1"],
    ["https://pirate.example/", "/"],
    ["//pirate.example/", "/"],
    ["/\\pirate.example", "/"],
    ["javascript:alert(1)", "/"],
  ])("%s → %s", (input, expected) => {
    expect(ReturnPathSchema.parse(input)).toBe(expected);
  });
});

describe("formDataToObject", () => {
  it("regroupe les clés répétées et ignore les clés internes de Next", () => {
    const data = new FormData();
    data.append("besoin", "logement");
    data.append("besoin", "mobilite");
    data.append("nom", "Léa");
    data.append("$ACTION_ID_abc", "");
    expect(formDataToObject(data)).toEqual({ besoin: ["logement", "mobilite"], nom: "Léa" });
  });
});

describe("mails", () => {
  it("échappe le texte fourni par les utilisateurs dans la version HTML", () => {
    const { html, text } = renderMail({
      subject: "s",
      greeting: "Bonjour <script>",
      paragraphs: ['Motif : "<img src=x onerror=alert(1)>"'],
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(text).toContain("<img src=x onerror=alert(1)>");
  });
});

describe("SIRET : un seul message, le plus utile", () => {
  const siretErrors = (siret: string) => {
    const result = InscriptionOrganisationSchema.safeParse({ ...organisation, siret });
    return result.success ? [] : (z.flattenError(result.error).fieldErrors.siret ?? []);
  };
  it.each([
    ["", "Indiquez le numéro SIRET."],
    ["1234", "Le SIRET comporte 14 chiffres."],
    ["73282932000075", "Ce numéro SIRET n'est pas valide (clé de contrôle incorrecte) : vérifiez-le."],
  ])("%j", (siret, message) => {
    expect(siretErrors(siret)).toEqual([message]);
  });
});
