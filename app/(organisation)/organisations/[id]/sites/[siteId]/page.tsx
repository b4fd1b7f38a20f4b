import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { RouteIdSchema } from "@/lib/organisations/ids";
import { getSiteForMember } from "@/lib/organisations/queries";
import { SiteFormPage } from "@/components/organisations/SiteFormPage";

export const metadata: Metadata = { title: "Modifier un site" };

export default async function ModifierSitePage({
  params,
}: {
  params: Promise<{ id: string; siteId: string }>;
}) {
  const { id, siteId } = await params;
  const user = await requireRole(["employeur", "organisme"], `/organisations/${id}/sites/${siteId}`);
  const organisation = user.organisations.find((o) => o.id === RouteIdSchema.safeParse(id).data);
  const parsedSiteId = RouteIdSchema.safeParse(siteId);
  const site =
    organisation && parsedSiteId.success
      ? await getSiteForMember(user, organisation.id, parsedSiteId.data)
      : null;
  if (!organisation || !site) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href={`/organisations/${organisation.id}`}>← {organisation.nom}</Link>
      </p>
      <h1 className="text-3xl">Modifier le site « {site.nom} »</h1>
      <SiteFormPage organisationId={organisation.id} site={{ ...site, siteId: site.id }} />
    </div>
  );
}
