import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Déclaration d'accessibilité" };

/** A link to another site; it says so, and opens in the same tab like every link of the portal. */
function LienExterne({ href, children }: { href: string; children: React.ReactNode }) {
  return <a href={href}>{children} (site externe, s&apos;ouvre dans le même onglet)</a>;
}

export default function AccessibilitePage() {
  return (
    <div className="prose-page">
      <h1 className="text-3xl">Déclaration d&apos;accessibilité</h1>
      <p>
        L&apos;Institut fédératif landais du travail social (IFLTS) s&apos;engage à rendre son guichet
        numérique accessible à toutes et à tous, conformément à l&apos;article 47 de la loi n° 2005-102 du 11
        février 2005.
      </p>
      <p>
        Cette déclaration d&apos;accessibilité s&apos;applique au guichet numérique de l&apos;IFLTS,
        c&apos;est-à-dire à l&apos;ensemble de ses pages publiques et des espaces réservés aux titulaires
        d&apos;un compte.
      </p>
      <p>
        Le schéma pluriannuel de mise en accessibilité et le plan d&apos;action de l&apos;année seront publiés
        sur cette page : <strong className="text-red-800">[à compléter]</strong>.
      </p>

      <section aria-labelledby="etat">
        <h2 id="etat">État de conformité</h2>
        <p>
          Le guichet numérique de l&apos;IFLTS est <strong>non conforme</strong> avec le{" "}
          <abbr title="Référentiel général d'amélioration de l'accessibilité">RGAA</abbr> version 4.1.
        </p>
        <p>
          Aucun audit de conformité n&apos;a encore été réalisé : nous ne pouvons donc pas publier de taux de
          conformité. Tant qu&apos;un audit complet n&apos;a pas eu lieu, le RGAA impose de déclarer le site
          non conforme, même si l&apos;accessibilité est prise en compte dès sa conception.
        </p>
      </section>

      <section aria-labelledby="fait">
        <h2 id="fait">Ce qui a déjà été fait</h2>
        <ul>
          <li>
            Chaque page parcourue par les tests automatisés du guichet est analysée avec l&apos;outil axe-core
            ; une erreur détectée fait échouer les tests.
          </li>
          <li>
            Des tests automatisés vérifient que les principaux parcours se font au clavier seul ;
            l&apos;élément qui a le focus est toujours signalé par un contour visible.
          </li>
          <li>
            Les couleurs du texte ont été choisies pour offrir un contraste d&apos;au moins 4,5:1 avec leur
            fond ; un statut n&apos;est jamais indiqué par la seule couleur.
          </li>
          <li>Un lien d&apos;évitement « Aller au contenu » est le premier élément de chaque page.</li>
          <li>
            Chaque champ de formulaire a une étiquette ; les aides et les messages d&apos;erreur sont reliés
            au champ concerné.
          </li>
          <li>La langue de la page est déclarée et les titres suivent une hiérarchie sans saut de niveau.</li>
        </ul>
        <p>
          Les outils automatiques ne détectent qu&apos;une partie des défauts d&apos;accessibilité : ces
          vérifications ne remplacent pas un audit.
        </p>
      </section>

      <section aria-labelledby="non-accessibles">
        <h2 id="non-accessibles">Contenus non accessibles</h2>

        <h3>Non-conformités connues</h3>
        <p>En l&apos;absence d&apos;audit, voici les difficultés connues à ce jour :</p>
        <ul>
          <li>
            La carte interactive n&apos;est pas entièrement utilisable au clavier ni avec un lecteur
            d&apos;écran. Partout où une carte est affichée, les mêmes informations sont aussi données sous
            forme de liste.
          </li>
          <li>
            Placer un repère sur une carte (par exemple pour situer un lieu de stage) demande un pointeur. Des
            champs latitude et longitude permettent de faire la même chose au clavier.
          </li>
        </ul>

        <h3>Dérogations pour charge disproportionnée</h3>
        <p>Aucune dérogation n&apos;est invoquée.</p>

        <h3>Contenus non soumis à l&apos;obligation d&apos;accessibilité</h3>
        <p>Aucun contenu n&apos;est déclaré hors du champ de l&apos;obligation.</p>
      </section>

      <section aria-labelledby="etablissement">
        <h2 id="etablissement">Établissement de cette déclaration</h2>
        <p>Cette déclaration a été établie le 22 novembre 2026.</p>

        <h3>Technologies utilisées pour la réalisation du site</h3>
        <ul>
          <li>HTML5</li>
          <li>CSS</li>
          <li>JavaScript</li>
        </ul>

        <h3>Environnement de test</h3>
        <p>
          Les vérifications ont été faites avec le navigateur Chromium, piloté par les tests automatisés du
          guichet.
        </p>

        <h3>Outils pour évaluer l&apos;accessibilité</h3>
        <ul>
          <li>axe-core, bibliothèque d&apos;analyse automatique de l&apos;accessibilité</li>
        </ul>
      </section>

      <section aria-labelledby="retour">
        <h2 id="retour">Retour d&apos;information et contact</h2>
        <p>
          Si vous n&apos;arrivez pas à accéder à un contenu ou à un service du guichet, contactez
          l&apos;institut : nous vous orienterons vers une solution accessible ou vous transmettrons le
          contenu sous une autre forme.
        </p>
        <ul>
          <li>
            Courriel : <strong className="text-red-800">[à compléter]</strong>
          </li>
          <li>
            Courrier : <strong className="text-red-800">[à compléter]</strong>
          </li>
        </ul>
        <p>
          Les coordonnées de l&apos;institut figurent aussi dans les{" "}
          <Link href="/mentions-legales#contact">mentions légales, rubrique contact</Link>.
        </p>
      </section>

      <section aria-labelledby="recours">
        <h2 id="recours">Voies de recours</h2>
        <p>
          Cette procédure est à utiliser dans le cas suivant : vous avez signalé au responsable du site
          internet un défaut d&apos;accessibilité qui vous empêche d&apos;accéder à un contenu ou à un des
          services du portail et vous n&apos;avez pas obtenu de réponse satisfaisante.
        </p>
        <ul>
          <li>
            Écrire un message au Défenseur des droits :{" "}
            <LienExterne href="https://formulaire.defenseurdesdroits.fr/">
              formulaire de contact du Défenseur des droits
            </LienExterne>
          </li>
          <li>
            Contacter le délégué du Défenseur des droits dans votre région :{" "}
            <LienExterne href="https://www.defenseurdesdroits.fr/saisir/delegues">
              liste des délégués du Défenseur des droits
            </LienExterne>
          </li>
          <li>
            Envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) :
            <br />
            Défenseur des droits
            <br />
            Libre réponse 71120
            <br />
            75342 Paris CEDEX 07
          </li>
        </ul>
      </section>
    </div>
  );
}
