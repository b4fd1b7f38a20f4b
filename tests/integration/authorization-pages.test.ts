// Every protected page × every kind of caller: anonymous, each role, and for pages showing one
// record, a caller of the right role who does not own it (another organisation, another territory's
// agent, another learner). Each cell asserts allow, sign-in redirect or 404; a guarded page missing
// from PAGES fails the suite, as does a PAGES row whose access differs from the page's guard.
import { readFileSync } from "node:fs";
import path from "node:path";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hasAccess, type Access, type AppRole } from "@/lib/auth/permissions";
import { createOrganisation, createPersona, createUser } from "@/tests/factories";
import { createAgent, createDemande } from "@/tests/factories/freins";
import { createRessource } from "@/tests/factories/ressources";
import { createSite, createStageOffre } from "@/tests/factories/stages";
import { createFormationSessions } from "@/tests/factories/tableau-de-bord";
import { ROOT, sourceFiles } from "@/tests/support/actions";
import { signInAs } from "@/tests/support/session";
import { personas, type PersonaName } from "@/prisma/personas";

/** Records the pages show, owned by the personas (built once per test by `fixture()`). */
type Fixture = {
  stageId: string;
  formationId: string;
  siteId: string;
  demandeId: string;
  ressourceId: string;
};

/** Who owns the record of a page, when it shows one: the matching "other" caller must get a 404. */
type Owner = "organisation-employeur" | "organisation-organisme" | "apprenant" | "territoire";

type PageRow = { access: Access; params?: (f: Fixture) => Record<string, string>; owner?: Owner };

const EMPLOYEUR_ORG = personas.employeur.organisation.id;

