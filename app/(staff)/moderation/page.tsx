import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { getPendingOrganisationList } from "@/lib/organisations/queries";

export const metadata: Metadata = { title: "Modération" };

export default async function ModerationPage() {
  await requireRole("staff", "/moderation");
  const pending = await getPendingOrganisationList();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl">Modération</h1>
      <ul className="grid gap-4 md:grid-cols-2">
        <li className="card space-y-2">
          <h2 className="text-xl">Organisations à vérifier</h2>
          <p>
            <strong>{pending.length}</strong> inscription{pending.length > 1 ? "s" : ""} en attente.
          </p>
          <p>
            <Link href="/moderation/organisations" className="btn-primary">
              Vérifier les organisations
            </Link>
          </p>
        </li>
      </ul>
    </div>
  );
}
