import Link from "next/link";
import { countDemandesEnRetard } from "@/lib/freins/queries";

/** The moderation hub's cards for help requests: overdue requests, and the local cells. Staff only (the page checks). */
export async function ModerationFreinsCards() {
  const retard = await countDemandesEnRetard();
  return (
    <>
      <li className="card space-y-2">
        <h2 className="text-xl">Demandes d&apos;aide en retard</h2>
        <p>
          <strong>{retard}</strong> demande{retard > 1 ? "s" : ""} sans réponse depuis plus de 5 jours ouvrés.
        </p>
        <p>
          <Link href="/cellule?retard=1" className="btn-primary">
            Voir les demandes en retard
          </Link>
        </p>
      </li>
      <li className="card space-y-2">
        <h2 className="text-xl">Cellules locales</h2>
        <p>Coordonnées des cellules de chaque territoire et leurs agents.</p>
        <p>
          <Link href="/moderation/cellules" className="btn-primary">
            Gérer les cellules locales
          </Link>
        </p>
      </li>
    </>
  );
}
