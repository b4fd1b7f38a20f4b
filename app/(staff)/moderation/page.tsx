import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { getPendingOrganisationList } from "@/lib/organisations/queries";
import { countFormationModerationQueue } from "@/lib/formations/moderation-queries";
import { countStageModerationQueues } from "@/lib/stages/moderation-queries";

export const metadata: Metadata = { title: "Modération" };

export default async function ModerationPage() {
  await requireRole("staff", "/moderation");
  const [pending, stages, formations] = await Promise.all([
    getPendingOrganisationList(),
    countStageModerationQueues(),
    countFormationModerationQueue(),
  ]);
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
        <li className="card space-y-2">
          <h2 className="text-xl">Offres de stage à modérer</h2>
          <p>
            <strong>{stages.offres}</strong> offre{stages.offres > 1 ? "s" : ""} en attente.
          </p>
          <p>
            <Link href="/moderation/stages" className="btn-primary">
              Modérer les offres de stage
            </Link>
          </p>
        </li>
        <li className="card space-y-2">
          <h2 className="text-xl">Signalements d&apos;offres</h2>
          <p>
            <strong>{stages.signalements}</strong> signalement{stages.signalements > 1 ? "s" : ""} à traiter.
          </p>
          <p>
            <Link href="/moderation/signalements" className="btn-primary">
              Traiter les signalements
            </Link>
          </p>
        </li>
        <li className="card space-y-2">
          <h2 className="text-xl">Formations à modérer</h2>
          <p>
            <strong>{formations}</strong> formation{formations > 1 ? "s" : ""} en attente.
          </p>
          <p>
            <Link href="/moderation/formations" className="btn-primary">
              Modérer les formations
            </Link>
          </p>
        </li>
      </ul>
    </div>
  );
}
