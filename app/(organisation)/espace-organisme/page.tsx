import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/guards";
import { MesOrganisations } from "@/components/organisations/MesOrganisations";

export const metadata: Metadata = { title: "Espace organisme de formation" };

export default async function EspaceOrganismePage() {
  const user = await requireRole("organisme", "/espace-organisme");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl">Espace organisme de formation</h1>
      <p className="max-w-2xl">
        Décrivez vos sites de formation : ce sont les lieux où se dérouleront vos sessions.
      </p>
      <MesOrganisations user={user} type="organisme_formation" />
    </div>
  );
}
