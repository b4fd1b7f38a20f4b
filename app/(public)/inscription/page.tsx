import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Créer un compte" };

export default function InscriptionPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl">Créer un compte</h1>
      <p className="max-w-2xl">Choisissez le type de compte qui vous correspond.</p>
      <ul className="grid gap-6 md:grid-cols-2">
        <li className="card space-y-3">
          <h2 className="text-xl">Je suis apprenant·e ou je veux me former</h2>
          <p>
            Pour chercher un stage, suivre vos candidatures et demander de l&apos;aide (logement, mobilité,
            garde d&apos;enfants).
          </p>
          <p>
            <Link href="/inscription/apprenant" className="btn-primary">
              Créer un compte apprenant
            </Link>
          </p>
        </li>
        <li className="card space-y-3">
          <h2 className="text-xl">Je représente une organisation</h2>
          <p>
            Employeur du social et du médico-social ou organisme de formation : votre organisation sera
            vérifiée par l&apos;équipe de l&apos;institut avant de pouvoir publier.
          </p>
          <p>
            <Link href="/inscription/organisation" className="btn-primary">
              Inscrire mon organisation
            </Link>
          </p>
        </li>
      </ul>
    </div>
  );
}
