import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { RouteIdSchema } from "@/lib/organisations/ids";
import { getStageForEdit } from "@/lib/stages/queries";
import { StageFormPage } from "@/components/stages/employeur/StageFormPage";
import { StageStatutBadge } from "@/components/stages/employeur/StageStatutBadge";

export const metadata: Metadata = { title: "Modifier une offre de stage" };

export default async function ModifierStagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole("employeur", `/espace-employeur/stages/${id}/modifier`);
  const parsedId = RouteIdSchema.safeParse(id);
  const offre = parsedId.success ? await getStageForEdit(user, parsedId.data) : null;
  if (!offre) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href={`/espace-employeur/stages/${offre.id}`}>← {offre.titre}</Link>
      </p>
      <h1 className="text-3xl">Modifier l&apos;offre « {offre.titre} »</h1>
      <p>
        Statut actuel : <StageStatutBadge statut={offre.statut} />
      </p>
      {offre.statut === "refusee" && offre.motifRefus ? (
        <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <span className="font-semibold">Motif indiqué par l&apos;institut : </span>
          {offre.motifRefus}
        </p>
      ) : null}
      <StageFormPage user={user} offre={offre} />
    </div>
  );
}
