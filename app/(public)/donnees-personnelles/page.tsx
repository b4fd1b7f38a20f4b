import type { Metadata } from "next";
import Link from "next/link";
import { RETENTION } from "@/lib/comptes/retention";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Données personnelles" };

/** Information the institute still has to provide before going live. */
function AComplete({ quoi }: { quoi: string }) {
  return <strong className="text-red-800">[{quoi} à compléter]</strong>;
}

/** A link to another site; it says so, and opens in the same tab like every link of the portal. */
function LienExterne({ href, children }: { href: string; children: React.ReactNode }) {
  return <a href={href}>{children} (site externe, s&apos;ouvre dans le même onglet)</a>;
}

const FINALITES = [
  {
    finalite: "Créer et gérer votre compte, vous permettre de vous connecter",
    base: "Exécution des conditions d'utilisation que vous acceptez en créant le compte (article 6.1.b)",
  },
  {
    finalite:
      "Mettre en relation apprenants, employeurs et organismes de formation (stages, formations, candidatures)",
    base: "Exécution des conditions d'utilisation (article 6.1.b)",
  },
  {
    finalite: "Vérifier les organisations inscrites et modérer les offres avant leur publication",
    base: "Intérêt légitime de l'institut à garantir des offres fiables (article 6.1.f)",
  },
  {
    finalite:
      "Traiter une demande d'aide (logement, mobilité, garde d'enfants) avec la cellule locale de votre territoire",
    base: "Exécution du service que vous demandez (article 6.1.b)",
  },
  {
    finalite:
      "Envoyer les courriels du service (lien de réinitialisation du mot de passe, décisions de modération)",
    base: "Exécution des conditions d'utilisation (article 6.1.b)",
  },
  {
    finalite:
      "Protéger le guichet (limitation des tentatives de connexion, journal des décisions de modération)",
    base: "Intérêt légitime de l'institut à sécuriser le service et à pouvoir justifier ses décisions (article 6.1.f)",
  },
  {
    finalite:
      "Suivre l'activité du guichet pour les collèges de l'institut, à partir de chiffres agrégés non nominatifs",
    base: "Intérêt légitime de l'institut à piloter son action (article 6.1.f)",
  },
] as const;

const CONSERVATION = [
  {
    donnees: "Comptes et données de l'organisation",
    duree: `Tant que le compte sert ; un compte inutilisé pendant ${RETENTION.comptesInactifsAns} ans est supprimé (sauf les comptes de l'équipe de l'institut). Vous pouvez aussi le supprimer vous-même à tout moment.`,
  },
  { donnees: "Tentatives de connexion", duree: `${RETENTION.tentativesConnexionHeures} heures.` },
  {
    donnees: "Liens de réinitialisation du mot de passe",
    duree:
      "1 heure ; un lien ne sert qu'une fois et tous les autres liens en attente sont annulés à son utilisation. Les liens utilisés ou expirés sont effacés.",
  },
  { donnees: "Cookie de session", duree: "Jusqu'à la déconnexion, et au plus 8 heures." },
  { donnees: "Journal des décisions de modération et des accès", duree: `${RETENTION.journalAns} ans.` },
  {
    donnees: "Demandes d'aide",
    duree: `Une demande close est anonymisée ${env.FREINS_RETENTION_MOIS} mois après sa clôture.`,
  },
] as const;

