import Link from "next/link";
import { countRessourceModerationQueues } from "@/lib/ressources/queries";

/** The two cards of the moderation hub for pooled resources and host families (the hub checks the role). */
export async function ModerationRessourcesCards() {
  const { ressources, familles } = await countRessourceModerationQueues();
  return (
    <>
      <li className="card space-y-2">
        <h2 className="text-xl">Ressources mutualisées à modérer</h2>
        <p>
          <strong>{ressources}</strong> ressource{ressources > 1 ? "s" : ""} en attente.
        </p>
        <p>
          <Link href="/moderation/ressources" className="btn-primary">
            Modérer les ressources
          </Link>
        </p>
      </li>
      <li className="card space-y-2">
        <h2 className="text-xl">Familles d&apos;accueil à vérifier</h2>
        <p>
          <strong>{familles}</strong> déclaration{familles > 1 ? "s" : ""} en attente.
        </p>
        <p>
          <Link href="/moderation/familles" className="btn-primary">
            Vérifier les familles d&apos;accueil
          </Link>
        </p>
      </li>
    </>
  );
}
