import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { getOrganismeFormation } from "@/lib/formations/organisme-queries";
import { RouteIdSchema } from "@/lib/organisations/ids";
import { FormationFormPage } from "@/components/formations/organisme/FormationFormPage";
import { FormationStatutBadge } from "@/components/formations/organisme/FormationStatutBadge";

export const metadata: Metadata = { title: "Modifier une formation" };

export default async function ModifierFormationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole("organisme", `/espace-organisme/formations/${id}/modifier`);
  const parsedId = RouteIdSchema.safeParse(id);
  const offre = parsedId.success ? await getOrganismeFormation(user, parsedId.data) : null;
  if (!offre) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href={`/espace-organisme/formations/${offre.id}`}>← {offre.titre}</Link>
      </p>
      <h1 className="text-3xl">Modifier la formation « {offre.titre} »</h1>
      <p>
        Statut actuel : <FormationStatutBadge statut={offre.statut} />
      </p>
      {offre.statut === "refusee" && offre.motifRefus ? (
        <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <span className="font-semibold">Motif indiqué par l&apos;institut : </span>
          <span className="whitespace-pre-line">{offre.motifRefus}</span>
        </p>
      ) : null}
      <p>Tous les champs sont obligatoires, sauf ceux marqués « facultatif ».</p>
      <FormationFormPage user={user} offre={offre} />
    </div>
  );
}
