import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { PratiqueForm } from "./_components/PratiqueForm";

export const metadata: Metadata = { title: "Proposer une bonne pratique" };

export default async function NouvellePratiquePage() {
  const user = await requireRole(["gouvernance", "staff"], "/gouvernance/bonnes-pratiques/nouvelle");
  const organisations = user.organisations
    .filter((o) => o.statut === "verifiee")
    .map((o) => ({ value: o.id, label: o.nom }));
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/gouvernance/bonnes-pratiques">← Mes bonnes pratiques</Link>
      </p>
      <h1 className="text-3xl">Proposer une bonne pratique</h1>
      <p className="sm:text-lg">
        Partagez une action qui a fonctionné dans votre structure : recrutement, qualité de vie au travail,
        management, formation, mobilité, logement… Une fois publiée, elle rejoint la{" "}
        <Link href="/bonnes-pratiques">bibliothèque des bonnes pratiques</Link>.
      </p>
      <PratiqueForm organisations={organisations} />
    </div>
  );
}
