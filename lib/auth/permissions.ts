// Who may do what. Pure module: shared by guards, actions, navigation and tests.

export const ROLES = ["apprenant", "employeur", "organisme", "staff", "cellule", "gouvernance"] as const;
export type AppRole = (typeof ROLES)[number];

/** "public": anyone; "user": any signed-in person; otherwise one of the listed roles. */
export type Access = "public" | "user" | AppRole | readonly AppRole[];

export type OrganisationSummary = {
  id: string;
  nom: string;
  type: "employeur" | "organisme_formation";
  statut: "en_attente" | "verifiee" | "refusee";
  communeCode: string;
};

export type SessionUser = {
  id: string;
  email: string;
  prenom: string;
  nom: string;
  roles: AppRole[];
  organisations: OrganisationSummary[];
};

export const ROLE_LABELS: Record<AppRole, string> = {
  apprenant: "Apprenant·e",
  employeur: "Employeur",
  organisme: "Organisme de formation",
  staff: "Équipe de l'institut",
  cellule: "Cellule locale",
  gouvernance: "Membre d'un collège",
};

/**
 * Roles of a person: those held directly plus those given by organisation memberships; "gouvernance"
 * also comes from an accepted collège membership (the person's own or one of their organisations').
 */
export function effectiveRoles(
  direct: readonly string[],
  organisations: readonly OrganisationSummary[],
  options: { collegeMember?: boolean } = {},
): AppRole[] {
  const roles = new Set<AppRole>(
    direct.filter((r): r is AppRole => (ROLES as readonly string[]).includes(r)),
  );
  for (const org of organisations) {
    roles.add(org.type === "employeur" ? "employeur" : "organisme");
  }
  if (options.collegeMember) roles.add("gouvernance");
  return ROLES.filter((r) => roles.has(r));
}

/** True when `user` satisfies `access`. */
export function hasAccess(user: Pick<SessionUser, "roles"> | null, access: Access): boolean {
  if (access === "public") return true;
  if (!user) return false;
  if (access === "user") return true;
  const allowed: readonly AppRole[] = typeof access === "string" ? [access] : access;
  return allowed.some((role) => user.roles.includes(role));
}

/** Home of each space, in the order the navigation shows them. */
export const SPACES: { role: AppRole; href: string; label: string }[] = [
  { role: "apprenant", href: "/espace-apprenant", label: "Mon espace apprenant" },
  { role: "employeur", href: "/espace-employeur", label: "Espace employeur" },
  { role: "organisme", href: "/espace-organisme", label: "Espace organisme" },
  { role: "staff", href: "/moderation", label: "Modération" },
  { role: "cellule", href: "/cellule", label: "Cellule locale" },
  { role: "gouvernance", href: "/gouvernance/tableau-de-bord", label: "Tableau de bord" },
];
