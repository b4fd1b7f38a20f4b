import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guards";
import { canOfferRessources } from "@/lib/ressources/queries";
import { RessourceForm } from "@/components/ressources/RessourceForm";
import { getCommuneSelectOptions, organisationOptions } from "../_options";

export const metadata: Metadata = { title: "Proposer une ressource" };

export default async function NouvelleRessourcePage() {
  const user = await requireUser("/mes-ressources/nouvelle");
  const [canOffer, communes] = await Promise.all([canOfferRessources(user), getCommuneSelectOptions()]);
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/mes-ressources">← Mes ressources</Link>
      </p>
      <h1 className="text-3xl">Proposer une ressource</h1>
      {canOffer ? (
        <>
          <p>
            Votre proposition est vérifiée par l&apos;équipe de l&apos;institut avant d&apos;être proposée aux
            cellules locales et aux apprenant·es, qui n&apos;en voient que la commune.
          </p>
          <RessourceForm
            label="Proposer une ressource"
            communes={communes}
            organisations={organisationOptions(user)}
            initial={{ tarif: "gratuit", capacite: "1" }}
          />
        </>
      ) : (
        <p className="card">
          Pour proposer une ressource, votre organisation doit être vérifiée par l&apos;institut, ou vous
          devez être famille d&apos;accueil vérifiée : <Link href="/mes-ressources">déclarez-vous</Link>.
        </p>
      )}
    </div>
  );
}
