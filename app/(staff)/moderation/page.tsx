import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { getPendingOrganisationList } from "@/lib/organisations/queries";
import { countFormationModerationQueue } from "@/lib/formations/moderation-queries";
import { countStageModerationQueues } from "@/lib/stages/moderation-queries";
import { ModerationFreinsCards } from "@/components/freins/ModerationFreinsCards";
import { ModerationRessourcesCards } from "@/components/ressources/ModerationRessourcesCards";
import { countAdhesionModerationQueue } from "@/lib/gouvernance/queries";
import { countPratiqueModerationQueue } from "@/lib/pratiques/queries";

export const metadata: Metadata = { title: "Modération" };

export default async function ModerationPage() {
  await requireRole("staff", "/moderation");
  const [pending, stages, formations, adhesions, pratiques] = await Promise.all([
    getPendingOrganisationList(),
    countStageModerationQueues(),
    countFormationModerationQueue(),
    countAdhesionModerationQueue(),
    countPratiqueModerationQueue(),
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
        <li className="card space-y-2">
          <h2 className="text-xl">Adhésions aux collèges</h2>
          <p>
            <strong>{adhesions}</strong> demande{adhesions > 1 ? "s" : ""} en attente.
          </p>
          <p>
            <Link href="/moderation/adhesions" className="btn-primary">
              Examiner les adhésions
            </Link>
          </p>
        </li>
        <li className="card space-y-2">
          <h2 className="text-xl">Bonnes pratiques à modérer</h2>
          <p>
            <strong>{pratiques}</strong> pratique{pratiques > 1 ? "s" : ""} en attente.
          </p>
          <p>
            <Link href="/moderation/bonnes-pratiques" className="btn-primary">
              Modérer les bonnes pratiques
            </Link>
          </p>
        </li>
        <li className="card space-y-2">
          <h2 className="text-xl">Journal des décisions</h2>
          <p>Qui a décidé quoi, quand et pourquoi : modération, adhésions, accès aux demandes.</p>
          <p>
            <Link href="/moderation/journal" className="btn-secondary">
              Consulter le journal
            </Link>
          </p>
        </li>
        <ModerationFreinsCards />
        <ModerationRessourcesCards />
      </ul>
    </div>
  );
}
