import Link from "next/link";
import { formatDistance, formatPeriode } from "@/lib/format";
import type { CarteStageItem } from "@/lib/carte/queries";

function periodesText(item: CarteStageItem): string {
  if (item.touteLAnnee) return "Toute l'année";
  if (item.periodes.length === 0) return "Dates à convenir";
  const shown = item.periodes.slice(0, 2).map((p) => formatPeriode(p.debut, p.fin));
  const rest = item.periodes.length - shown.length;
  const text = shown.join(" ; ");
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return rest > 0
    ? `${capitalised} (et ${rest} autre${rest > 1 ? "s" : ""} période${rest > 1 ? "s" : ""})`
    : capitalised;
}

function HouseIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-5 w-5 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M3 11l9-7 9 7" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M5 10v10h5v-6h4v6h5V10" strokeLinejoin="round" />
    </svg>
  );
}

function BusIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-5 w-5 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <rect x="4" y="3" width="16" height="14" rx="2" />
      <path d="M4 11h16M8 17v3M16 17v3" strokeLinecap="round" />
      <circle cx="8" cy="14" r="0.5" fill="currentColor" />
      <circle cx="16" cy="14" r="0.5" fill="currentColor" />
    </svg>
  );
}

function PinIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-5 w-5 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z" strokeLinejoin="round" />
      <circle cx="12" cy="9.5" r="2.5" />
    </svg>
  );
}

type Props = {
  item: CarteStageItem;
  rank: number;
  /** "actif": under the pointer or focus; "choisi": its marker was clicked */
  state: "actif" | "choisi" | null;
  onActivate: (id: string | null) => void;
  /** the chosen commune's name, for "à 12 km de Dax" */
  communeCentre: string | null;
};

/** One result: the list's equivalent of a marker and its popup, usable with a keyboard or a screen reader. */
export function StageCard({ item, rank, state, onActivate, communeCentre }: Props) {
  const leave = () => onActivate(null);
  return (
    <li
      id={`stage-${item.id}`}
      className="scroll-mt-4"
      onMouseEnter={() => onActivate(item.id)}
      onMouseLeave={leave}
      onFocus={() => onActivate(item.id)}
      onBlur={leave}
    >
      <article
        className={`card space-y-2 transition-shadow ${
          state === "choisi" ? "ring-4 ring-pin-600" : state === "actif" ? "ring-2 ring-pin-600" : ""
        }`}
      >
        <h3 id={`resultat-${rank}`} className="text-lg">
          <Link href={`/stages/${item.id}`}>{item.titre}</Link>
        </h3>
        <p className="font-semibold text-gray-800">{item.organisation}</p>
        <p className="flex items-center gap-1">
          <PinIcon />
          <span>
            {item.commune}
            {item.distanceKm !== null ? (
              <>
                {" "}
                ({formatDistance(item.distanceKm)}
                {communeCentre && communeCentre !== item.commune ? ` de ${communeCentre}` : ""})
              </>
            ) : null}
          </span>
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="font-semibold">Places</dt>
          <dd>
            {item.placesRestantes} {item.placesRestantes > 1 ? "places restantes" : "place restante"} sur{" "}
            {item.places}
          </dd>
          <dt className="font-semibold">Périodes</dt>
          <dd>{periodesText(item)}</dd>
          {item.metiers.length > 0 ? (
            <>
              <dt className="font-semibold">Métiers</dt>
              <dd>{item.metiers.join(", ")}</dd>
            </>
          ) : null}
        </dl>
        {item.logement || item.sansVoiture ? (
          <ul className="flex flex-wrap gap-2" aria-label="Facilités">
            {item.logement ? (
              <li className="inline-flex items-center gap-1 rounded-full bg-pin-50 px-3 py-1 text-sm font-semibold text-pin-800">
                <HouseIcon />
                Logement possible
              </li>
            ) : null}
            {item.sansVoiture ? (
              <li className="inline-flex items-center gap-1 rounded-full bg-pin-50 px-3 py-1 text-sm font-semibold text-pin-800">
                <BusIcon />
                Accessible sans voiture
              </li>
            ) : null}
          </ul>
        ) : null}
      </article>
    </li>
  );
}
