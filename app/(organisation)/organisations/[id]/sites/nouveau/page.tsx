import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { RouteIdSchema } from "@/lib/organisations/ids";
import { SiteFormPage } from "@/components/organisations/SiteFormPage";

export const metadata: Metadata = { title: "Ajouter un site" };

export default async function NouveauSitePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole(["employeur", "organisme"], `/organisations/${id}/sites/nouveau`);
  const organisation = user.organisations.find((o) => o.id === RouteIdSchema.safeParse(id).data);
  if (!organisation) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href={`/organisations/${organisation.id}`}>← {organisation.nom}</Link>
      </p>
      <h1 className="text-3xl">Ajouter un site</h1>
      <SiteFormPage organisationId={organisation.id} defaultCommuneCode={organisation.communeCode} />
    </div>
  );
}
