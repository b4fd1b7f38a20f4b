import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { getOrganismeSiteCount } from "@/lib/formations/organisme-queries";
import { FormationFormPage } from "@/components/formations/organisme/FormationFormPage";

export const metadata: Metadata = { title: "Publier une formation" };

export default async function NouvelleFormationPage() {
  const user = await requireRole("organisme", "/espace-organisme/formations/nouveau");
  const siteCount = await getOrganismeSiteCount(user);
  const organisation = user.organisations.find((o) => o.type === "organisme_formation");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href="/espace-organisme">← Espace organisme</Link>
      </p>
      <h1 className="text-3xl">Publier une formation</h1>
      {siteCount === 0 ? (
        <p className="card">
          Une session de formation a lieu sur l&apos;un de vos sites : ajoutez d&apos;abord un site à votre
          organisme
          {organisation ? (
            <>
              {" "}
              depuis <Link href={`/organisations/${organisation.id}`}>la page de l&apos;organisme</Link>
            </>
          ) : null}
          .
        </p>
      ) : (
        <>
          <p>
            Tous les champs sont obligatoires, sauf ceux marqués « facultatif ». Vous pouvez enregistrer un
            brouillon et le compléter plus tard.
          </p>
          <FormationFormPage user={user} />
        </>
      )}
    </div>
  );
}
