import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { SPACES, hasAccess } from "@/lib/auth/permissions";
import { SignOutButton } from "@/components/layout/SignOutButton";
import { countUnreadNotifications } from "@/lib/notifications/queries";

export async function Header() {
  const user = await getCurrentUser();
  const spaces = user ? SPACES.filter((s) => hasAccess(user, s.role)) : [];
  const unread = user ? await countUnreadNotifications(user.id) : 0;
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
            <Link href="/compte/mes-donnees">Mes données</Link>
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
          <li>
            <Link href="/carte">Trouver un stage</Link>
          </li>
          <li>
            <Link href="/formations">Formations</Link>
          </li>
          <li>
            <Link href="/metiers">Métiers</Link>
          </li>
          <li>
            <Link href="/ressources">Hébergement et mobilité</Link>
          </li>
          {spaces.map((space) => (
            <li key={space.href}>
              <Link href={space.href}>{space.label}</Link>
            </li>
          ))}
          {user ? (
            <li>
              <Link href="/notifications">
                Notifications
                {unread > 0 ? (
                  <span className="ml-1 inline-block rounded-full bg-pin-700 px-2 text-sm font-semibold text-white">
                    {unread}
                    <span className="sr-only"> non lue{unread > 1 ? "s" : ""}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          ) : null}
          <li>
            <Link href="/a-propos-des-donnees">À propos des données</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
