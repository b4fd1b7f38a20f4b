import type { Metadata } from "next";
import Link from "next/link";
import { CSV_COLUMNS, CSV_FILENAME } from "@/lib/opendata/csv";
import { OPEN_DATA_LICENCE } from "@/lib/opendata/json";
import { LHEO_NAMESPACE } from "@/lib/opendata/lheo";
import { OPEN_DATA_PAGE_MAX } from "@/lib/opendata/params";
import { STAGES_CSV_COLUMNS, STAGES_CSV_FILENAME } from "@/lib/opendata/stages";

export const metadata: Metadata = {
  title: "Données ouvertes : formations et offres de stage",
  description:
    "Les formations et les offres de stage aux métiers du social et du médico-social publiées sur le guichet de l'IFLTS, en JSON, en CSV et au format LHÉO 2.3, sous Licence Ouverte 2.0.",
};

const EXPORTS = [
  {
    id: "json",
    titre: "JSON",
    url: "/api/formations",
    type: "application/json",
    pour: "les développeurs et les applications : la structure complète, organisme, formation et sessions imbriqués.",
  },
  {
    id: "csv",
    titre: "CSV (tableur)",
    url: "/api/formations/csv",
    type: "text/csv, UTF-8 avec BOM, séparateur point-virgule",
    pour: `un tableur (Excel, LibreOffice) : une ligne par session, fichier « ${CSV_FILENAME} ».`,
  },
  {
    id: "lheo",
    titre: "LHÉO 2.3 (XML)",
    url: "/api/formations/lheo",
    type: "application/xml",
    pour: "les bases régionales de l'offre de formation (Carif-Oref) et les outils qui lisent le langage LHÉO.",
  },
  {
    id: "stages-json",
    titre: "Offres de stage, JSON",
    url: "/api/stages",
    type: "application/json, décrit par le schéma JSON /api/stages/schema",
    pour: "les développeurs et les applications : une offre par élément, avec son lieu et ses périodes.",
  },
  {
    id: "stages-csv",
    titre: "Offres de stage, CSV (tableur)",
    url: "/api/stages/csv",
    type: "text/csv, UTF-8 avec BOM, séparateur point-virgule",
    pour: `un tableur : une ligne par offre, fichier « ${STAGES_CSV_FILENAME} ».`,
  },
] as const;

type Champ = { nom: string; description: string };

const PAGE_MAX = OPEN_DATA_PAGE_MAX.toLocaleString("fr-FR");

const JSON_RACINE: readonly Champ[] = [
  { nom: "licence", description: "Nom et adresse de la licence (Licence Ouverte 2.0)." },
  { nom: "producteur", description: "L'institut qui diffuse les données." },
  { nom: "documentation", description: "Adresse de cette page." },
  { nom: "schema", description: "Offres de stage seulement : adresse du schéma JSON du document." },
  { nom: "generatedAt", description: "Date et heure de production du fichier (ISO 8601, UTC)." },
  { nom: "updatedSince", description: "Le paramètre updated_since reçu (ISO 8601, UTC), ou null." },
  {
    nom: "pagination",
    description:
      "taillePage (nombre maximal d'éléments par page) et suivant (adresse de la page suivante, ou null).",
  },
  {
    nom: "nombreFormations, nombreStages",
    description: "Nombre de formations ou d'offres de stage dans cette page.",
  },
  {
    nom: "formations, stages",
    description: "La liste de la page, par identifiant croissant, décrite ci-dessous.",
  },
  {
    nom: "retraits",
    description:
      "Avec updated_since, sur la première page : les offres retirées de la publication depuis cette date (id, retireLe), à supprimer de votre copie.",
  },
];

