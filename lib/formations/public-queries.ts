import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { sortByName } from "@/lib/collation";
import { dateFromIso, isoFromDate, todayInParis } from "@/lib/dates";
import { RAYON_DEFAUT_KM } from "@/lib/carte/filters";
import { haversineKm, radiusBbox } from "@/lib/carte/geo";
import { normalizeText, resolveCarteRefs, type SqlRunner } from "@/lib/carte/sql";
import type { Modalite, Rythme } from "@/lib/formations/constants";
import { FORMATIONS_PAGE_TAILLE, type FormationFilters } from "@/lib/formations/filters";

const run: SqlRunner = (query) => db.$queryRaw(query);

const MAX_WORDS = 8;

const CATALOGUE_SESSION_SELECT = {
  id: true,
  debut: true,
  fin: true,
  places: true,
  rythme: true,
  site: {
    select: {
      id: true,
      nom: true,
      latitude: true,
      longitude: true,
      commune: { select: { nom: true } },
    },
  },
} satisfies Prisma.SessionFormationSelect;

/** A session of a catalogue card: one that matches the filters. */
export type CatalogueSession = {
  id: string;
  /** "YYYY-MM-DD" */
  debut: string;
  fin: string;
  places: number;
  rythme: Rythme;
  commune: string;
  /** km from the chosen commune, or null */
  distanceKm: number | null;
};

/** One card of the catalogue: public fields only. */
export type FormationCatalogueItem = {
  id: string;
  titre: string;
  organisation: string;
  diplome: { intitule: string; niveau: number };
  modalite: Modalite;
  apprentissage: boolean;
  dureeHeures: number;
  heuresStage: number;
  /** the nearest matching session's distance, or null without a commune */
  distanceKm: number | null;
  /** the matching sessions, soonest first */
  sessions: CatalogueSession[];
  /** the first matching session still to start, else the first one under way */
  prochaine: CatalogueSession & { enCours: boolean };
};

/** A training site on the map, with the catalogue's offers held there. */
export type FormationSiteMarker = {
  id: string;
  lat: number;
  lng: number;
  nom: string;
  organisation: string;
  commune: string;
  formations: { id: string; titre: string }[];
};

export type FormationCatalogue = {
  total: number;
  /** the first `page * FORMATIONS_PAGE_TAILLE` results */
  items: FormationCatalogueItem[];
  /** every result's sites (the map shows them all, the list pages through them) */
  sites: FormationSiteMarker[];
};

const EMPTY: FormationCatalogue = { total: 0, items: [], sites: [] };

/**
 * The catalogue: published offers with at least one session not finished on `today` (Paris) that
 * also satisfies the session filters (start, places, place); sorted by distance when a commune is
 * chosen, then by next start (offers with only sessions under way last). Reference data is resolved by the map's helper (lib/carte/sql.ts);
 * the radius and the accent-insensitive text match are applied here with the map's own functions.
 */
