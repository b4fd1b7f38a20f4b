import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/guards";
import { MesOrganisations } from "@/components/organisations/MesOrganisations";

export const metadata: Metadata = { title: "Espace employeur" };

export default async function EspaceEmployeurPage() {
  const user = await requireRole("employeur", "/espace-employeur");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl">Espace employeur</h1>
      <p className="max-w-2xl">
        Décrivez vos sites (établissements, services) : ce sont les lieux où vous accueillerez des stagiaires.
      </p>
      <MesOrganisations user={user} type="employeur" />
    </div>
  );
}
