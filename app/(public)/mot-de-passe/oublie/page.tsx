import type { Metadata } from "next";
import { DemandeReinitialisationForm } from "./_components/DemandeReinitialisationForm";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default function MotDePasseOubliePage() {
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-3xl">Mot de passe oublié</h1>
      <p>
        Indiquez l&apos;adresse e-mail de votre compte : vous recevrez un lien pour choisir un nouveau mot de
        passe.
      </p>
      <DemandeReinitialisationForm />
    </div>
  );
}
