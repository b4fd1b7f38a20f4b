import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { getEmployeurSiteCount } from "@/lib/stages/employeur-queries";
import { StageFormPage } from "@/components/stages/employeur/StageFormPage";

export const metadata: Metadata = { title: "Proposer un stage" };

export default async function NouveauStagePage() {
  const user = await requireRole("employeur", "/espace-employeur/stages/nouveau");
  const siteCount = await getEmployeurSiteCount(user);
  const organisation = user.organisations.find((o) => o.type === "employeur");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href="/espace-employeur">← Espace employeur</Link>
      </p>
      <h1 className="text-3xl">Proposer un stage</h1>
      {siteCount === 0 ? (
        <p className="card">
          Un stage se déroule sur l&apos;un de vos sites : ajoutez d&apos;abord un site à votre organisation
          {organisation ? (
            <>
              {" "}
              depuis <Link href={`/organisations/${organisation.id}`}>la page de l&apos;organisation</Link>
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
          <StageFormPage user={user} />
        </>
      )}
    </div>
  );
}
