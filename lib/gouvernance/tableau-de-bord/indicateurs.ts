// Every indicator of the dashboard, by theme, with its loader: the page, the CSV route and the
// benchmark all go through this list (no server-only: the benchmark passes its own runner).
import { getFormationsRentrees, getFormationsSessions } from "./formations";
import { getFreinsBesoins, getFreinsRessources, getFreinsStatuts, getFreinsTerritoires } from "./freins";
import { getGouvernanceColleges } from "./gouvernance";
import { getStagesCandidatures, getStagesEvolution, getStagesPlaces } from "./stages";
import type { Indicateur, PeriodeFiltre, SqlRunner } from "./types";

type Loader = (run: SqlRunner, f: PeriodeFiltre, today: string) => Promise<Indicateur>;

export const INDICATEURS = {
  "stages-evolution": getStagesEvolution,
  "stages-places-territoire": (run, f) => getStagesPlaces(run, f, "territoire"),
  "stages-places-public": (run, f) => getStagesPlaces(run, f, "public"),
  "stages-places-diplome": (run, f) => getStagesPlaces(run, f, "diplome"),
  "stages-candidatures": getStagesCandidatures,
  "formations-diplome": (run, f) => getFormationsSessions(run, f, "diplome"),
  "formations-territoire": (run, f) => getFormationsSessions(run, f, "territoire"),
  "formations-rentrees": getFormationsRentrees,
  "freins-besoins": getFreinsBesoins,
  "freins-territoires": getFreinsTerritoires,
  "freins-statuts": getFreinsStatuts,
  "freins-ressources": getFreinsRessources,
  "gouvernance-colleges": getGouvernanceColleges,
} satisfies Record<string, Loader>;

export type IndicateurId = keyof typeof INDICATEURS;
export const INDICATEUR_IDS = Object.keys(INDICATEURS) as IndicateurId[];

export function isIndicateurId(value: string | null | undefined): value is IndicateurId {
  return value != null && Object.hasOwn(INDICATEURS, value);
}

/** The themes of the page, in order, with their indicators. */
export const THEMES: { id: string; titre: string; indicateurs: IndicateurId[] }[] = [
  {
    id: "stages",
    titre: "Stages",
    indicateurs: [
      "stages-evolution",
      "stages-places-territoire",
      "stages-places-public",
      "stages-places-diplome",
      "stages-candidatures",
    ],
  },
  {
    id: "formations",
    titre: "Formations",
    indicateurs: ["formations-diplome", "formations-territoire", "formations-rentrees"],
  },
  {
    id: "freins",
    titre: "Freins périphériques",
    indicateurs: ["freins-besoins", "freins-territoires", "freins-statuts", "freins-ressources"],
  },
  { id: "gouvernance", titre: "Gouvernance", indicateurs: ["gouvernance-colleges"] },
];

/** One indicator's data for these filters. */
export function loadIndicateur(
  run: SqlRunner,
  id: IndicateurId,
  f: PeriodeFiltre,
  today: string,
): Promise<Indicateur> {
  return (INDICATEURS[id] as Loader)(run, f, today);
}
