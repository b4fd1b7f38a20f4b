import type { Metadata } from "next";
import Link from "next/link";
import { DATA_SOURCES } from "@/prisma/reference/sources";
import { TERRITOIRES } from "@/prisma/reference/territoires";

export const metadata: Metadata = { title: "À propos des données" };

/** A link to another site; it says so, and opens in the same tab like every link of the portal. */
function LienExterne({ href, children }: { href: string; children: React.ReactNode }) {
  return <a href={href}>{children} (site externe, s&apos;ouvre dans le même onglet)</a>;
}

const EPCI_COUNT = TERRITOIRES.reduce((n, t) => n + t.epciCodes.length, 0);

export default function AProposDesDonneesPage() {
  return (
    <div className="prose-page">
      <h1 className="text-3xl">À propos des données</h1>
      <p>
        Les communes, les intercommunalités et leurs positions sur la carte ne sont pas saisies à la main :
        elles sont importées de jeux de données publics, ouverts et réutilisables, dans la version indiquée
        ci-dessous. Les offres de stage et de formation, elles, sont publiées par les employeurs et les
        organismes de formation, puis relues par l&apos;équipe de l&apos;institut.
      </p>
      <p>
        Sigles utilisés : <abbr title="Établissement public de coopération intercommunale">EPCI</abbr>,
        intercommunalité (communauté de communes ou d&apos;agglomération) ;{" "}
        <abbr title="Institut national de la statistique et des études économiques">INSEE</abbr>, Institut
        national de la statistique et des études économiques ;{" "}
        <abbr title="Direction générale des collectivités locales">DGCL</abbr>, Direction générale des
        collectivités locales ;{" "}
        <abbr title="Institut national de l'information géographique et forestière">IGN</abbr>, Institut
        national de l&apos;information géographique et forestière.
      </p>

      <section aria-labelledby="sources">
        <h2 id="sources">Sources des données de référence</h2>
        {DATA_SOURCES.map((source) => (
          <section key={source.id} aria-labelledby={`source-${source.id}`} className="card mt-4 space-y-3">
            <h3 id={`source-${source.id}`} className="mt-0">
              {source.nom}
            </h3>
            <dl className="space-y-3">
              <div>
                <dt className="font-semibold">Producteur</dt>
                <dd>{source.producteur}</dd>
              </div>
              <div>
                <dt className="font-semibold">Paquet et version</dt>
                <dd>
                  <code>{source.paquet}</code>, version {source.version}
                </dd>
              </div>
              <div>
                <dt className="font-semibold">Dépôt et documentation</dt>
                <dd>
                  <LienExterne href={source.url}>
                    Dépôt et documentation de <code>{source.paquet}</code>
                  </LienExterne>
                </dd>
              </div>
              <div>
                <dt className="font-semibold">Licence</dt>
                <dd>
                  <LienExterne href={source.licence.url}>{source.licence.nom}</LienExterne>
                </dd>
              </div>
              <div>
                <dt className="font-semibold">Ce que le guichet en utilise</dt>
                <dd>{source.utilisation}</dd>
              </div>
              {source.avertissement ? (
                <div>
                  <dt className="font-semibold">À savoir</dt>
                  <dd>{source.avertissement}</dd>
                </div>
              ) : null}
            </dl>
          </section>
        ))}
      </section>

      <section aria-labelledby="territoires">
        <h2 id="territoires">Territoires d&apos;action locale</h2>
        <p>
          Pour organiser l&apos;aide aux apprenants au plus près de chez eux, les {EPCI_COUNT}{" "}
          intercommunalités des Landes sont regroupées en {TERRITOIRES.length} territoires d&apos;action
          locale, chacun suivi par une cellule locale.
        </p>
        <p>
          <strong>Ce regroupement est une proposition de démonstration</strong>, établie en rapprochant des
          intercommunalités voisines. Il n&apos;a pas encore été validé par l&apos;institut et peut changer.
        </p>
        <ul>
          {TERRITOIRES.map((t) => (
            <li key={t.slug}>
              {t.nom} ({t.epciCodes.length}{" "}
              {t.epciCodes.length > 1 ? "intercommunalités" : "intercommunalité"})
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="coordonnees">
        <h2 id="coordonnees">Positions approximatives des communes</h2>
        <p>
          La position d&apos;une commune sur la carte est approximative : c&apos;est le centre du rectangle
          qui englobe son territoire, pas l&apos;emplacement de son bourg ni de sa mairie. Un lieu de stage
          rattaché seulement à sa commune apparaît à cette position ; l&apos;organisation qui le publie peut
          indiquer sa position exacte (latitude et longitude).
        </p>
      </section>

      <section aria-labelledby="reutilisation">
        <h2 id="reutilisation">Réutiliser ces données</h2>
        <p>
          Chaque source est diffusée sous la licence indiquée ci-dessus. La Licence Ouverte 2.0 permet de
          réutiliser ces données librement, y compris à des fins commerciales, à condition de mentionner leur
          source et la date de leur dernière mise à jour. Les autres contenus du guichet relèvent des{" "}
          <Link href="/mentions-legales#propriete">mentions légales, rubrique propriété intellectuelle</Link>.
        </p>
      </section>
    </div>
  );
}
