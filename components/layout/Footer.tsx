import Link from "next/link";

const LINKS = [
  { href: "/mentions-legales", label: "Mentions légales" },
  { href: "/accessibilite", label: "Accessibilité : non conforme" },
  { href: "/donnees-personnelles", label: "Données personnelles" },
  { href: "/observatoire", label: "Observatoire" },
  { href: "/annuaire", label: "Annuaire des partenaires" },
  { href: "/bonnes-pratiques", label: "Bonnes pratiques" },
  { href: "/gouvernance/colleges", label: "Les collèges" },
  { href: "/a-propos-des-donnees", label: "À propos des données" },
  { href: "/plan-du-site", label: "Plan du site" },
];

export function Footer() {
  return (
    <footer className="mt-16 border-t border-gray-300 bg-sable-50">
      <div className="mx-auto max-w-6xl space-y-4 px-4 py-8 text-sm">
        <p className="max-w-2xl">
          L&apos;Institut fédératif landais du travail social (IFLTS) réunit institutions, employeurs,
          organismes de formation, apprenants, familles et personnes accompagnées pour former et recruter dans
          les Landes.
        </p>
        <nav aria-label="Liens de pied de page">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {LINKS.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
