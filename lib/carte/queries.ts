import "server-only";
import { db } from "@/lib/db";
import { sortByName } from "@/lib/collation";
import { isoFromDate, todayInParis } from "@/lib/dates";
import { PAGE_TAILLE, type CarteFilters, type CarteMapRequest } from "@/lib/carte/filters";
import {
  carteFilterSql,
  listQuery,
  loadCarteMapData,
  resolveCarteRefs,
  type CarteListRow,
  type CarteMapData,
  type SqlRunner,
} from "@/lib/carte/sql";

const run: SqlRunner = (query) => db.$queryRaw(query);

/** Markers (or grid groups) of the map endpoint for a parsed request. Public data only. */
export function getCarteMapData(request: CarteMapRequest): Promise<CarteMapData> {
  return loadCarteMapData(run, request, todayInParis());
}

/** One card of the list: public fields of the offer, never the tutor's contact. */
export type CarteStageItem = {
  id: string;
  titre: string;
  organisation: string;
  commune: string;
  latitude: number;
  longitude: number;
  /** km from the chosen commune, or null */
  distanceKm: number | null;
  places: number;
  placesRestantes: number;
  touteLAnnee: boolean;
  /** current and future periods, "YYYY-MM-DD" */
  periodes: { debut: string; fin: string }[];
  metiers: string[];
  logement: boolean;
  sansVoiture: boolean;
};

/** The first `page * PAGE_TAILLE` results, in the map's order, and how many there are in all. */
export async function getCarteStageList(
  filters: CarteFilters,
  page: number,
): Promise<{ total: number; items: CarteStageItem[] }> {
  const today = todayInParis();
  const refs = await resolveCarteRefs(run, filters);
  if (!refs) return { total: 0, items: [] };
  const rows = await run<CarteListRow>(listQuery(carteFilterSql(filters, refs, today), page * PAGE_TAILLE));
  if (rows.length === 0) return { total: 0, items: [] };
  const details = await db.stageOffre.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: {
      id: true,
      titre: true,
      latitude: true,
      longitude: true,
      places: true,
      placesRestantes: true,
      touteLAnnee: true,
      logement: true,
      sansVoiture: true,
      organisation: { select: { nom: true } },
      commune: { select: { nom: true } },
      periodes: {
        where: { fin: { gte: new Date(`${today}T00:00:00.000Z`) } },
        orderBy: { debut: "asc" },
        select: { debut: true, fin: true },
      },
      diplomes: {
        select: { diplome: { select: { metier: true } } },
        orderBy: { diplome: { niveau: "asc" } },
      },
    },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  const items = rows.flatMap((row): CarteStageItem[] => {
    const d = byId.get(row.id);
    if (!d) return []; // deleted between the two queries
    return [
      {
        id: d.id,
        titre: d.titre,
        organisation: d.organisation.nom,
        commune: d.commune.nom,
        latitude: d.latitude,
        longitude: d.longitude,
        distanceKm: row.distance,
        places: d.places,
        placesRestantes: d.placesRestantes,
        touteLAnnee: d.touteLAnnee,
        periodes: d.periodes.map((p) => ({ debut: isoFromDate(p.debut), fin: isoFromDate(p.fin) })),
        metiers: d.diplomes.map((x) => x.diplome.metier),
        logement: d.logement,
        sansVoiture: d.sansVoiture,
      },
    ];
  });
  return { total: rows[0]!.total, items };
}

export type Option = { value: string; label: string };

export type CarteFilterOptions = {
  diplomes: Option[];
  publics: Option[];
  categories: Option[];
  territoires: Option[];
  epcis: Option[];
  communes: (Option & { nom: string; latitude: number; longitude: number })[];
};

/** The choices of the filter form (reference data). */
export async function getCarteFilterOptions(): Promise<CarteFilterOptions> {
  const [diplomes, publics, categories, territoires, epcis, communes] = await Promise.all([
    db.diplome.findMany({ orderBy: { metier: "asc" }, select: { slug: true, metier: true } }),
    db.public.findMany({ orderBy: { libelle: "asc" }, select: { code: true, libelle: true } }),
    db.categorieEtablissement.findMany({
      orderBy: { libelle: "asc" },
      select: { code: true, libelle: true },
    }),
    db.territoire.findMany({ select: { slug: true, nom: true } }).then((r) => sortByName(r, (t) => t.nom)),
    db.epci.findMany({ select: { code: true, nom: true } }).then((r) => sortByName(r, (e) => e.nom)),
    db.commune
      .findMany({ select: { code: true, nom: true, codesPostaux: true, latitude: true, longitude: true } })
      .then((r) => sortByName(r, (c) => c.nom)),
  ]);
  return {
    diplomes: diplomes.map((d) => ({ value: d.slug, label: d.metier })),
    publics: publics.map((p) => ({ value: p.code, label: p.libelle })),
    categories: categories.map((c) => ({ value: c.code, label: c.libelle })),
    territoires: territoires.map((t) => ({ value: t.slug, label: t.nom })),
    epcis: epcis.map((e) => ({ value: e.code, label: e.nom })),
    communes: communes.map((c) => ({
      value: c.code,
      label: c.codesPostaux[0] ? `${c.nom} (${c.codesPostaux[0]})` : c.nom,
      nom: c.nom,
      latitude: c.latitude,
      longitude: c.longitude,
    })),
  };
}
