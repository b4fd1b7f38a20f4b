// The public observatory's indicators, per territory (no server-only: the benchmark and tests pass
// their own runner). Requests by need go through the same rule as the dashboard (applySecret), with
// 0 masked too: the map is public, and a territory going from 0 to "< 5" would reveal a new request.
import { Prisma } from "@/generated/prisma/client";
import { BESOIN_COURTS, BESOINS, type Besoin } from "@/lib/freins/constants";
import { sortByName } from "@/lib/collation";
import { applySecret, type Mesure } from "@/lib/gouvernance/suppression";
import { addDays, addMonths } from "@/lib/gouvernance/tableau-de-bord/filtres";
import {
  toNumber,
  type Indicateur,
  type SqlRunner,
  type Valeur,
} from "@/lib/gouvernance/tableau-de-bord/types";

export const OBSERVATOIRE_IDS = [
  "stages-ouverts",
  "places-non-pourvues",
  ...BESOINS.map((b) => `demandes-${b}` as const),
  "formations",
] as const;
export type ObservatoireId = (typeof OBSERVATOIRE_IDS)[number];
export const OBSERVATOIRE_DEFAUT: ObservatoireId = "stages-ouverts";

export function isObservatoireId(value: string | null | undefined): value is ObservatoireId {
  return value != null && (OBSERVATOIRE_IDS as readonly string[]).includes(value);
}

type Definition = { label: string; titre: string; texte: string; unite: string; secret: boolean };

function besoinOf(id: ObservatoireId): Besoin | null {
  return id.startsWith("demandes-") ? (id.slice("demandes-".length) as Besoin) : null;
}

/** Name, title and short text of each indicator (pure: the page's select and texts). */
export function observatoireDefinition(id: ObservatoireId): Definition {
  const besoin = besoinOf(id);
  if (besoin)
    return {
      label: `Demandes d'aide : ${BESOIN_COURTS[besoin].toLowerCase()}`,
      titre: `Demandes d'aide « ${BESOIN_COURTS[besoin].toLowerCase()} » des 12 derniers mois`,
      texte:
        "Les apprenants demandent de l'aide à la cellule locale de leur territoire pour lever un frein à leur stage ou à leur formation. Chaque demande portant sur ce besoin compte une fois. Pour que personne ne soit reconnaissable, un nombre de 0 à 4 est affiché « < 5 », et le total n'est pas diffusé dès qu'un territoire l'est.",
      unite: "demandes",
      secret: true,
    };
  switch (id) {
    case "places-non-pourvues":
      return {
        label: "Places de stage non pourvues",
        titre: "Places de stage encore disponibles",
        texte:
          "Les places restantes des offres de stage publiées aujourd'hui : ce qui reste à pourvoir, par territoire de l'établissement d'accueil.",
        unite: "places",
        secret: false,
      };
    case "formations":
      return {
        label: "Sessions de formation à venir",
        titre: "Sessions de formation à venir",
        texte:
          "Les sessions des formations publiées qui commencent à partir d'aujourd'hui, par territoire du lieu de formation.",
        unite: "sessions",
        secret: false,
      };
    default:
      return {
        label: "Offres de stage ouvertes",
        titre: "Offres de stage ouvertes",
        texte:
          "Les offres de stage publiées aujourd'hui et qui ont encore au moins une place, par territoire de l'établissement d'accueil.",
        unite: "offres",
        secret: false,
      };
  }
}

/** Per-territory values (`tid`: territory id, `valeur`) of an indicator, as SQL. */
function valuesSql(id: ObservatoireId, today: string): Prisma.Sql {
  const besoin = besoinOf(id);
  if (besoin)
    return Prisma.sql`SELECT "territoireId" AS tid, count(*) AS valeur FROM "DemandeAide"
      WHERE besoins @> ARRAY[${besoin}]::"BesoinType"[] AND "createdAt" >= ${addDays(addMonths(today, -12), 1)}::date
      GROUP BY 1`;
  if (id === "formations")
    return Prisma.sql`SELECT e."territoireId" AS tid, count(*) AS valeur
      FROM "SessionFormation" s JOIN "OffreFormation" fo ON fo.id = s."offreId" AND fo.statut = 'publiee'
      JOIN "Site" si ON si.id = s."siteId" JOIN "Commune" c ON c.code = si."communeCode" JOIN "Epci" e ON e.code = c."epciCode"
      WHERE s.debut >= ${today}::date GROUP BY 1`;
  const valeur = id === "places-non-pourvues" ? Prisma.sql`sum(o."placesRestantes")` : Prisma.sql`count(*)`;
  return Prisma.sql`SELECT e."territoireId" AS tid, ${valeur} AS valeur
    FROM "StageOffre" o JOIN "Commune" c ON c.code = o."communeCode" JOIN "Epci" e ON e.code = c."epciCode"
    WHERE o.statut = 'publiee' AND o."placesRestantes" > 0 GROUP BY 1`;
}

export type ObservatoirePoint = {
  slug: string;
  nom: string;
  latitude: number;
  longitude: number;
  valeur: Valeur;
};

export type Observatoire = {
  id: ObservatoireId;
  definition: Definition;
  points: ObservatoirePoint[];
  /** the same numbers as a table (and CSV), with the total */
  indicateur: Indicateur;
};

/** An indicator per territory, each placed at the mean of its communes' coordinates. */
export async function loadObservatoire(
  run: SqlRunner,
  id: ObservatoireId,
  today: string,
): Promise<Observatoire> {
  const rows = await run<{
    slug: string;
    nom: string;
    latitude: number;
    longitude: number;
    valeur: bigint | null;
  }>(
    Prisma.sql`
    WITH centres AS (
      SELECT t.id, t.slug, t.nom, avg(c.latitude) AS latitude, avg(c.longitude) AS longitude
      FROM "Territoire" t JOIN "Epci" e ON e."territoireId" = t.id JOIN "Commune" c ON c."epciCode" = e.code
      GROUP BY t.id
    )
    SELECT ce.slug, ce.nom, ce.latitude, ce.longitude, v.valeur
    FROM centres ce LEFT JOIN (${valuesSql(id, today)}) v ON v.tid = ce.id`,
  ).then((r) => sortByName(r, (t) => t.nom));
  const definition = observatoireDefinition(id);
  const mesure = (n: number): Mesure => (definition.secret ? { effectif: n } : n);
  const total = rows.reduce((sum, r) => sum + toNumber(r.valeur), 0);
  const lignes = applySecret(
    [
      ...rows.map((r) => ({ label: r.nom, mesures: [mesure(toNumber(r.valeur))] })),
      { label: "Total", total: true, mesures: [mesure(total)] },
    ],
    { masquerZero: true },
  );
  const points = rows.map((r, i) => ({
    slug: r.slug,
    nom: r.nom,
    latitude: r.latitude,
    longitude: r.longitude,
    valeur: lignes[i]!.valeurs[0] ?? null,
  }));
  return {
    id,
    definition,
    points,
    indicateur: {
      id,
      titre: definition.titre,
      description: definition.texte,
      categorie: "Territoire",
      series: [{ label: definition.label, format: "nombre", graphique: true }],
      lignes,
    },
  };
}
