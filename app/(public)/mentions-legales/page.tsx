import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Mentions légales et conditions d'utilisation" };

/** Information the institute still has to provide before going live. */
function AComplete({ quoi }: { quoi: string }) {
  return <strong className="text-red-800">[à compléter : {quoi}]</strong>;
}

export default function MentionsLegalesPage() {
  return (
    <div className="prose-page">
      <h1 className="text-3xl">Mentions légales et conditions d&apos;utilisation</h1>
      <p>
        Le guichet numérique de l&apos;Institut fédératif landais du travail social (IFLTS) aide les
        apprenants à trouver un stage ou une formation aux métiers du social et du médico-social dans les
        Landes, et permet aux employeurs et aux organismes de formation d&apos;y publier leurs offres. Ce site
        appartient à l&apos;institut ; ce n&apos;est pas un site de l&apos;État.
      </p>

      <section aria-labelledby="editeur">
        <h2 id="editeur">Éditeur du site</h2>
        <ul>
          <li>Institut fédératif landais du travail social (IFLTS), association</li>
          <li>
            Numéro <abbr title="Système d'identification du répertoire des établissements">SIRET</abbr> :{" "}
            <AComplete quoi="numéro SIRET" />
          </li>
          <li>
            Siège : <AComplete quoi="adresse postale" />
          </li>
          <li>
            Directeur ou directrice de la publication : <AComplete quoi="nom et fonction" />
          </li>
        </ul>
      </section>

      <section aria-labelledby="hebergeur">
        <h2 id="hebergeur">Hébergeur</h2>
        <p>
          <AComplete quoi="nom, adresse et téléphone de l'hébergeur" />
        </p>
      </section>

      <section aria-labelledby="titre-conditions" id="conditions">
        <h2 id="titre-conditions">Conditions d&apos;utilisation</h2>
        <p>
          Créer un compte sur le guichet vaut acceptation des présentes conditions. La consultation des pages
          publiques ne demande pas de compte.
        </p>

        <h3>Les comptes</h3>
        <ul>
          <li>
            Un compte apprenant est personnel : il permet de chercher un stage, de suivre ses candidatures et
            de demander de l&apos;aide pour le logement, la mobilité ou la garde d&apos;enfants.
          </li>
          <li>
            Un compte d&apos;organisation (employeur ou organisme de formation) est ouvert au nom d&apos;une
            personne qui représente l&apos;organisation. L&apos;équipe de l&apos;institut vérifie chaque
            organisation avant qu&apos;elle puisse publier.
          </li>
          <li>
            Vous êtes responsable de la confidentialité de votre mot de passe. Si vous pensez qu&apos;une
            autre personne l&apos;utilise, changez-le depuis la page{" "}
            <Link href="/mot-de-passe/oublie">mot de passe oublié</Link> et prévenez l&apos;institut.
          </li>
          <li>
            Vous pouvez demander la suppression de votre compte à tout moment (voir la rubrique{" "}
            <a href="#contact">contact</a>).
          </li>
        </ul>

        <h3>Vos engagements</h3>
        <p>En utilisant le guichet, vous vous engagez à :</p>
        <ul>
          <li>donner des informations exactes sur vous et, le cas échéant, sur votre organisation ;</li>
          <li>
            ne publier que des offres réelles, à jour, conformes au droit du travail et au droit de la
            formation ;
          </li>
          <li>
            ne publier aucun contenu discriminatoire, injurieux ou contraire à la loi, ni de données
            personnelles de personnes accompagnées ;
          </li>
          <li>respecter les personnes avec qui le guichet vous met en relation ;</li>
          <li>
            ne pas chercher à contourner les mesures de sécurité du guichet ni à accéder aux comptes
            d&apos;autrui.
          </li>
        </ul>

        <h3>Modération par l&apos;institut</h3>
        <ul>
          <li>
            L&apos;équipe de l&apos;institut vérifie les organisations inscrites (numéro SIRET et, s&apos;il y
            a lieu, numéro{" "}
            <abbr title="Fichier national des établissements sanitaires et sociaux">FINESS</abbr>) avant de
            les autoriser à publier.
          </li>
          <li>Chaque offre de stage ou de formation est relue avant sa publication.</li>
          <li>
            L&apos;institut peut refuser, suspendre ou retirer un contenu ou un compte qui ne respecte pas ces
            conditions. Chaque décision est motivée, communiquée à la personne concernée et conservée dans un
            journal.
          </li>
          <li>
            Vous pouvez signaler un contenu qui vous paraît inexact ou inapproprié en écrivant à
            l&apos;institut (voir la rubrique <a href="#contact">contact</a>).
          </li>
        </ul>

        <h3>Offres publiées par des tiers</h3>
        <p>
          Les offres de stage et de formation sont rédigées et publiées par les employeurs et les organismes
          de formation, sous leur responsabilité. La modération vérifie leur sérieux, mais l&apos;institut ne
          garantit ni leur exactitude, ni la disponibilité des places, ni l&apos;issue d&apos;une candidature.
          Un stage se conclut par une convention entre l&apos;apprenant, son établissement de formation et
          l&apos;employeur : l&apos;institut n&apos;y est pas partie.
        </p>

        <h3>Responsabilité</h3>
        <p>
          L&apos;institut fait de son mieux pour que le guichet soit disponible et exact, sans pouvoir le
          garantir. Il ne peut être tenu responsable d&apos;une interruption du service, d&apos;une erreur
          dans une offre publiée par un tiers, ni de l&apos;usage que chacun fait des informations consultées.
          Chaque utilisateur reste responsable des contenus qu&apos;il publie.
        </p>

        <h3>Évolution des conditions</h3>
        <p>
          Ces conditions peuvent évoluer. En cas de changement important, les titulaires d&apos;un compte en
          sont informés par courriel. Elles sont soumises au droit français.
        </p>
      </section>

      <section aria-labelledby="propriete">
        <h2 id="propriete">Propriété intellectuelle</h2>
        <ul>
          <li>
            Les textes, la présentation et le code du guichet appartiennent à l&apos;IFLTS, sauf mention
            contraire. Toute reproduction demande son accord.
          </li>
          <li>
            Les organisations restent titulaires des textes qu&apos;elles publient ; elles autorisent
            l&apos;institut à les afficher sur le guichet pendant la durée de leur publication.
          </li>
          <li>
            Les données de référence (communes, intercommunalités et leurs positions approximatives)
            proviennent de jeux de données publics diffusés sous Licence Ouverte 2.0. Vous pouvez les
            réutiliser librement aux mêmes conditions, en mentionnant leur source. Le détail figure sur la
            page <Link href="/a-propos-des-donnees">à propos des données</Link>.
          </li>
          <li>
            Les fonds de carte sont fournis par l&apos;IGN (Géoplateforme) et restent soumis aux conditions de
            leur producteur.
          </li>
        </ul>
      </section>

      <section aria-labelledby="contact">
        <h2 id="contact">Contact</h2>
        <ul>
          <li>
            Courriel : <AComplete quoi="adresse de contact" />
          </li>
          <li>
            Courrier : <AComplete quoi="adresse postale de l'IFLTS" />
          </li>
        </ul>
        <p>
          Pour vos données personnelles, consultez la page{" "}
          <Link href="/donnees-personnelles">données personnelles</Link>. Pour signaler une difficulté
          d&apos;accès, consultez la <Link href="/accessibilite">déclaration d&apos;accessibilité</Link>.
        </p>
      </section>
    </div>
  );
}
