import Link from "next/link";
import { Icon } from "@/components/ui/Icon";
import { MODALITE_LABELS } from "@/lib/formations/constants";
import type { FormationCatalogueItem } from "@/lib/formations/public-queries";
import { formatDistance, formatPeriode } from "@/lib/format";
import { formatDuree, pluriel } from "./format";

type Props = {
  item: FormationCatalogueItem;
  rank: number;
  /** the chosen commune's name, for "à 12 km de Dax" */
  communeCentre: string | null;
};

function lieux(item: FormationCatalogueItem, communeCentre: string | null): string {
  const communes = [...new Set(item.sessions.map((s) => s.commune))];
  let text = communes.join(", ");
  if (item.distanceKm !== null) {
    const nearest = item.sessions.find((s) => s.distanceKm === item.distanceKm);
    const from = communeCentre && communeCentre !== nearest?.commune ? ` de ${communeCentre}` : "";
    text += ` (${communes.length > 1 ? "la plus proche " : ""}${formatDistance(item.distanceKm)}${from})`;
  }
  return text;
}

/** One result of the catalogue: where, when, how long and how many places. */
export function FormationCard({ item, rank, communeCentre }: Props) {
  const next = item.prochaine;
  const others = item.sessions.length - 1;
  return (
    <li id={`formation-${item.id}`} className="scroll-mt-4">
      <article className="card h-full space-y-3">
        <div className="space-y-1">
          <h3 id={`resultat-${rank}`} className="text-lg">
            <Link href={`/formations/${item.id}`}>{item.titre}</Link>
          </h3>
          <p className="font-semibold text-gray-800">{item.organisation}</p>
          <p className="flex items-start gap-2">
            <span className="mt-0.5 text-pin-700">
              <Icon name="diplome" />
            </span>
            <span>
              {item.diplome.intitule} <span className="text-gray-700">(niveau {item.diplome.niveau})</span>
            </span>
          </p>
        </div>
        <ul className="flex flex-wrap gap-2" aria-label="Modalité">
          <li className="rounded-full bg-pin-50 px-3 py-1 text-sm font-semibold text-pin-800">
            {MODALITE_LABELS[item.modalite]}
          </li>
          {item.apprentissage && item.modalite !== "apprentissage" ? (
            <li className="rounded-full bg-pin-50 px-3 py-1 text-sm font-semibold text-pin-800">
              Apprentissage possible
            </li>
          ) : null}
        </ul>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="font-semibold">Où</dt>
          <dd>{lieux(item, communeCentre)}</dd>
          <dt className="font-semibold">Quand</dt>
          <dd>
            {next.enCours ? "Session en cours" : "Prochaine session"} {formatPeriode(next.debut, next.fin)}
            {others > 0 ? ` (et ${pluriel(others, "autre session", "autres sessions")})` : null}
          </dd>
          <dt className="font-semibold">Durée</dt>
          <dd>{formatDuree(item.dureeHeures, item.heuresStage)}</dd>
          <dt className="font-semibold">Places</dt>
          <dd>
            {pluriel(next.places, "place")}{" "}
            {next.enCours ? "dans la session en cours" : "à la prochaine session"}
          </dd>
        </dl>
      </article>
    </li>
  );
}
