import Link from "next/link";
import type { SessionUser } from "@/lib/auth/permissions";
import { OrganisationStatutBadge } from "@/components/organisations/OrganisationStatutBadge";

/** The signed-in person's organisations of one type, with their status and a link to manage sites. */
export function MesOrganisations({
  user,
  type,
}: {
  user: SessionUser;
  type: "employeur" | "organisme_formation";
}) {
  const organisations = user.organisations.filter((o) => o.type === type);
  return (
    <ul className="space-y-4">
      {organisations.map((o) => (
        <li key={o.id} className="card space-y-3">
          <h2 className="text-xl">{o.nom}</h2>
          <p>
            Statut : <OrganisationStatutBadge statut={o.statut} />
          </p>
          {o.statut === "en_attente" ? (
            <p>
              L&apos;équipe de l&apos;institut vérifie votre inscription. Vous pouvez déjà décrire vos sites.
            </p>
          ) : null}
          <p>
            <Link href={`/organisations/${o.id}`} className="btn-primary">
              Gérer l&apos;organisation et ses sites
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
