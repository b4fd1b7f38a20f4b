import { describe, expect, it } from "vitest";
import { COLLEGES, collegeId } from "@/prisma/reference/colleges";
import { isHttpUrl, readLiens } from "@/lib/annuaire/schemas";
import { actionLabel, entityHref } from "@/lib/audit/constants";

describe("collèges (données de référence)", () => {
  it("cinq collèges aux slugs stables : trois pour les organisations, deux pour les personnes", () => {
    expect(COLLEGES.map((c) => [c.slug, c.membreType])).toEqual([
      ["institutions", "organisation"],
      ["employeurs", "organisation"],
      ["organismes-formation", "organisation"],
      ["apprenants", "personne"],
      ["familles", "personne"],
    ]);
    expect(new Set(COLLEGES.map((c) => c.ordre)).size).toBe(5);
    for (const c of COLLEGES) expect(c.description.length, c.slug).toBeGreaterThan(100);
    expect(collegeId("employeurs")).toBe("college-employeurs");
  });
});

describe("liens de l'annuaire", () => {
  it("n'accepte que des adresses http(s) complètes", () => {
    expect(isHttpUrl("https://www.exemple.fr/emplois")).toBe(true);
    expect(isHttpUrl("http://exemple.fr")).toBe(true);
    for (const bad of [
      "javascript:alert(1)",
      "ftp://exemple.fr",
      "exemple.fr",
      "https://",
      "data:text/html,x",
    ])
      expect(isHttpUrl(bad), bad).toBe(false);
  });

  it("associe libellés et adresses, ignore les lignes vides et nomme chaque problème", () => {
    expect(
      readLiens({
        lienLibelle: ["Emplois", "", "Livret", ""],
        lienUrl: ["https://a.fr", "", "", "https://b.fr"],
      }),
    ).toEqual({
      liens: [{ libelle: "Emplois", url: "https://a.fr" }],
      problems: ["Lien 3 : indiquez l'adresse du lien.", "Lien 4 : indiquez le libellé du lien."],
    });
    expect(readLiens({ lienLibelle: "Seul", lienUrl: "https://seul.fr" }).liens).toHaveLength(1);
  });
});

describe("journal : libellés", () => {
  it("nomme les actions en français, distingue les adhésions et garde une action inconnue telle quelle", () => {
    expect(actionLabel("moderation.soumise", "CollegeMembership")).toBe("Demande d'adhésion envoyée");
    expect(actionLabel("adhesion.retiree", "CollegeMembership")).toBe("Retrait du collège");
    expect(actionLabel("moderation.refusee", "OffreFormation")).toBe("Refusée par la modération");
    expect(actionLabel("demande.lecture", "DemandeAide")).toBe("Consultation d'une demande d'aide");
    expect(actionLabel("autre.chose", "X")).toBe("autre.chose");
    expect(entityHref("BonnePratique", "abc")).toBe("/bonnes-pratiques/abc");
    expect(entityHref("DemandeAide", "abc")).toBeNull();
  });
});
