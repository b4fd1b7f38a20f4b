import { describe, expect, it } from "vitest";
import { effectiveRoles, hasAccess, type OrganisationSummary } from "@/lib/auth/permissions";

const org = (
  type: OrganisationSummary["type"],
  statut: OrganisationSummary["statut"] = "verifiee",
): OrganisationSummary => ({
  id: `${type}-${statut}`,
  nom: "Org",
  type,
  statut,
  communeCode: "40088",
});

describe("rôles effectifs", () => {
  it("ajoute employeur et organisme d'après les organisations, sans doublon, dans un ordre stable", () => {
    expect(
      effectiveRoles(
        ["staff", "apprenant"],
        [org("organisme_formation"), org("employeur"), org("employeur", "en_attente")],
      ),
    ).toEqual(["apprenant", "employeur", "organisme", "staff"]);
  });

  it("ignore une valeur de rôle inconnue venue de la base", () => {
    expect(effectiveRoles(["admin", "cellule"], [])).toEqual(["cellule"]);
  });

  it("donne « gouvernance » à un membre accepté d'un collège, et seulement à lui", () => {
    expect(effectiveRoles(["apprenant"], [], { collegeMember: true })).toEqual(["apprenant", "gouvernance"]);
    expect(effectiveRoles([], [org("employeur")], { collegeMember: true })).toEqual([
      "employeur",
      "gouvernance",
    ]);
    expect(effectiveRoles([], [org("employeur")], { collegeMember: false })).toEqual(["employeur"]);
    expect(effectiveRoles(["apprenant"], [])).toEqual(["apprenant"]);
  });

  it("garde « gouvernance » détenu directement, sans adhésion", () => {
    expect(effectiveRoles(["gouvernance"], [], { collegeMember: false })).toEqual(["gouvernance"]);
  });
});

describe("hasAccess", () => {
  it("public : tout le monde, même sans session", () => {
    expect(hasAccess(null, "public")).toBe(true);
  });

  it("user : toute personne connectée, pas l'anonyme", () => {
    expect(hasAccess(null, "user")).toBe(false);
    expect(hasAccess({ roles: [] }, "user")).toBe(true);
  });

  it("un rôle ou une liste de rôles", () => {
    expect(hasAccess({ roles: ["apprenant"] }, "staff")).toBe(false);
    expect(hasAccess({ roles: ["apprenant", "staff"] }, "staff")).toBe(true);
    expect(hasAccess({ roles: ["organisme"] }, ["employeur", "organisme"])).toBe(true);
    expect(hasAccess({ roles: ["gouvernance"] }, ["employeur", "organisme"])).toBe(false);
    expect(hasAccess(null, ["employeur"])).toBe(false);
  });
});
