import Link from "next/link";
import { agregatLabel, type RessourceCommuneAgregat } from "@/lib/ressources/constants";

/** The text equivalent of the map's resource layer: the communes of the zone and what they offer. */
export function RessourcesZoneList({ communes }: { communes: RessourceCommuneAgregat[] }) {
  return (
    <section
      aria-labelledby="titre-ressources-zone"
      className="mt-3 space-y-2 rounded-md border border-gray-300 p-3"
    >
      <h3 id="titre-ressources-zone" className="text-lg">
        Communes avec hébergement ou mobilité dans la zone
      </h3>
      <p className="text-sm text-gray-700">
        Sur la carte : étiquettes brunes « Hébergement » et « Mobilité » avec leur nombre, placées à la
        commune, jamais à l&apos;adresse. Mis en commun par des organisations et des familles d&apos;accueil
        vérifiées.
      </p>
      {communes.length === 0 ? (
        <p>Aucun hébergement ni solution de mobilité mutualisés dans cette zone pour l&apos;instant.</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6">
          {communes.map((c) => (
            <li key={c.code}>
              <Link href={`/ressources?commune=${c.code}&rayon=10`}>{c.nom}</Link> : {agregatLabel(c)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