const JSON_STAGE: readonly Champ[] = [
  { nom: "id, url", description: "Identifiant stable de l'offre et adresse de sa page sur le guichet." },
  { nom: "titre, description, niveau", description: "Intitulé, présentation et niveau d'études visé." },
  { nom: "employeur", description: "nom et siret de l'employeur." },
  {
    nom: "lieu",
    description:
      "Établissement d'accueil : nom, adresse, codePostal, commune, codeInsee, latitude, longitude (WGS 84), categorie, publicAccompagne.",
  },
  { nom: "diplomes[]", description: "Diplômes préparés acceptés : code et intitulé." },
  {
    nom: "touteLAnnee, periodes[]",
    description: "Stage possible toute l'année, sinon les périodes proposées (debut, fin, AAAA-MM-JJ).",
  },
  { nom: "dureeMinSemaines, dureeMaxSemaines", description: "Durée du stage en semaines." },
  {
    nom: "places, placesRestantes, ouverte",
    description: "Places, places encore disponibles, et vrai tant qu'il en reste.",
  },
  {
    nom: "gratification, gratificationDetail, logementPropose",
    description: "Gratification (et ses précisions), logement proposé.",
  },
  {
    nom: "accessibleSansVoiture, transportDetail, distanceGareKm, permisRequis",
    description: "Accès : sans voiture, précisions, distance de la gare ou de l'arrêt, permis demandé.",
  },
  { nom: "horairesNuit, horairesWeekend", description: "Horaires de nuit ou de week-end." },
  {
    nom: "publieeLe, misAJourLe",
    description: "Date de publication (AAAA-MM-JJ) et dernière modification (ISO 8601, UTC).",
  },
];

const JSON_FORMATION: readonly Champ[] = [
  { nom: "organisme.siret", description: "Numéro SIRET de l'organisme de formation (14 chiffres)." },
  {
    nom: "organisme.numeroActivite",
    description:
      "Numéro de déclaration d'activité de l'organisme (11 chiffres), ou null s'il ne l'a pas encore donné.",
  },
  { nom: "organisme.nom", description: "Nom de l'organisme." },
  {
    nom: "organisme.adresse, codePostal, commune, codeInsee",
    description: "Adresse du siège de l'organisme, utilisée aussi pour les inscriptions.",
  },
  { nom: "formation.id", description: "Identifiant stable de l'offre sur le guichet." },
  { nom: "formation.intitule", description: "Intitulé donné par l'organisme." },
  {
    nom: "formation.diplome",
    description:
      "Diplôme préparé : code (ex. DEAS), intitulé officiel, niveau (3 = CAP, 4 = bac, 6 = licence), numéro de fiche RNCP s'il est connu (sinon null).",
  },
  {
    nom: "formation.modalite",
    description:
      "formation_initiale, apprentissage, formation_continue, vae (validation des acquis de l'expérience) ou preparation (préqualification).",
  },
  { nom: "formation.description", description: "Présentation de la formation." },
  { nom: "formation.dureeHeures, heuresStage", description: "Durée totale en heures, dont heures de stage." },
  {
    nom: "formation.prerequis, selection, couts",
    description: "Prérequis, modalités de sélection, coût (textes).",
  },
  {
    nom: "formation.financements",
    description: "region, cpf, apprentissage : vrai quand ce financement est possible.",
  },
  { nom: "formation.contact", description: "Contact publié par l'organisme pour cette formation." },
  { nom: "formation.referentHandicap", description: "Référent handicap publié par l'organisme." },
  { nom: "formation.url", description: "Page de l'offre sur le site de l'organisme (ou null)." },
  {
    nom: "formation.codesPublicVise",
    description:
      "Public visé : liste de codes FORMACODE (5 chiffres), vide si l'organisme ne l'a pas encore donné.",
  },
  { nom: "formation.publieeLe", description: "Date de la dernière publication (AAAA-MM-JJ)." },
  {
    nom: "formation.misAJourLe",
    description: "Dernière modification de l'offre ou de ses sessions (ISO 8601, UTC).",
  },
  {
    nom: "sessions[]",
    description:
      "Chaque session : id, debut, fin, dateLimiteCandidature (AAAA-MM-JJ ou null), places, rythme (temps_plein, alternance, temps_partiel), rythmeDetail.",
  },
  {
    nom: "sessions[].lieu",
    description:
      "Lieu de la session : nom, adresse, codePostal, commune, codeInsee, latitude, longitude (WGS 84).",
  },
];

