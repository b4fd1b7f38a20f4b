// Every server action and route handler, with who may call it. A new one missing here fails the suite.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getActionAccess } from "@/lib/actions/define-action";
import { ACCESS_DENIED, SIGN_IN_REQUIRED } from "@/lib/actions/result";
import { hasAccess, ROLES, type Access, type AppRole } from "@/lib/auth/permissions";
import { actionFiles, discoverActions, ROOT, sourceFiles } from "@/tests/support/actions";
import { signInAs } from "@/tests/support/session";
import { createPersona } from "@/tests/factories";
import type { PersonaName } from "@/prisma/personas";

export const ACTIONS: Record<string, Access> = {
  "lib/comptes/actions.ts#inscrireApprenant": "public",
  "lib/comptes/actions.ts#inscrireOrganisation": "public",
  "lib/comptes/actions.ts#demanderReinitialisation": "public",
  "lib/comptes/actions.ts#reinitialiserMotDePasse": "public",
  "lib/comptes/actions.ts#supprimerMonCompte": "user",
  "lib/organisations/actions.ts#deciderOrganisation": "staff",
  "lib/organisations/actions.ts#enregistrerSite": ["employeur", "organisme"],
  "lib/organisations/actions.ts#enregistrerNumeroActivite": "organisme",
  "lib/stages/actions.ts#enregistrerStage": "employeur",
  "lib/stages/actions.ts#archiverStage": "employeur",
  "lib/stages/actions.ts#deciderStage": "staff",
  "lib/stages/actions.ts#signalerStage": "user",
  "lib/stages/actions.ts#traiterSignalement": "staff",
  "lib/stages/actions.ts#candidater": "apprenant",
  "lib/stages/actions.ts#accepterCandidature": "employeur",
  "lib/stages/actions.ts#refuserCandidature": "employeur",
  "lib/stages/actions.ts#retirerCandidature": "apprenant",
  "lib/formations/actions.ts#enregistrerFormation": "organisme",
  "lib/formations/actions.ts#archiverFormation": "organisme",
  "lib/formations/actions.ts#deciderFormation": "staff",
  "lib/favoris/actions.ts#basculerFavori": "apprenant",
  "lib/gouvernance/actions.ts#demanderAdhesion": "user",
  "lib/gouvernance/actions.ts#deciderAdhesion": "staff",
  "lib/gouvernance/actions.ts#quitterCollege": "user",
  "lib/annuaire/actions.ts#enregistrerAnnuaire": ["employeur", "organisme"],
  "lib/pratiques/actions.ts#soumettrePratique": ["gouvernance", "staff"],
  "lib/pratiques/actions.ts#deciderPratique": "staff",
  "lib/ressources/actions.ts#declarerFamille": "user",
  "lib/ressources/actions.ts#deciderFamille": "staff",
  "lib/ressources/actions.ts#enregistrerRessource": "user",
  "lib/ressources/actions.ts#archiverRessource": "user",
  "lib/ressources/actions.ts#deciderRessource": "staff",
  "lib/ressources/actions.ts#proposerRessource": ["cellule", "staff"],
  "lib/ressources/actions.ts#annulerProposition": ["cellule", "staff"],
  "lib/ressources/actions.ts#accepterProposition": "apprenant",
  "lib/ressources/actions.ts#declinerProposition": "apprenant",
  "lib/freins/actions.ts#deposerDemande": "apprenant",
  "lib/freins/actions.ts#ecrireMessageApprenant": "apprenant",
  "lib/freins/actions.ts#retirerDemande": "apprenant",
  "lib/freins/actions.ts#supprimerDemande": "apprenant",
  "lib/freins/actions.ts#prendreEnChargeDemande": ["cellule", "staff"],
  "lib/freins/actions.ts#changerStatutDemande": ["cellule", "staff"],
  "lib/freins/actions.ts#ecrireMessageAgent": ["cellule", "staff"],
  "lib/freins/actions.ts#ajouterNoteDemande": ["cellule", "staff"],
  "lib/territoires/cellules-actions.ts#enregistrerCellule": "staff",
  "lib/territoires/cellules-actions.ts#ajouterAgentCellule": "staff",
  "lib/territoires/cellules-actions.ts#retirerAgentCellule": "staff",
};