export default function DonneesPersonnellesPage() {
  return (
    <div className="prose-page">
      <h1 className="text-3xl">Données personnelles</h1>
      <p>
        Cette page explique quelles données le guichet numérique de l&apos;IFLTS recueille, pourquoi, qui y a
        accès, combien de temps elles sont gardées et comment exercer vos droits, conformément au règlement
        général sur la protection des données (
        <abbr title="Règlement général sur la protection des données">RGPD</abbr>) et à la loi Informatique et
        Libertés.
      </p>

      <section aria-labelledby="responsable">
        <h2 id="responsable">Responsable de traitement</h2>
        <p>
          L&apos;Institut fédératif landais du travail social (IFLTS), association, est responsable des
          traitements de données du guichet.
        </p>
        <ul>
          <li>
            Adresse : <AComplete quoi="adresse postale" />
          </li>
          <li>
            Contact pour vos données personnelles : <AComplete quoi="adresse" />
          </li>
        </ul>
      </section>

      <section aria-labelledby="collectees">
        <h2 id="collectees">Données recueillies</h2>

        <h3>Pour tous les comptes</h3>
        <ul>
          <li>prénom, nom et adresse électronique ;</li>
          <li>
            mot de passe : il n&apos;est jamais conservé en clair, seulement sous la forme d&apos;une
            empreinte Argon2id dont on ne peut pas retrouver le mot de passe ; personne, pas même
            l&apos;équipe de l&apos;institut, ne peut le lire ;
          </li>
          <li>
            rôle sur le guichet (apprenant, employeur, organisme de formation, équipe de l&apos;institut…) ;
          </li>
          <li>dates de création et de modification du compte.</li>
        </ul>

        <h3>Pour un compte apprenant</h3>
        <ul>
          <li>les données communes à tous les comptes ;</li>
          <li>
            lorsque ces services seront ouverts : vos candidatures et vos demandes d&apos;aide (nature du
            besoin, territoire, message). Ne décrivez dans une demande que ce qui est utile pour vous aider.
          </li>
        </ul>

        <h3>Pour un compte d&apos;organisation (employeur ou organisme de formation)</h3>
        <ul>
          <li>
            l&apos;identité de la personne qui représente l&apos;organisation (données communes à tous les
            comptes) ;
          </li>
          <li>le nom et le type de l&apos;organisation, son adresse et sa commune ;</li>
          <li>
            son numéro <abbr title="Système d'identification du répertoire des établissements">SIRET</abbr>{" "}
            et, le cas échéant, son numéro{" "}
            <abbr title="Fichier national des établissements sanitaires et sociaux">FINESS</abbr>, utilisés
            pour la vérifier ;
          </li>
          <li>
            l&apos;adresse de chacun de ses sites, leur commune, leur position sur la carte, leur catégorie
            d&apos;établissement et le public accueilli ;
          </li>
          <li>les offres de stage et de formation qu&apos;elle publie.</li>
        </ul>

        <h3>Données techniques</h3>
        <ul>
          <li>chaque tentative de connexion : adresse électronique saisie, adresse IP, date et résultat ;</li>
          <li>les liens de réinitialisation du mot de passe, conservés sous forme d&apos;empreinte ;</li>
          <li>
            le journal des décisions de modération : qui a décidé, quoi, à quelle date, et le motif d&apos;un
            refus.
          </li>
        </ul>
      </section>

      <section aria-labelledby="finalites">
        <h2 id="finalites">Finalités et bases légales</h2>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Finalités des traitements et bases légales, article 6 du RGPD</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-gray-400 py-2 pr-4">
                Pourquoi nous utilisons vos données
              </th>
              <th scope="col" className="border-b-2 border-gray-400 py-2">
                Base légale
              </th>
            </tr>
          </thead>
          <tbody>
            {FINALITES.map((f) => (
              <tr key={f.finalite} className="align-top">
                <td className="border-b border-gray-300 py-2 pr-4">{f.finalite}</td>
                <td className="border-b border-gray-300 py-2">{f.base}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>Vos données ne sont ni vendues, ni louées, ni utilisées à des fins publicitaires.</p>
      </section>

      <section aria-labelledby="destinataires">
        <h2 id="destinataires">Destinataires</h2>
        <ul>
          <li>
            Les membres habilités de l&apos;équipe de l&apos;institut, pour la vérification des organisations,
            la modération et l&apos;assistance, chacun dans la limite de ses missions.
          </li>
          <li>
            Lorsque le service des demandes d&apos;aide sera ouvert : la seule cellule locale du territoire de
            l&apos;apprenant, pour les demandes qu&apos;il lui adresse.
          </li>
          <li>
            Le public : le nom d&apos;une organisation vérifiée, ses sites et ses offres publiées sont
            visibles de tous. Aucune donnée personnelle d&apos;un apprenant n&apos;est publiée.
          </li>
          <li>
            Les prestataires techniques de l&apos;institut, qui agissent sur ses instructions : hébergeur{" "}
            <AComplete quoi="nom et pays d'hébergement" /> et service d&apos;envoi des courriels{" "}
            <AComplete quoi="nom" />.
          </li>
        </ul>
      </section>

      <section aria-labelledby="conservation">
        <h2 id="conservation">Durées de conservation</h2>
        <ul>
          {CONSERVATION.map((c) => (
            <li key={c.donnees}>
              <strong>{c.donnees}</strong> : {c.duree}
            </li>
          ))}
        </ul>
        <p>
          Ces durées sont appliquées par une tâche planifiée chaque jour par l&apos;institut, qui supprime ou
          anonymise ce qui les a dépassées.
        </p>
        <p>
          <strong>Demandes d&apos;aide aux cellules locales</strong> (besoins, commune, période, description,
          messages, coordonnées) : visibles seulement par vous, les agents de la cellule locale du territoire
          concerné et l&apos;équipe de l&apos;institut. Vous pouvez les retirer ou les supprimer à tout
          moment. Une demande close est conservée {env.FREINS_RETENTION_MOIS} mois, puis anonymisée : votre
          nom, la description, le téléphone, les messages et les notes internes sont effacés ; seuls les
          besoins, la commune, les dates et le statut restent, pour des statistiques.
        </p>
      </section>

      <section aria-labelledby="cookies">
        <h2 id="cookies">Cookies</h2>
        <p>
          Le guichet dépose un seul cookie : le cookie de session, strictement nécessaire pour rester connecté
          à votre compte. Il est dispensé de consentement, c&apos;est pourquoi aucun bandeau ne vous est
          présenté.
        </p>
        <ul>
          <li>aucun cookie de suivi ni de publicité ;</li>
          <li>aucune mesure d&apos;audience ;</li>
          <li>aucun cookie déposé par un autre site.</li>
        </ul>
        <p>
          Pour afficher les cartes, votre navigateur télécharge les fonds de carte auprès de l&apos;IGN
          (Géoplateforme), qui reçoit alors votre adresse IP comme tout site que vous consultez.
        </p>
      </section>

      <section aria-labelledby="droits">
        <h2 id="droits">Vos droits</h2>
        <p>Vous disposez à tout moment des droits suivants :</p>
        <ul>
          <li>
            droit d&apos;accès : savoir quelles données nous détenons sur vous et en obtenir une copie ;
          </li>
          <li>droit de rectification des données inexactes ;</li>
          <li>droit à l&apos;effacement de vos données ;</li>
          <li>droit à la portabilité : recevoir vos données dans un format lisible par une machine ;</li>
          <li>droit à la limitation du traitement ;</li>
          <li>
            droit d&apos;opposition à un traitement fondé sur l&apos;intérêt légitime de l&apos;institut.
          </li>
        </ul>
        <p>
          Une fois connecté·e, vous pouvez vous-même télécharger toutes vos données et supprimer votre compte
          depuis la page <Link href="/compte/mes-donnees">Mes données</Link>.
        </p>
        <p>
          Pour exercer ces droits, écrivez à <AComplete quoi="adresse" /> en précisant le compte concerné.
          Nous vous répondons dans un délai d&apos;un mois. Nous pouvons vous demander de confirmer votre
          identité si nous avons un doute raisonnable.
        </p>
        <p>
          Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez
          adresser une réclamation à la Commission nationale de l&apos;informatique et des libertés (
          <abbr title="Commission nationale de l'informatique et des libertés">CNIL</abbr>) :{" "}
          <LienExterne href="https://www.cnil.fr/fr/adresser-une-plainte">
            adresser une plainte à la CNIL
          </LienExterne>
          .
        </p>
      </section>

      <section aria-labelledby="securite">
        <h2 id="securite">Sécurité</h2>
        <ul>
          <li>Les échanges entre votre navigateur et le guichet sont chiffrés (HTTPS).</li>
          <li>Les mots de passe sont conservés uniquement sous forme d&apos;empreinte Argon2id.</li>
          <li>
            Les tentatives de connexion sont limitées : après plusieurs échecs sur un même compte ou depuis
            une même adresse, la connexion est bloquée pendant un quart d&apos;heure.
          </li>
          <li>
            Le cookie de session n&apos;est pas lisible par les scripts de la page et n&apos;est envoyé que
            sur une connexion chiffrée.
          </li>
          <li>Chaque page et chaque action réservée vérifie le rôle de la personne connectée.</li>
        </ul>
        <p>
          Pour en savoir plus sur l&apos;utilisation du guichet, consultez les{" "}
          <Link href="/mentions-legales#conditions">conditions d&apos;utilisation</Link>.
        </p>
      </section>
    </div>
  );
}