const LHEO_EMIS = [
  "formation : domaine-formation (code NSF et codes ROME du diplôme), intitule-formation, objectif-formation, resultats-attendus, contenu-formation, certifiante, contact-formation, parcours-de-formation, code-niveau-entree, certification/code-RNCP quand le numéro est connu",
  "action (une par lieu et par rythme) : rythme-formation, code-public-vise, niveau-entree-obligatoire, modalites-alternance, modalites-enseignement, conditions-specifiques, prise-en-charge-frais-possible, lieu-de-formation, modalites-entrees-sorties, url-action, acces-handicapes, modalites-recrutement, nombre-heures-centre, nombre-heures-entreprise, nombre-heures-total, detail-conditions-prise-en-charge",
  "session : periode (debut et fin au format AAAAMMJJ), adresse-inscription, periode-inscription (jusqu'à la date limite de candidature), etat-recrutement (1 ouvert, 2 fermé) ; le nombre de places dans une extension extra « nombre-places »",
  "organisme-formation-responsable : numero-activite, SIRET-organisme-formation/SIRET, nom-organisme, raison-sociale, coordonnees-organisme, contact-organisme",
] as const;

/** A link to another site; it says so, and opens in the same tab like every link of the portal. */
function LienExterne({ href, children }: { href: string; children: React.ReactNode }) {
  return <a href={href}>{children} (site externe, s&apos;ouvre dans le même onglet)</a>;
}