export async function getFormationCatalogue(
  filters: FormationFilters,
  page = 1,
  today = todayInParis(),
): Promise<FormationCatalogue> {
  const refs = await resolveCarteRefs(run, {
    diplome: filters.diplome,
    territoire: filters.territoire,
    commune: filters.commune,
  });
  if (!refs) return EMPTY;
  const centre = refs.centre;
  const rayon = filters.rayon ?? RAYON_DEFAUT_KM;

  const site: Prisma.SiteWhereInput = {};
  if (refs.communeCodes) site.communeCode = { in: refs.communeCodes };
  if (centre) {
    // The box around the circle in SQL; the exact distance below.
    const [minLng, minLat, maxLng, maxLat] = radiusBbox(centre.lat, centre.lng, rayon);
    site.latitude = { gte: minLat, lte: maxLat };
    site.longitude = { gte: minLng, lte: maxLng };
  }
  const session: Prisma.SessionFormationWhereInput = {
    fin: { gte: dateFromIso(today) },
    ...(filters.du || filters.au
      ? {
          debut: {
            ...(filters.du ? { gte: dateFromIso(filters.du) } : {}),
            ...(filters.au ? { lte: dateFromIso(filters.au) } : {}),
          },
        }
      : {}),
    ...(filters.places ? { places: { gte: filters.places } } : {}),
    ...(Object.keys(site).length > 0 ? { site } : {}),
  };
  const where: Prisma.OffreFormationWhereInput = {
    statut: "publiee",
    sessions: { some: session },
    ...(refs.diplomeId ? { diplomeId: refs.diplomeId } : {}),
    ...(filters.modalite ? { modalite: filters.modalite } : {}),
    ...(filters.apprentissage ? { OR: [{ apprentissage: true }, { modalite: "apprentissage" }] } : {}),
  };

  const offres = await db.offreFormation.findMany({
    where,
    select: {
      id: true,
      titre: true,
      modalite: true,
      apprentissage: true,
      dureeHeures: true,
      heuresStage: true,
      organisation: { select: { nom: true } },
      diplome: { select: { intitule: true, niveau: true } },
      sessions: {
        where: session,
        orderBy: [{ debut: "asc" }, { id: "asc" }],
        select: CATALOGUE_SESSION_SELECT,
      },
    },
  });

  const words = filters.q ? normalizeText(filters.q).split(/\s+/).filter(Boolean).slice(0, MAX_WORDS) : [];
  const siteMarkers = new Map<string, FormationSiteMarker>();
  const results: FormationCatalogueItem[] = [];
  for (const offre of offres) {
    if (words.length > 0) {
      const texte = normalizeText(`${offre.titre} ${offre.organisation.nom}`);
      if (!words.every((w) => texte.includes(w))) continue;
    }
    const sessions = offre.sessions.flatMap((s) => {
      const km = centre ? haversineKm(centre, { lat: s.site.latitude, lng: s.site.longitude }) : null;
      return km !== null && km > rayon ? [] : [{ ...s, km }];
    });
    if (sessions.length === 0) continue;
    for (const s of sessions) {
      const marker = siteMarkers.get(s.site.id) ?? {
        id: s.site.id,
        lat: s.site.latitude,
        lng: s.site.longitude,
        nom: s.site.nom,
        organisation: offre.organisation.nom,
        commune: s.site.commune.nom,
        formations: [],
      };
      if (!marker.formations.some((f) => f.id === offre.id))
        marker.formations.push({ id: offre.id, titre: offre.titre });
      siteMarkers.set(s.site.id, marker);
    }
    const distances = sessions.flatMap((s) => (s.km === null ? [] : [s.km]));
    const told = sessions.map((s) => ({
      id: s.id,
      debut: isoFromDate(s.debut),
      fin: isoFromDate(s.fin),
      places: s.places,
      rythme: s.rythme,
      commune: s.site.commune.nom,
      distanceKm: s.km,
    }));
    const prochaine = told.find((s) => s.debut >= today) ?? told[0]!;
    results.push({
      id: offre.id,
      titre: offre.titre,
      organisation: offre.organisation.nom,
      diplome: offre.diplome,
      modalite: offre.modalite,
      apprentissage: offre.apprentissage || offre.modalite === "apprentissage",
      dureeHeures: offre.dureeHeures,
      heuresStage: offre.heuresStage,
      distanceKm: distances.length > 0 ? Math.min(...distances) : null,
      sessions: told,
      prochaine: { ...prochaine, enCours: prochaine.debut < today },
    });
  }

  // Sessions under way only after those still to start: a learner looks for the next start.
  const startKey = (item: FormationCatalogueItem) =>
    `${item.prochaine.enCours ? "1" : "0"}${item.prochaine.debut}`;
  results.sort(
    (a, b) =>
      (a.distanceKm ?? 0) - (b.distanceKm ?? 0) ||
      startKey(a).localeCompare(startKey(b)) ||
      a.titre.localeCompare(b.titre, "fr") ||
      a.id.localeCompare(b.id),
  );
  return {
    total: results.length,
    items: results.slice(0, page * FORMATIONS_PAGE_TAILLE),
    sites: [...siteMarkers.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

export type Option = { value: string; label: string };

export type FormationFilterOptions = {
  diplomes: Option[];
  territoires: Option[];
  communes: (Option & { nom: string; latitude: number; longitude: number })[];
};

/** The choices of the catalogue's filter form (reference data). */
export async function getFormationFilterOptions(): Promise<FormationFilterOptions> {
  const [diplomes, territoires, communes] = await Promise.all([
    db.diplome.findMany({
      orderBy: [{ niveau: "asc" }, { intitule: "asc" }],
      select: { slug: true, intitule: true },
    }),
    db.territoire.findMany({ select: { slug: true, nom: true } }).then((r) => sortByName(r, (t) => t.nom)),
    db.commune
      .findMany({ select: { code: true, nom: true, codesPostaux: true, latitude: true, longitude: true } })
      .then((r) => sortByName(r, (c) => c.nom)),
  ]);
  return {
    diplomes: diplomes.map((d) => ({ value: d.slug, label: d.intitule })),
    territoires: territoires.map((t) => ({ value: t.slug, label: t.nom })),
    communes: communes.map((c) => ({
      value: c.code,
      label: c.codesPostaux[0] ? `${c.nom} (${c.codesPostaux[0]})` : c.nom,
      nom: c.nom,
      latitude: c.latitude,
      longitude: c.longitude,
    })),
  };
}

const DETAIL_SELECT = {
  id: true,
  titre: true,
  modalite: true,
  description: true,
  dureeHeures: true,
  heuresStage: true,
  prerequis: true,
  selection: true,
  couts: true,
  financeRegion: true,
  cpf: true,
  apprentissage: true,
  accessibiliteContact: true,
  contact: true,
  lienOrganisme: true,
  publieeAt: true,
  organisation: { select: { nom: true } },
  diplome: { select: { intitule: true, niveau: true, rncp: true, metier: true } },
  sessions: {
    orderBy: [{ debut: "asc" }, { id: "asc" }],
    select: {
      id: true,
      debut: true,
      fin: true,
      dateLimiteCandidature: true,
      places: true,
      rythme: true,
      rythmeDetail: true,
      site: {
        select: {
          id: true,
          nom: true,
          adresse: true,
          latitude: true,
          longitude: true,
          commune: { select: { nom: true, codesPostaux: true } },
        },
      },
    },
  },
} satisfies Prisma.OffreFormationSelect;

export type FormationPublique = Prisma.OffreFormationGetPayload<{ select: typeof DETAIL_SELECT }>;

/** A published training offer as the public sees it, or null (missing or not published). */
export async function getFormationPublique(id: string): Promise<FormationPublique | null> {
  return db.offreFormation.findFirst({ where: { id, statut: "publiee" }, select: DETAIL_SELECT });
}

/** getFormationPublique once per request (shared by generateMetadata and the page). */
export const getFormationPubliqueForRequest = cache(getFormationPublique);