export const PAGES: Record<string, PageRow> = {
  "app/(apprenant)/espace-apprenant/page.tsx": { access: "apprenant" },
  "app/(apprenant)/espace-apprenant/candidatures/page.tsx": { access: "apprenant" },
  "app/(apprenant)/espace-apprenant/favoris/page.tsx": { access: "apprenant" },
  "app/(apprenant)/espace-apprenant/demandes/page.tsx": { access: "apprenant" },
  "app/(apprenant)/espace-apprenant/demandes/nouvelle/page.tsx": { access: "apprenant" },
  "app/(apprenant)/espace-apprenant/demandes/[id]/page.tsx": {
    access: "apprenant",
    params: (f) => ({ id: f.demandeId }),
    owner: "apprenant",
  },
  "app/(cellule)/cellule/page.tsx": { access: ["cellule", "staff"] },
  "app/(cellule)/cellule/demandes/[id]/page.tsx": {
    access: ["cellule", "staff"],
    params: (f) => ({ id: f.demandeId }),
    owner: "territoire",
  },
  "app/(compte)/compte/mes-donnees/page.tsx": { access: "user" },
  "app/(compte)/notifications/page.tsx": { access: "user" },
  "app/(gouvernance)/gouvernance/adherer/page.tsx": { access: "user" },
  "app/(gouvernance)/gouvernance/bonnes-pratiques/page.tsx": { access: ["gouvernance", "staff"] },
  "app/(gouvernance)/gouvernance/bonnes-pratiques/nouvelle/page.tsx": { access: ["gouvernance", "staff"] },
  "app/(gouvernance)/gouvernance/tableau-de-bord/page.tsx": { access: ["gouvernance", "staff"] },
  "app/(organisation)/espace-employeur/page.tsx": { access: "employeur" },
  "app/(organisation)/espace-employeur/stages/nouveau/page.tsx": { access: "employeur" },
  "app/(organisation)/espace-employeur/stages/[id]/page.tsx": {
    access: "employeur",
    params: (f) => ({ id: f.stageId }),
    owner: "organisation-employeur",
  },
  "app/(organisation)/espace-employeur/stages/[id]/modifier/page.tsx": {
    access: "employeur",
    params: (f) => ({ id: f.stageId }),
    owner: "organisation-employeur",
  },
  "app/(organisation)/espace-organisme/page.tsx": { access: "organisme" },
  "app/(organisation)/espace-organisme/formations/nouveau/page.tsx": { access: "organisme" },
  "app/(organisation)/espace-organisme/formations/[id]/page.tsx": {
    access: "organisme",
    params: (f) => ({ id: f.formationId }),
    owner: "organisation-organisme",
  },
  "app/(organisation)/espace-organisme/formations/[id]/modifier/page.tsx": {
    access: "organisme",
    params: (f) => ({ id: f.formationId }),
    owner: "organisation-organisme",
  },
  "app/(organisation)/organisations/[id]/page.tsx": {
    access: ["employeur", "organisme"],
    params: () => ({ id: EMPLOYEUR_ORG }),
    owner: "organisation-employeur",
  },
  "app/(organisation)/organisations/[id]/annuaire/page.tsx": {
    access: ["employeur", "organisme"],
    params: () => ({ id: EMPLOYEUR_ORG }),
    owner: "organisation-employeur",
  },
  "app/(organisation)/organisations/[id]/sites/nouveau/page.tsx": {
    access: ["employeur", "organisme"],
    params: () => ({ id: EMPLOYEUR_ORG }),
    owner: "organisation-employeur",
  },
  "app/(organisation)/organisations/[id]/sites/[siteId]/page.tsx": {
    access: ["employeur", "organisme"],
    params: (f) => ({ id: EMPLOYEUR_ORG, siteId: f.siteId }),
    owner: "organisation-employeur",
  },
  "app/(ressources)/mes-ressources/page.tsx": { access: "user" },
  "app/(ressources)/mes-ressources/nouvelle/page.tsx": { access: "user" },
  "app/(ressources)/mes-ressources/[id]/page.tsx": {
    access: "user",
    params: (f) => ({ id: f.ressourceId }),
    owner: "organisation-employeur",
  },
  "app/(staff)/moderation/page.tsx": { access: "staff" },
  "app/(staff)/moderation/adhesions/page.tsx": { access: "staff" },
  "app/(staff)/moderation/bonnes-pratiques/page.tsx": { access: "staff" },
  "app/(staff)/moderation/cellules/page.tsx": { access: "staff" },
  "app/(staff)/moderation/familles/page.tsx": { access: "staff" },
  "app/(staff)/moderation/formations/page.tsx": { access: "staff" },
  "app/(staff)/moderation/journal/page.tsx": { access: "staff" },
  "app/(staff)/moderation/organisations/page.tsx": { access: "staff" },
  "app/(staff)/moderation/ressources/page.tsx": { access: "staff" },
  "app/(staff)/moderation/signalements/page.tsx": { access: "staff" },
  "app/(staff)/moderation/stages/page.tsx": { access: "staff" },
};

