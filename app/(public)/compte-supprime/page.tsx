import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Compte supprimé" };

export default function CompteSupprimePage() {
  return (
    <div className="prose-page space-y-4">
      <h1 className="text-3xl">Votre compte est supprimé</h1>
      <p>
        Vos données personnelles ont été effacées du guichet et vos demandes d&apos;aide anonymisées. Vous
        n&apos;êtes plus connecté·e.
      </p>
      <p>
        Vous pouvez revenir quand vous le souhaitez : <Link href="/inscription">créer un nouveau compte</Link>{" "}
        ou <Link href="/">retourner à l&apos;accueil</Link>.
      </p>
    </div>
  );
}
