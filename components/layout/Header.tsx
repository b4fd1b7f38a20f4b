import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { SPACES, hasAccess } from "@/lib/auth/permissions";
import { SignOutButton } from "@/components/layout/SignOutButton";

export async function Header() {
  const user = await getCurrentUser();
  const spaces = user ? SPACES.filter((s) => hasAccess(user, s.role)) : [];
  return (
    <header className="border-b-4 border-pin-700 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex flex-col text-gray-900 no-underline hover:text-pin-800">
          <span className="text-xl font-extrabold tracking-tight">IFLTS</span>
          <span className="text-sm">Guichet numérique du travail social dans les Landes</span>
        </Link>
        {user ? (
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span>
              Connecté·e :{" "}
              <strong>
                {user.prenom} {user.nom}
              </strong>
            </span>
            <SignOutButton />
          </div>
        ) : (
          <div className="flex flex-wrap items-center gap-3">
            <Link href="/connexion" className="btn-secondary min-h-10 px-3 py-1 text-sm">
              Se connecter
            </Link>
            <Link href="/inscription" className="btn-primary min-h-10 px-3 py-1 text-sm">
              Créer un compte
            </Link>
          </div>
        )}
      </div>
      <nav aria-label="Navigation principale" className="bg-pin-50">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-1 px-4 py-2">
          <li>
            <Link href="/">Accueil</Link>
          </li>
          {spaces.map((space) => (
            <li key={space.href}>
              <Link href={space.href}>{space.label}</Link>
            </li>
          ))}
          <li>
            <Link href="/a-propos-des-donnees">À propos des données</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
