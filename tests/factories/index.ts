// Builders for test records: sensible defaults, overridable, unique where the schema demands it.
import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { db } from "@/lib/db";
import { personas, PERSONA_PASSWORD, type PersonaName } from "@/prisma/personas";

let counter = 0;
const next = () => ++counter;

/** A valid SIRET (Luhn key) that differs on every call. */
export function uniqueSiret(): string {
  const body = `4${String(Date.now() % 1e9).padStart(9, "0")}${String(next() % 1000).padStart(3, "0")}`;
  for (let key = 0; key < 10; key++) {
    const candidate = body + key;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let n = Number(candidate[13 - i]);
      if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      sum += n;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}

let passwordHash: Promise<string> | undefined;
const personaHash = () => (passwordHash ??= hash(PERSONA_PASSWORD));

/** Creates the persona's account (and organisation, verified) in the test database. */
export async function createPersona(name: PersonaName): Promise<string> {
  const p = personas[name];
  await db.user.create({
    data: {
      id: p.id,
      email: p.email,
      prenom: p.prenom,
      nom: p.nom,
      roles: p.roles,
      passwordHash: await personaHash(),
    },
  });
  if ("organisation" in p) {
    const { id, ...org } = p.organisation;
    await db.organisation.create({
      data: { id, ...org, statut: "verifiee", verifiedAt: new Date(), members: { create: { userId: p.id } } },
    });
  }
  return p.id;
}

type UserOverrides = {
  email?: string;
  roles?: ("apprenant" | "staff" | "cellule" | "gouvernance")[];
  password?: string;
};

export async function createUser(overrides: UserOverrides = {}): Promise<{ id: string; email: string }> {
  return db.user.create({
    data: {
      email: overrides.email ?? `personne-${randomUUID()}@exemple.fr`,
      prenom: "Alex",
      nom: "Test",
      roles: overrides.roles ?? ["apprenant"],
      passwordHash: overrides.password ? await hash(overrides.password) : await personaHash(),
    },
    select: { id: true, email: true },
  });
}

type OrganisationOverrides = {
  type?: "employeur" | "organisme_formation";
  statut?: "en_attente" | "verifiee" | "refusee";
  memberId?: string;
};

export async function createOrganisation(
  overrides: OrganisationOverrides = {},
): Promise<{ id: string; memberId: string }> {
  const memberId = overrides.memberId ?? (await createUser({ roles: [] })).id;
  const org = await db.organisation.create({
    data: {
      type: overrides.type ?? "employeur",
      nom: `Organisation ${next()}`,
      siret: uniqueSiret(),
      adresse: "1 place de la Mairie",
      communeCode: "40088",
      statut: overrides.statut ?? "en_attente",
      members: { create: { userId: memberId } },
    },
    select: { id: true },
  });
  return { id: org.id, memberId };
}

/** FormData from a plain object; arrays become repeated keys, as a browser sends them. */
export function form(values: Record<string, string | string[] | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}