/** The access written in a page's guard: requireUser → "user", requireRole(x, …) → x. */
function guardOf(file: string): Access | null {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  if (/\brequireUser\(/.test(source)) return "user";
  const match = /\brequireRole\(\s*(\[[^\]]*\]|"[^"]+")/.exec(source);
  return match ? (JSON.parse(match[1]!) as Access) : null;
}

const guardedPages = sourceFiles("app")
  .filter((f) => path.basename(f) === "page.tsx")
  .filter((f) => guardOf(f) !== null)
  .sort();

/** Callers: the role personas, plus callers of the right role who do not own the record. */
type Caller =
  "anonyme" | AppRole | "famille" | "autre-employeur" | "autre-organisme" | "autre-apprenant" | "autre-agent";
const CALLERS: Caller[] = [
  "anonyme",
  "apprenant",
  "employeur",
  "organisme",
  "staff",
  "cellule",
  "gouvernance",
  "famille",
  "autre-employeur",
  "autre-organisme",
  "autre-apprenant",
  "autre-agent",
];

/** What the caller may do with a page: its roles, and whether it owns the page's record. */
function expected(row: PageRow, caller: Caller): "connexion" | "404" | "ok" {
  if (caller === "anonyme") return "connexion";
  const roles: Record<Exclude<Caller, "anonyme">, AppRole[]> = {
    apprenant: ["apprenant"],
    employeur: ["employeur"],
    organisme: ["organisme"],
    staff: ["staff"],
    cellule: ["cellule"],
    gouvernance: ["gouvernance"],
    famille: [],
    "autre-employeur": ["employeur"],
    "autre-organisme": ["organisme"],
    "autre-apprenant": ["apprenant"],
    "autre-agent": ["cellule"],
  };
  if (!hasAccess({ roles: roles[caller] }, row.access)) return "404";
  if (!row.owner) return "ok";
  const owners: Record<Owner, Caller[]> = {
    "organisation-employeur": ["employeur"],
    "organisation-organisme": ["organisme"],
    apprenant: ["apprenant"],
    territoire: ["cellule", "staff"],
  };
  return owners[row.owner].includes(caller) ? "ok" : "404";
}

async function fixture(): Promise<{ fixture: Fixture; users: Record<Exclude<Caller, "anonyme">, string> }> {
  const ids = {} as Record<PersonaName, string>;
  for (const name of Object.keys(personas) as PersonaName[]) ids[name] = await createPersona(name);
  const autreEmployeur = await createOrganisation({ statut: "verifiee" });
  const autreOrganisme = await createOrganisation({ type: "organisme_formation", statut: "verifiee" });
  const autreApprenant = await createUser({ roles: ["apprenant"] });
  const autreAgent = await createAgent("marsan");
  await createAgent("haute-lande", ids.cellule);

  const site = await createSite({ organisationId: EMPLOYEUR_ORG });
  const stage = await createStageOffre({
    organisationId: EMPLOYEUR_ORG,
    siteId: site.id,
    memberId: ids.employeur,
  });
  const formationId = await createFormationSessions({ communeCode: "40088", diplome: "deaes", sessions: [] });
  await db.offreFormation.update({
    where: { id: formationId },
    data: { organisationId: personas.organisme.organisation.id },
  });
  const demande = await createDemande({ apprenantId: ids.apprenant, communeCode: "40227" });
  const ressource = await createRessource({ organisationId: EMPLOYEUR_ORG });
  return {
    fixture: {
      stageId: stage.id,
      formationId,
      siteId: site.id,
      demandeId: demande.id,
      ressourceId: ressource.id,
    },
    users: {
      apprenant: ids.apprenant,
      employeur: ids.employeur,
      organisme: ids.organisme,
      staff: ids.staff,
      cellule: ids.cellule,
      gouvernance: ids.gouvernance,
      famille: ids.famille,
      "autre-employeur": autreEmployeur.memberId,
      "autre-organisme": autreOrganisme.memberId,
      "autre-apprenant": autreApprenant.id,
      "autre-agent": autreAgent,
    },
  };
}

type PageModule = {
  default: (props: {
    params: Promise<Record<string, string>>;
    searchParams: Promise<Record<string, string>>;
  }) => unknown;
};

/** Renders the page function (not its children) as Next would, and says what the caller got. */
async function outcome(file: string, params: Record<string, string>): Promise<"connexion" | "404" | "ok"> {
  const page = (await import(path.join(ROOT, file))) as PageModule;
  try {
    await page.default({ params: Promise.resolve(params), searchParams: Promise.resolve({}) });
    return "ok";
  } catch (error) {
    if (isHTTPAccessFallbackError(error)) return "404";
    if (isRedirectError(error) && getURLFromRedirectError(error).startsWith("/connexion?retour="))
      return "connexion";
    throw error;
  }
}

describe("matrice des pages protégées", () => {
  it("chaque page gardée est dans PAGES, avec l'accès de sa garde", () => {
    expect(guardedPages.length).toBeGreaterThanOrEqual(40);
    expect(guardedPages, "pages gardées absentes de PAGES ou l'inverse").toEqual(Object.keys(PAGES).sort());
    for (const file of guardedPages) expect(guardOf(file), file).toEqual(PAGES[file]!.access);
  });

  it.each(Object.entries(PAGES))("%s", { timeout: 60_000 }, async (file, row) => {
    const { fixture: f, users } = await fixture();
    const params = row.params?.(f) ?? {};
    const got: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const caller of CALLERS) {
      signInAs(caller === "anonyme" ? null : users[caller]);
      got[caller] = await outcome(file, params);
      want[caller] = expected(row, caller);
    }
    expect(got).toEqual(want);
  });
});
