import type { Metadata } from "next";
import { DataTable } from "@/components/gouvernance/DataTable";
import { ObservatoireMapLoader } from "@/components/gouvernance/ObservatoireMapLoader";
import { FilterNotices } from "@/components/forms/FilterNotices";
import { getTileConfig } from "@/lib/carte/tiles";
import { firstValue } from "@/lib/search-params";
import {
  isObservatoireId,
  OBSERVATOIRE_DEFAUT,
  OBSERVATOIRE_IDS,
  observatoireDefinition,
} from "@/lib/gouvernance/observatoire";
import { getObservatoire } from "@/lib/gouvernance/observatoire-queries";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Observatoire",
  description:
    "Stages ouverts, places à pourvoir, demandes d'aide et formations à venir par territoire des Landes, sur une carte et en tableau.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ObservatoirePage({ searchParams }: Props) {
  const raw = firstValue(await searchParams, "indicateur");
  const id = isObservatoireId(raw) ? raw : OBSERVATOIRE_DEFAUT;
  const notices =
    raw !== undefined && !isObservatoireId(raw)
      ? ["L'indicateur demandé n'existe pas : l'indicateur par défaut est affiché."]
      : [];
  const { definition, points, indicateur } = await getObservatoire(id);

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl">Observatoire des Landes</h1>
        <p className="sm:text-lg">
          Quelques chiffres du guichet par territoire d&apos;action locale, mis à jour en continu. Ce ne sont
          que des totaux : aucune personne n&apos;y est reconnaissable.
        </p>
      </div>

      <form
        method="get"
        action="/observatoire"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-gray-300 bg-sable-50 p-4 print:hidden"
      >
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor="observatoire-indicateur" className="block font-semibold">
            Indicateur
          </label>
          <select id="observatoire-indicateur" name="indicateur" defaultValue={id} className="input">
            {OBSERVATOIRE_IDS.map((value) => (
              <option key={value} value={value}>
                {observatoireDefinition(value).label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-primary">
          Afficher
        </button>
      </form>

      <FilterNotices messages={notices} />

      <section aria-labelledby="titre-indicateur" className="space-y-4">
        <h2 id="titre-indicateur" className="text-2xl">
          {definition.titre}
        </h2>
        <p className="max-w-3xl">{definition.texte}</p>
        <p className="text-sm text-gray-700">
          Sur la carte, la surface de chaque cercle est proportionnelle à la valeur du territoire (cercle
          placé au centre de ses communes) ; un petit cercle gris marque une valeur masquée « &lt; 5 ». Le
          tableau qui suit donne les mêmes chiffres.
        </p>
        <div className="print:hidden">
          <ObservatoireMapLoader points={points} unite={definition.unite} tiles={getTileConfig()} />
        </div>
        <DataTable indicateur={indicateur} caption={`${definition.titre}, par territoire`} />
        <p className="print:hidden">
          <a href={`/observatoire/csv?indicateur=${id}`} download>
            Télécharger les données (CSV)<span className="sr-only"> : {definition.titre}</span>
          </a>
        </p>
      </section>
    </div>
  );
}
