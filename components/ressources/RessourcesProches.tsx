import Link from "next/link";
import { formatDistance } from "@/lib/format";
import { agregatLabel, PROXIMITE_STAGE_KM } from "@/lib/ressources/constants";
import { getRessourcesProchesList } from "@/lib/ressources/queries";

/** On a stage's page: housing and mobility pooled within PROXIMITE_STAGE_KM of its site, per commune. */
export async function RessourcesProches({ latitude, longitude }: { latitude: number; longitude: number }) {
  const communes = await getRessourcesProchesList({ latitude, longitude }, PROXIMITE_STAGE_KM);
  return (
    <section aria-labelledby="titre-proximite" className="card space-y-3">
      <h2 id="titre-proximite" className="text-2xl">
        À proximité : hébergement et mobilité
      </h2>
      {communes.length === 0 ? (
        <p>
          Aucun hébergement ni solution de mobilité mutualisés à moins de {PROXIMITE_STAGE_KM} km pour
          l&apos;instant. Votre cellule locale peut chercher une solution avec vous.
        </p>
      ) : (
        <>
          <p>
            Mis en commun par des organisations et des familles d&apos;accueil vérifiées, à moins de{" "}
            {PROXIMITE_STAGE_KM} km (la commune seulement est indiquée) :
          </p>
          <ul className="list-disc space-y-1 pl-6">
            {communes.map((c) => (
              <li key={c.code}>
                <Link href={`/ressources?commune=${c.code}&rayon=10`}>{c.nom}</Link> (
                {formatDistance(c.distanceKm)}) : {agregatLabel(c)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href="/espace-apprenant/demandes/nouvelle">
          Demander un hébergement ou une solution de transport à ma cellule locale
        </Link>
      </p>
    </section>
  );
}
