import type { Indicateur } from "@/lib/gouvernance/tableau-de-bord/types";
import { formatValeur } from "./valeur";

/** The indicator's numbers as a table: the accessible equivalent of its chart, and what is printed. */
export function DataTable({ indicateur, caption }: { indicateur: Indicateur; caption?: string }) {
  return (
    // Focusable so that a keyboard user can scroll a table wider than the screen.
    // (No aria-label: the filter form's "Territoire" must stay the only control named so.)
    <div className="overflow-x-auto focus-visible:outline-offset-4" tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm sm:text-base">
        <caption className="sr-only">{caption ?? `Données : ${indicateur.titre}`}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-3 align-bottom">
              {indicateur.categorie}
            </th>
            {indicateur.series.map((s) => (
              <th key={s.label} scope="col" className="px-3 py-2 text-right align-bottom">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {indicateur.lignes.map((ligne) => (
            <tr
              key={ligne.label}
              className={ligne.total ? "border-t-2 border-gray-400 font-bold" : "border-b border-gray-200"}
            >
              <th scope="row" className="py-1.5 pr-3 font-normal">
                {ligne.total ? <strong>{ligne.label}</strong> : ligne.label}
              </th>
              {ligne.valeurs.map((v, i) => (
                <td key={indicateur.series[i]?.label ?? i} className="px-3 py-1.5 text-right tabular-nums">
                  {formatValeur(v, indicateur.series[i]?.format)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
