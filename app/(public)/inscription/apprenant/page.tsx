import type { Metadata } from "next";
import Link from "next/link";
import { InscriptionApprenantForm } from "./_components/InscriptionApprenantForm";

export const metadata: Metadata = { title: "Créer un compte apprenant" };

export default function InscriptionApprenantPage() {
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl">Créer un compte apprenant</h1>
      <p>
        Tous les champs sont obligatoires. Vous avez déjà un compte&nbsp;?{" "}
        <Link href="/connexion">Se connecter</Link>
      </p>
      <InscriptionApprenantForm />
    </div>
  );
}
