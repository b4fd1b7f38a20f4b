import Link from "next/link";
import { PRATIQUE_THEME_LABELS, type PratiqueTheme } from "@/lib/pratiques/constants";

type Pratique = {
  theme: PratiqueTheme;
  contexte: string;
  actions: string;
  resultats: string;
  contactOrganisation: string;
  organisation: { id: string; nom: string; statut: string; annuaireVisible: boolean } | null;
};

/** The body of a good practice, as the public library and the moderation queue show it. */
export function PratiqueDetail({ pratique, headingLevel }: { pratique: Pratique; headingLevel: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const size = headingLevel === 2 ? "text-2xl" : "text-lg";
  const org = pratique.organisation;
  return (
    <div className="space-y-5">
      <p>
        <span className="inline-block rounded border border-pin-700 bg-pin-50 px-2 py-0.5 text-sm font-semibold text-pin-900">
          <span className="sr-only">Thème : </span>
          {PRATIQUE_THEME_LABELS[pratique.theme]}
        </span>
      </p>
      <section className="space-y-2">
        <H className={size}>Contexte</H>
        <p className="whitespace-pre-line">{pratique.contexte}</p>
      </section>
      <section className="space-y-2">
        <H className={size}>Ce qui a été fait</H>
        <p className="whitespace-pre-line">{pratique.actions}</p>
      </section>
      <section className="space-y-2">
        <H className={size}>Résultats</H>
        <p className="whitespace-pre-line">{pratique.resultats}</p>
      </section>
      <section className="space-y-2">
        <H className={size}>Contact</H>
        <p className="whitespace-pre-line">{pratique.contactOrganisation}</p>
        {org && org.statut === "verifiee" && org.annuaireVisible ? (
          <p>
            <Link href={`/annuaire/${org.id}`}>Fiche de {org.nom} dans l&apos;annuaire</Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
