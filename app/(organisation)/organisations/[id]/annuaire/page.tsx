import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { getAnnuaireProfilForMember } from "@/lib/annuaire/queries";
import { RouteIdSchema } from "@/lib/organisations/ids";
import { AnnuaireProfilForm } from "./_components/AnnuaireProfilForm";

export const metadata: Metadata = { title: "Fiche annuaire" };

export default async function AnnuaireProfilPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole(["employeur", "organisme"], `/organisations/${id}/annuaire`);
  const parsedId = RouteIdSchema.safeParse(id);
  const profil = parsedId.success ? await getAnnuaireProfilForMember(user, parsedId.data) : null;
  if (!profil) notFound();
  const listed = profil.annuaireVisible && profil.statut === "verifiee";
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={`/organisations/${profil.id}`}>← {profil.nom}</Link>
      </p>
      <h1 className="text-3xl">Fiche dans l&apos;annuaire des partenaires</h1>
      <p className="sm:text-lg">
        {listed ? (
          <>
            Votre fiche est publique : <Link href={`/annuaire/${profil.id}`}>voir la fiche publique</Link>.
          </>
        ) : profil.statut !== "verifiee" ? (
          "Votre fiche apparaîtra dans l'annuaire une fois votre organisation vérifiée par l'institut, si vous le choisissez."
        ) : (
          "Votre organisation n'apparaît pas dans l'annuaire pour l'instant."
        )}
      </p>
      <AnnuaireProfilForm
        organisationId={profil.id}
        profil={{
          annuaireVisible: profil.annuaireVisible,
          presentation: profil.presentation ?? "",
          siteWeb: profil.siteWeb ?? "",
          liens: profil.liens,
        }}
      />
    </div>
  );
}
