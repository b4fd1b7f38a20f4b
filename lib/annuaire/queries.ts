import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { sortByName } from "@/lib/collation";
import type { SessionUser } from "@/lib/auth/permissions";
import { normalizeText } from "@/lib/carte/sql";
import type { AnnuaireFilters } from "@/lib/annuaire/filters";

const MAX_WORDS = 8;

/** Organisations the public directory shows: verified by the institute and listed by their own choice. */
const LISTED = { statut: "verifiee", annuaireVisible: true } satisfies Prisma.OrganisationWhereInput;

const CARD_SELECT = {
  id: true,
  nom: true,
  type: true,
  presentation: true,
  siteWeb: true,
  commune: { select: { nom: true } },
  sites: {
    orderBy: { id: "asc" },
    select: {
      id: true,
      nom: true,
      latitude: true,
      longitude: true,
      commune: { select: { nom: true } },
      categorie: { select: { libelle: true } },
    },
  },
  colleges: {
    where: { statut: "acceptee" },
    select: { college: { select: { nom: true } } },
  },
} satisfies Prisma.OrganisationSelect;

type CardRow = Prisma.OrganisationGetPayload<{ select: typeof CARD_SELECT }>;

/** One card of the directory: public fields only. */
export type AnnuaireItem = {
  id: string;
  nom: string;
  type: CardRow["type"];
  presentation: string | null;
  siteWeb: string | null;
  college: string | null;
  /** the organisation's commune first, then its sites' ones, without repeats */
  communes: string[];
  categories: string[];
};

/** A site of a listed organisation on the directory's map. */
export type AnnuaireSiteMarker = {
  id: string;
  lat: number;
  lng: number;
  nom: string;
  organisationId: string;
  organisation: string;
  commune: string;
};

const unique = (values: (string | null | undefined)[]) => [
  ...new Set(values.filter((v): v is string => Boolean(v))),
];

function toItem(row: CardRow): AnnuaireItem {
  const o = { ...row, sites: sortByName(row.sites, (s) => s.nom) };
  return {
    id: o.id,
    nom: o.nom,
    type: o.type,
    presentation: o.presentation,
    siteWeb: o.siteWeb,
    college: o.colleges[0]?.college.nom ?? null,
    communes: unique([o.commune.nom, ...o.sites.map((s) => s.commune.nom)]),
    categories: unique(o.sites.map((s) => s.categorie?.libelle)),
  };
}

/**
 * The directory: verified and listed organisations by name, filtered by type, by territory (the
 * organisation's commune or one of its sites' is in it) and by words found, accents and case aside,
 * in the name, the presentation or a commune. With every result's sites for the map.
 */
export async function getAnnuaireList(
  filters: AnnuaireFilters,
): Promise<{ items: AnnuaireItem[]; sites: AnnuaireSiteMarker[] }> {
  const inTerritoire: Prisma.CommuneWhereInput | undefined = filters.territoire
    ? { epci: { territoire: { slug: filters.territoire } } }
    : undefined;
  const rows = await db.organisation.findMany({
    where: {
      ...LISTED,
      ...(filters.type ? { type: filters.type } : {}),
      ...(inTerritoire
        ? { OR: [{ commune: inTerritoire }, { sites: { some: { commune: inTerritoire } } }] }
        : {}),
    },
    orderBy: { id: "asc" },
    select: CARD_SELECT,
  });
  const words = filters.q ? normalizeText(filters.q).split(/\s+/).filter(Boolean).slice(0, MAX_WORDS) : [];
  const items: AnnuaireItem[] = [];
  const sites: AnnuaireSiteMarker[] = [];
  for (const row of sortByName(rows, (r) => r.nom)) {
    const item = toItem(row);
    if (words.length > 0) {
      const texte = normalizeText([item.nom, item.presentation ?? "", ...item.communes].join(" "));
      if (!words.every((w) => texte.includes(w))) continue;
    }
    items.push(item);
    for (const s of row.sites)
      sites.push({
        id: s.id,
        lat: s.latitude,
        lng: s.longitude,
        nom: s.nom,
        organisationId: row.id,
        organisation: row.nom,
        commune: s.commune.nom,
      });
  }
  return { items, sites };
}

/** The territories, as choices of the directory's filter form. */
export async function getAnnuaireFilterOptions() {
  const territoires = sortByName(
    await db.territoire.findMany({ select: { slug: true, nom: true } }),
    (t) => t.nom,
  );
  return { territoires: territoires.map((t) => ({ value: t.slug, label: t.nom })) };
}

/** The public page of a listed organisation, or null when it is unknown, unverified or not listed. */
export async function getAnnuaireOrganisation(id: string) {
  const row = await db.organisation.findFirst({
    where: { id, ...LISTED },
    select: {
      ...CARD_SELECT,
      liens: { orderBy: [{ ordre: "asc" }, { id: "asc" }], select: { id: true, libelle: true, url: true } },
      _count: {
        select: {
          stages: { where: { statut: "publiee" } },
          formations: { where: { statut: "publiee" } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    ...toItem(row),
    sites: sortByName(row.sites, (s) => s.nom).map((s) => ({
      id: s.id,
      nom: s.nom,
      commune: s.commune.nom,
      categorie: s.categorie?.libelle ?? null,
    })),
    liens: row.liens,
    stages: row._count.stages,
    formations: row._count.formations,
  };
}

/** The directory profile of one of the member's organisations, or null (not a member, or unknown). */
export async function getAnnuaireProfilForMember(user: SessionUser, organisationId: string) {
  if (!user.organisations.some((o) => o.id === organisationId)) return null;
  return db.organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      nom: true,
      statut: true,
      annuaireVisible: true,
      presentation: true,
      siteWeb: true,
      liens: { orderBy: [{ ordre: "asc" }, { id: "asc" }], select: { libelle: true, url: true } },
    },
  });
}
