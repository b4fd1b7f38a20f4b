import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { hasAccess } from "@/lib/auth/permissions";

const AUDIENCES = [
  {
    id: "apprenants",
    titre: "Vous vous formez ou voulez vous former",
    texte:
      "Trouvez un stage près de chez vous dans un établissement des Landes, découvrez les formations aux métiers de l'accompagnement proposées sur le territoire et suivez vos candidatures.",
    role: "apprenant" as const,
    espace: "/espace-apprenant",
    inscription: "/inscription/apprenant",
    action: "Créer mon compte apprenant",
  },
  {
    id: "employeurs",
    titre: "Vous êtes un employeur du social et du médico-social",
    texte:
      "EHPAD, services à domicile, établissements du handicap ou de la protection de l'enfance : décrivez vos sites, proposez des stages et faites connaître vos métiers aux futurs professionnels.",
    role: "employeur" as const,
    espace: "/espace-employeur",
    inscription: "/inscription/organisation?type=employeur",
    action: "Inscrire mon établissement",
  },
  {
    id: "organismes",
    titre: "Vous êtes un organisme de formation",
    texte:
      "Publiez vos formations et leurs sessions dans les Landes pour que chacun puisse se former sans quitter le territoire.",
    role: "organisme" as const,
    espace: "/espace-organisme",
    inscription: "/inscription/organisation?type=organisme_formation",
    action: "Inscrire mon organisme",
  },
];

export default async function AccueilPage() {
  const user = await getCurrentUser();
  return (
    <div className="space-y-12">
      <section aria-labelledby="titre-accueil" className="rounded-xl bg-pin-50 px-6 py-10 sm:px-10">
        <h1 id="titre-accueil" className="max-w-3xl text-3xl sm:text-4xl">
          Se former et travailler dans le social et le médico-social, ici, dans les Landes
        </h1>
        <p className="mt-4 max-w-3xl text-lg">
          Le guichet numérique de l&apos;Institut fédératif landais du travail social (IFLTS) rassemble en un
          seul endroit les stages, les formations et les solutions concrètes pour que personne n&apos;ait à
          quitter le territoire pour devenir aide-soignant·e, accompagnant·e éducatif et social,
          éducateur·rice ou moniteur·rice-éducateur·rice.
        </p>
        <p className="mt-6 flex flex-wrap gap-3">
          <Link href="/carte" className="btn-primary">
            Trouver un stage sur la carte
          </Link>
          <Link href="/formations" className="btn-secondary">
            Voir les formations
          </Link>
          <Link href="/metiers" className="btn-secondary">
            Découvrir les métiers
          </Link>
        </p>
      </section>

      <section aria-labelledby="titre-publics" className="space-y-6">
        <h2 id="titre-publics" className="text-2xl">
          Un guichet pour chacun
        </h2>
        <ul className="grid gap-6 md:grid-cols-3">
          {AUDIENCES.map((a) => {
            const member = hasAccess(user, a.role);
            return (
              <li key={a.id} className="card flex flex-col gap-4">
                <h3 className="text-xl">{a.titre}</h3>
                <p className="flex-1">{a.texte}</p>
                <p>
                  <Link
                    href={member ? a.espace : a.inscription}
                    className={member ? "btn-primary" : "btn-secondary"}
                  >
                    {member ? "Aller à mon espace" : a.action}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="titre-institut" className="grid gap-6 md:grid-cols-2">
        <div className="space-y-3">
          <h2 id="titre-institut" className="text-2xl">
            Un institut, 68 organisations, cinq collèges
          </h2>
          <p>
            L&apos;IFLTS fédère les institutions, les employeurs, les organismes de formation, les étudiants
            et apprenants, les familles et les personnes accompagnées. Ensemble, ils repèrent les besoins du
            territoire, mutualisent leurs ressources (salles, hébergement, véhicules) et organisent des
            cellules locales pour lever les freins des apprenants.
          </p>
        </div>
        <div className="card space-y-3 bg-sable-50">
          <h2 className="text-xl">Une question&nbsp;?</h2>
          <p>
            L&apos;équipe de l&apos;institut vérifie chaque organisation inscrite et modère toutes les
            annonces avant leur publication.
          </p>
          <p>
            <Link href="/plan-du-site">Voir toutes les pages du guichet</Link>
          </p>
        </div>
      </section>
    </div>
  );
}
