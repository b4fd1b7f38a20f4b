import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Plan du site" };

type Entree = { label: string; href?: string; enfants?: readonly Entree[] };

// Add new pages here: the page renders this tree as nested lists.
const PLAN: readonly Entree[] = [
  { label: "Accueil", href: "/" },
  { label: "Trouver un stage sur la carte", href: "/carte" },
  { label: "Les formations dans les Landes", href: "/formations" },
  { label: "Les métiers de l'accompagnement", href: "/metiers" },
  { label: "Hébergement, mobilité et autres ressources mutualisées", href: "/ressources" },
  { label: "Observatoire : les chiffres par territoire", href: "/observatoire" },
  { label: "Annuaire des partenaires", href: "/annuaire" },
  { label: "Bonnes pratiques", href: "/bonnes-pratiques" },
  { label: "Les collèges de la gouvernance", href: "/gouvernance/colleges" },
  {
    label: "Compte",
    enfants: [
      { label: "Se connecter", href: "/connexion" },
      { label: "Créer un compte", href: "/inscription" },
      { label: "Compte apprenant", href: "/inscription/apprenant" },
      { label: "Inscrire une organisation", href: "/inscription/organisation" },
      { label: "Mot de passe oublié", href: "/mot-de-passe/oublie" },
    ],
  },
  {
    label: "Espaces (connexion requise)",
    enfants: [
      { label: "Mon espace apprenant", href: "/espace-apprenant" },
      { label: "Mes candidatures de stage", href: "/espace-apprenant/candidatures" },
      { label: "Mes favoris", href: "/espace-apprenant/favoris" },
      { label: "Mes formations (organisme)", href: "/espace-organisme" },
      { label: "Formations à modérer", href: "/moderation/formations" },
      { label: "Espace employeur", href: "/espace-employeur" },
      { label: "Espace organisme de formation", href: "/espace-organisme" },
      { label: "Modération (équipe de l'institut)", href: "/moderation" },
      { label: "Offres de stage à modérer", href: "/moderation/stages" },
      { label: "Signalements d'offres de stage", href: "/moderation/signalements" },
      { label: "Mes ressources mutualisées (organisations, familles d'accueil)", href: "/mes-ressources" },
      { label: "Ressources mutualisées à modérer", href: "/moderation/ressources" },
      { label: "Familles d'accueil à vérifier", href: "/moderation/familles" },
      { label: "Notifications", href: "/notifications" },
      { label: "Tableau de bord (membres des collèges)", href: "/gouvernance/tableau-de-bord" },
      { label: "Rejoindre un collège", href: "/gouvernance/adherer" },
      { label: "Mes bonnes pratiques (membres des collèges)", href: "/gouvernance/bonnes-pratiques" },
      { label: "Adhésions aux collèges (équipe de l'institut)", href: "/moderation/adhesions" },
      { label: "Bonnes pratiques à modérer", href: "/moderation/bonnes-pratiques" },
      { label: "Journal des décisions", href: "/moderation/journal" },
    ],
  },
  {
    label: "Informations",
    enfants: [
      { label: "À propos des données", href: "/a-propos-des-donnees" },
      { label: "Données ouvertes : les formations publiées", href: "/donnees-ouvertes" },
      { label: "Mentions légales", href: "/mentions-legales" },
      { label: "Accessibilité", href: "/accessibilite" },
      { label: "Données personnelles", href: "/donnees-personnelles" },
    ],
  },
];

function Liste({ entrees }: { entrees: readonly Entree[] }) {
  return (
    <ul>
      {entrees.map((e) => (
        <li key={e.href ?? e.label}>
          {e.href ? <Link href={e.href}>{e.label}</Link> : e.label}
          {e.enfants ? <Liste entrees={e.enfants} /> : null}
        </li>
      ))}
    </ul>
  );
}

export default function PlanDuSitePage() {
  return (
    <div className="prose-page">
      <h1 className="text-3xl">Plan du site</h1>
      <nav aria-label="Plan du site">
        <Liste entrees={PLAN} />
      </nav>
    </div>
  );
}