function TableChamps({ legende, champs }: { legende: string; champs: readonly Champ[] }) {
  return (
    // Focusable and named, so that a keyboard user can scroll a table wider than a phone.
    <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label={legende}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{legende}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-4">
              Champ
            </th>
            <th scope="col" className="py-2">
              Contenu
            </th>
          </tr>
        </thead>
        <tbody>
          {champs.map((c) => (
            <tr key={c.nom} className="border-b border-gray-200 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <code className="[overflow-wrap:anywhere]">{c.nom}</code>
              </th>
              <td className="py-2">{c.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function DonneesOuvertesPage() {
  return (
    <div className="prose-page">
      <h1 className="text-3xl">Données ouvertes : formations et offres de stage</h1>
      <p>
        Les formations aux métiers du social et du médico-social publiées sur le guichet, avec leurs sessions,
        et les offres de stage des employeurs sont librement réutilisables. Elles sont à jour en permanence :
        chaque téléchargement lit les offres telles qu&apos;elles sont publiées à cet instant.
      </p>

      <section aria-labelledby="titre-contenu">
        <h2 id="titre-contenu">Ce que contiennent les fichiers</h2>
        <ul>
          <li>
            Seules les formations <strong>publiées</strong>, c&apos;est-à-dire relues et acceptées par
            l&apos;équipe de l&apos;institut, avec toutes leurs sessions, y compris les sessions passées
            (leurs dates permettent de les écarter). Les brouillons, les offres en attente de modération,
            refusées ou archivées n&apos;y figurent jamais.
          </li>
          <li>
            Aucune donnée personnelle des comptes : ni le nom ni l&apos;adresse électronique des personnes qui
            gèrent les offres. Le contact et le référent handicap d&apos;une formation y figurent, car
            l&apos;organisme les publie pour être joint.
          </li>
          <li>
            Les offres de stage que le public voit sur le guichet : publiées (ou pourvues, avec 0 place
            restante) et dont la dernière période n&apos;est pas finie. Jamais le nom, la fonction ni le
            contact du tuteur ou de la tutrice (réservés aux apprenant·es connecté·es), ni les candidatures,
            ni les motifs de refus de la modération.
          </li>
        </ul>
      </section>

      <section aria-labelledby="titre-adresses">
        <h2 id="titre-adresses">Adresses de téléchargement</h2>
        <ul>
          {EXPORTS.map((e) => (
            <li key={e.id}>
              <strong>{e.titre}</strong> : <a href={e.url}>{e.url}</a> ({e.type}), pour {e.pour}
            </li>
          ))}
        </ul>
        <p>
          Ces adresses ne demandent pas de compte ni de clé, et peuvent être appelées depuis un autre site
          (CORS ouvert). Les réponses peuvent être gardées en cache cinq minutes au plus.
        </p>
      </section>

      <section aria-labelledby="titre-pages">
        <h2 id="titre-pages">Pagination et synchronisation</h2>
        <p>
          Les adresses JSON et CSV des formations et des offres de stage acceptent les mêmes paramètres, tous
          facultatifs :
        </p>
        <ul>
          <li>
            <code>page_size</code> : nombre d&apos;éléments par page, de 1 à {PAGE_MAX}, et {PAGE_MAX} si le
            paramètre est absent. Les éléments viennent par identifiant croissant.
          </li>
          <li>
            <code>after</code> : l&apos;identifiant du dernier élément de la page précédente. Le champ{" "}
            <code>pagination.suivant</code> du JSON, ou l&apos;en-tête{" "}
            <code>Link: &lt;…&gt;; rel=&quot;next&quot;</code> du CSV, donne directement l&apos;adresse de la
            page suivante ; il est absent sur la dernière page. Une offre publiée ou retirée pendant votre
            lecture ne décale pas les pages suivantes.
          </li>
          <li>
            <code>updated_since</code> : seulement les éléments modifiés depuis cette date, au format ISO 8601
            (<code>2027-03-01</code>, lu à minuit UTC, ou <code>2027-03-01T08:00:00Z</code> avec son fuseau).
            Le champ <code>retraits</code> de la première page JSON liste alors les offres retirées de la
            publication depuis cette date.
          </li>
        </ul>
        <p>
          Pour tenir une copie à jour : une lecture complète, puis chaque jour une lecture avec{" "}
          <code>updated_since</code> égal à la date de la lecture précédente, en ajoutant ou remplaçant les
          éléments reçus et en supprimant les <code>retraits</code>. Une lecture complète par mois rattrape
          les offres supprimées avec leur organisation. Un paramètre invalide reçoit une réponse 400 en JSON
          qui dit, en français, ce qui ne va pas.
        </p>
      </section>

      <section aria-labelledby="titre-licence">
        <h2 id="titre-licence">Licence</h2>
        <p>
          Ces données sont diffusées sous la{" "}
          <LienExterne href={OPEN_DATA_LICENCE.url}>{OPEN_DATA_LICENCE.nom}</LienExterne>. Vous pouvez les
          copier, les publier, les transformer et les réutiliser, y compris à des fins commerciales, à
          condition de mentionner leur source et la date de leur dernière mise à jour, par exemple : « Source
          : guichet numérique de l&apos;IFLTS, formations publiées au 12 mars 2027 ». La date figure dans le
          champ <code>generatedAt</code> du fichier JSON.
        </p>
      </section>

      <section aria-labelledby="titre-frequence">
        <h2 id="titre-frequence">Mise à jour</h2>
        <p>
          En continu : une formation ou une offre de stage apparaît dans les fichiers dès que l&apos;équipe la
          publie et en disparaît dès qu&apos;elle est archivée, à cinq minutes près (durée pendant laquelle
          une réponse peut être gardée en cache). Pour un moissonnage, une lecture par jour suffit.
        </p>
      </section>

      <section aria-labelledby="titre-json">
        <h2 id="titre-json">Format JSON</h2>
        <p>
          Un objet dont le champ <code>formations</code> liste les offres ; chacune réunit{" "}
          <code>organisme</code>, <code>formation</code> et <code>sessions</code>. Les dates sont au format
          AAAA-MM-JJ, les champs inconnus valent <code>null</code>.
        </p>
        <TableChamps legende="Champs de premier niveau" champs={JSON_RACINE} />
        <TableChamps legende="Champs de chaque formation" champs={JSON_FORMATION} />
      </section>

      <section aria-labelledby="titre-csv">
        <h2 id="titre-csv">Format CSV</h2>
        <p>
          Une ligne par session (une formation à trois sessions occupe trois lignes, les colonnes de la
          formation y sont répétées). Encodage UTF-8 avec indicateur d&apos;ordre des octets (BOM) pour Excel,
          séparateur point-virgule, guillemets doubles autour des textes qui contiennent un point-virgule, un
          guillemet ou un retour à la ligne (RFC 4180). Les nombres décimaux utilisent le point ; les cases à
          cocher valent « oui » ou « non ».
        </p>
        <p>
          Par sécurité, un texte qui commence par <code>=</code>, <code>+</code>, <code>-</code> ou{" "}
          <code>@</code> est précédé d&apos;une apostrophe, pour qu&apos;un tableur ne l&apos;exécute pas
          comme une formule.
        </p>
        <TableChamps
          legende="Colonnes du fichier CSV, dans l'ordre"
          champs={CSV_COLUMNS.map((c) => ({ nom: c.name, description: c.description }))}
        />
      </section>

      <section aria-labelledby="titre-stages">
        <h2 id="titre-stages">Offres de stage</h2>
        <p>
          JSON : un objet dont le champ <code>stages</code> liste les offres, avec les mêmes champs de premier
          niveau que les formations. Sa structure est décrite par un schéma JSON (draft 2020-12) à
          l&apos;adresse <a href="/api/stages/schema">/api/stages/schema</a>, qui documente chaque champ. CSV
          : une ligne par offre, au même format que celui des formations.
        </p>
        <TableChamps legende="Champs de chaque offre de stage (JSON)" champs={JSON_STAGE} />
        <TableChamps
          legende="Colonnes du fichier CSV des offres de stage, dans l'ordre"
          champs={STAGES_CSV_COLUMNS.map((c) => ({ nom: c.name, description: c.description }))}
        />
      </section>

      <section aria-labelledby="titre-lheo">
        <h2 id="titre-lheo">Format LHÉO 2.3 et flux pour le Carif-Oref</h2>
        <p>
          LHÉO (langage harmonisé d&apos;échange d&apos;informations sur l&apos;offre de formation) est le
          format XML national utilisé par les Carif-Oref pour rassembler l&apos;offre de formation. Le fichier
          suit la structure de la version 2.3 (espace de noms <code>{LHEO_NAMESPACE}</code>) : offres, puis
          pour chaque formation ses actions (une par lieu et par rythme), leurs sessions, puis
          l&apos;organisme responsable. Le Carif-Oref Nouvelle-Aquitaine ou tout autre service peut le
          moissonner à l&apos;adresse <a href="/api/formations/lheo">/api/formations/lheo</a>.
        </p>
        <h3>Éléments produits</h3>
        <ul>
          {LHEO_EMIS.map((ligne) => (
            <li key={ligne}>{ligne}</li>
          ))}
        </ul>
        <p>
          Le fichier est validé avec le schéma officiel LHÉO 2.3 (<code>lheo-2.3.xsd</code>) à chaque
          évolution du guichet. Une formation n&apos;y figure que si son organisme a donné son numéro de
          déclaration d&apos;activité (<code>numero-activite</code>) et les codes FORMACODE du public visé,
          <code>code-public-vise</code>, que LHÉO exige ; elle figure dans tous les cas dans les fichiers JSON
          et CSV.
        </p>
        <h3>Ce qui manque encore</h3>
        <ul>
          <li>
            Des éléments facultatifs : niveau de sortie, restauration, hébergement, transport, prix, organisme
            financeur, contacts par session. Les textes plus longs que ce que LHÉO autorise (par exemple 600
            caractères pour le détail des prises en charge) sont raccourcis et finissent par « … ».
          </li>
        </ul>
      </section>

      <section aria-labelledby="titre-contact">
        <h2 id="titre-contact">Contact</h2>
        <p>
          Une erreur dans une formation : écrivez à l&apos;organisme qui la publie (son contact figure dans
          chaque offre). Une question sur les fichiers ou un projet de réutilisation : contactez l&apos;équipe
          de l&apos;institut, dont les coordonnées figurent dans les{" "}
          <Link href="/mentions-legales">mentions légales</Link>. Les autres données du guichet (communes,
          intercommunalités) sont présentées sur la page{" "}
          <Link href="/a-propos-des-donnees">À propos des données</Link>.
        </p>
      </section>
    </div>
  );
}