export const ROUTES: Record<string, Access> = {
  "app/api/auth/[...nextauth]/route.ts#GET": "public",
  "app/api/auth/[...nextauth]/route.ts#POST": "public",
  "app/api/sante/route.ts#GET": "public",
  "app/(compte)/compte/mes-donnees/export/route.ts#GET": "user",
  "app/api/carte/stages/route.ts#GET": "public",
  "app/api/carte/ressources/route.ts#GET": "public",
  "app/api/formations/route.ts#GET": "public",
  "app/api/formations/csv/route.ts#GET": "public",
  "app/api/formations/lheo/route.ts#GET": "public",
  "app/api/stages/route.ts#GET": "public",
  "app/api/stages/csv/route.ts#GET": "public",
  "app/api/stages/schema/route.ts#GET": "public",
  "app/(gouvernance)/gouvernance/tableau-de-bord/csv/route.ts#GET": ["gouvernance", "staff"],
  "app/(public)/observatoire/csv/route.ts#GET": "public",
};

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
const routeFiles = sourceFiles("app").filter((f) => path.basename(f) === "route.ts");

describe("liste d'autorisation", () => {
  it("trouve les fichiers d'actions et de routes", () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(2);
    expect(routeFiles.length).toBeGreaterThanOrEqual(2);
  });

  it("chaque action serveur est construite avec defineAction et listée avec le même accès", async () => {
    const actions = await discoverActions();
    for (const [key, action] of actions) {
      expect(getActionAccess(action), `${key} doit être construite avec defineAction`).toBeDefined();
      expect(
        ACTIONS[key],
        `${key} manque dans ACTIONS (tests/integration/authorization.test.ts)`,
      ).toBeDefined();
      expect(getActionAccess(action), `accès déclaré de ${key}`).toEqual(ACTIONS[key]);
    }
    expect([...actions.keys()].sort(), "ACTIONS liste une action qui n'existe plus").toEqual(
      Object.keys(ACTIONS).sort(),
    );
  });

  it("chaque gestionnaire de route est listé", async () => {
    const found: string[] = [];
    for (const file of routeFiles) {
      const source = readFileSync(path.join(ROOT, file), "utf8");
      for (const method of HTTP_METHODS) {
        if (
          new RegExp(`export\\s+(async\\s+)?(function|const)\\s+${method}\\b|as\\s+${method}\\b`).test(source)
        ) {
          found.push(`${file}#${method}`);
        }
      }
    }
    expect(found.sort()).toEqual(Object.keys(ROUTES).sort());
  });
});

const PERSONA_OF_ROLE: Record<AppRole, PersonaName> = {
  apprenant: "apprenant",
  employeur: "employeur",
  organisme: "organisme",
  staff: "staff",
  cellule: "cellule",
  gouvernance: "gouvernance",
};

describe("chaque action refuse qui n'y a pas droit", async () => {
  const actions = await discoverActions();
  const guarded = [...actions].filter(([key]) => ACTIONS[key] !== "public");

  it.each(guarded)("%s refuse une personne non connectée", async (_key, action) => {
    await expect(action(undefined, new FormData())).resolves.toEqual({
      ok: false,
      formError: SIGN_IN_REQUIRED,
    });
  });

  for (const role of ROLES) {
    it.each(guarded)(`%s : rôle ${role}`, async (key, action) => {
      signInAs(await createPersona(PERSONA_OF_ROLE[role]));
      const result = await action(undefined, new FormData());
      if (hasAccess({ roles: [role] }, ACTIONS[key]!)) {
        // Allowed: the empty form reaches validation instead of being refused.
        expect(result).toMatchObject({ ok: false, fieldErrors: expect.any(Object) });
      } else {
        expect(result).toEqual({ ok: false, formError: ACCESS_DENIED });
      }
    });
  }
});

// Guarded route handlers, called as a browser would: anonymous → 401, a role without access → 404
// (the route is not revealed), a role with access → 200. A query string a route needs, by route.
const ROUTE_QUERIES: Record<string, string> = {
  "app/(gouvernance)/gouvernance/tableau-de-bord/csv/route.ts#GET": "?indicateur=freins-besoins",
};

describe("chaque gestionnaire de route réservé refuse qui n'y a pas droit", () => {
  const guardedRoutes = Object.entries(ROUTES).filter(([, access]) => access !== "public");

  it.each(guardedRoutes)("%s", async (key, access) => {
    const [file, method] = key.split("#") as [string, string];
    const mod = (await import(path.join(ROOT, file))) as Record<
      string,
      (request: Request) => Promise<Response>
    >;
    const call = () => mod[method]!(new Request(`http://localhost/route${ROUTE_QUERIES[key] ?? ""}`));
    signInAs(null);
    expect((await call()).status, "sans session").toBe(401);
    for (const role of ROLES) {
      signInAs(await createPersona(PERSONA_OF_ROLE[role]));
      expect((await call()).status, role).toBe(hasAccess({ roles: [role] }, access) ? 200 : 404);
    }
  });
});
