import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Mon espace apprenant" };

export default async function EspaceApprenantPage() {
  const user = await requireRole("apprenant", "/espace-apprenant");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl">Bonjour {user.prenom}</h1>
      <p className="max-w-2xl">
        Retrouvez ici vos candidatures de stage et les formations et stages que vous avez mis de côté.
      </p>
      <section className="card space-y-2" aria-labelledby="titre-candidatures">
        <h2 id="titre-candidatures" className="text-xl">
          Mes candidatures de stage
        </h2>
        <p>Suivez les réponses des employeurs et retirez une candidature si vos projets changent.</p>
        <p>
          <Link href="/espace-apprenant/candidatures" className="btn-primary">
            Mes candidatures
          </Link>
        </p>
      </section>
      <section className="card space-y-2" aria-labelledby="titre-demandes">
        <h2 id="titre-demandes" className="text-xl">
          Mes demandes d&apos;aide
        </h2>
        <p>
          Logement, transport, garde d&apos;enfants, argent, matériel : la cellule locale de votre territoire
          vous aide à lever ce qui freine votre stage ou votre formation.
        </p>
        <p>
          <Link href="/espace-apprenant/demandes" className="btn-secondary">
            Mes demandes d&apos;aide
          </Link>
        </p>
      </section>
      <section className="card space-y-2" aria-labelledby="titre-favoris">
        <h2 id="titre-favoris" className="text-xl">
          Mes favoris
        </h2>
        <p>Les formations et les stages que vous avez gardés pour plus tard.</p>
        <p>
          <Link href="/espace-apprenant/favoris" className="btn-secondary">
            Mes favoris
          </Link>
        </p>
      </section>
      <section className="card space-y-2" aria-labelledby="titre-compte">
        <h2 id="titre-compte" className="text-xl">
          Mon compte
        </h2>
        <p>
          Adresse e-mail : <strong>{user.email}</strong>
        </p>
      </section>
    </div>
  );
}
