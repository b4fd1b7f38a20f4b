import type { Metadata } from "next";
import Link from "next/link";
import { FilterNotices } from "@/components/forms/FilterNotices";
import { formatDistance } from "@/lib/format";
import {
  BESOIN_PAR_TYPE,
  MATCHING_RAYON_DEFAUT_KM,
  MATCHING_RAYONS_KM,
  RESSOURCE_TYPE_LABELS,
  RESSOURCE_TYPES,
} from "@/lib/ressources/constants";
import { disponibiliteLabel, typeLabel } from "@/lib/ressources/labels";
import { getRessourcePubliqueList } from "@/lib/ressources/queries";
import { parseRessourceFilters } from "@/lib/ressources/schemas";
import { getCommuneOptionList } from "@/lib/territoires/queries";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Hébergement, mobilité et autres ressources",
  description:
    "Les hébergements, moyens de transport, salles et gardes d'enfants mis en commun pour les apprenant·es dans les Landes.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FIELD_LABELS: Record<string, string> = { type: "type", commune: "commune", rayon: "distance" };

/**
 * Public list of the pooled resources, at commune level only (no address, no person's name): what
 * the cells can propose. A learner asks through their local cell.
 */
export default async function RessourcesPage({ searchParams }: Props) {
  const parsed = parseRessourceFilters(await searchParams);
  const communes = await getCommuneOptionList();
  const issues = [...parsed.issues];
  let filters = parsed.filters;
  if (filters.commune && !communes.some((c) => c.code === filters.commune)) {
    issues.push({ champ: "commune", message: "cette valeur n'existe pas dans la liste." });
    filters = { ...filters, commune: undefined, rayon: undefined };
  }
  const { items, centre } = await getRessourcePubliqueList(filters);
  const count =
    items.length === 0
      ? "Aucune ressource disponible"
      : `${items.length} ressource${items.length > 1 ? "s" : ""} disponible${items.length > 1 ? "s" : ""}`;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl">Hébergement, mobilité et autres ressources</h1>
      <p className="max-w-3xl sm:text-lg">
        Des organisations et des familles d&apos;accueil vérifiées mettent en commun un hébergement, un moyen
        de transport, une salle ou une garde d&apos;enfants. Seule la commune est indiquée : pour en
        bénéficier, faites une demande à votre cellule locale, qui vous met en relation.
      </p>
      <p>
        Vous êtes une organisation ou un particulier prêt à accueillir un·e stagiaire ?{" "}
        <Link href="/mes-ressources">Proposer une ressource</Link>
      </p>
      <form
        method="get"
        action="/ressources"
        role="search"
        aria-label="Filtrer les ressources"
        className="grid gap-4 rounded-lg border border-gray-300 bg-sable-50 p-4 sm:grid-cols-[1fr_1fr_8rem_auto] sm:items-end"
      >
        <div className="space-y-1">
          <label htmlFor="filtre-type" className="block font-semibold">
            Type
          </label>
          <select id="filtre-type" name="type" defaultValue={filters.type ?? ""} className="input">
            <option value="">Tous</option>
            {RESSOURCE_TYPES.map((t) => (
              <option key={t} value={t}>
                {RESSOURCE_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filtre-commune" className="block font-semibold">
            Autour de la commune
          </label>
          <select id="filtre-commune" name="commune" defaultValue={filters.commune ?? ""} className="input">
            <option value="">Toutes les Landes</option>
            {communes.map((c) => (
              <option key={c.code} value={c.code}>
                {c.nom}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filtre-rayon" className="block font-semibold">
            Distance
          </label>
          <select
            id="filtre-rayon"
            name="rayon"
            defaultValue={String(filters.rayon ?? MATCHING_RAYON_DEFAUT_KM)}
            className="input"
          >
            {MATCHING_RAYONS_KM.map((km) => (
              <option key={km} value={km}>
                {km} km
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-primary">
          Filtrer
        </button>
      </form>
      <FilterNotices
        messages={issues.map(
          (i) => `Le filtre « ${FIELD_LABELS[i.champ] ?? i.champ} » a été ignoré : ${i.message}`,
        )}
      />
      <p role="status" className="text-xl font-bold">
        {count}
        {centre ? ` dans un rayon de ${filters.rayon} km autour de ${centre}` : ""}
      </p>
      {items.length > 0 ? (
        <ul className="grid gap-4 md:grid-cols-2">
          {items.map((r) => (
            <li key={r.id} className="card space-y-2">
              <h2 className="text-xl">{r.titre}</h2>
              <p>
                <strong>{typeLabel(r.type, r.mobiliteType)}</strong> · {r.commune}
                {r.distanceKm !== null ? ` (${formatDistance(r.distanceKm)})` : ""}
              </p>
              <p>Proposé par : {r.proposePar}</p>
              <p className="whitespace-pre-line">{r.description}</p>
              <p className="text-sm text-gray-700">
                {disponibiliteLabel(r.disponibleDebut, r.disponibleFin)} · capacité {r.capacite} ·{" "}
                {r.gratuit ? "gratuit" : `payant : ${r.prix ?? ""}`}
              </p>
              {r.equipements ? <p className="text-sm">Équipements : {r.equipements}</p> : null}
              {r.conditions ? <p className="text-sm">Conditions : {r.conditions}</p> : null}
              <p>
                <Link
                  href={`/espace-apprenant/demandes/nouvelle?commune=${r.communeCode}&besoin=${BESOIN_PAR_TYPE[r.type]}`}
                  className="btn-secondary"
                >
                  Demander via ma cellule locale<span className="sr-only"> : {r.titre}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="card">
          Aucune ressource ne correspond. Votre cellule locale peut tout de même chercher une solution avec
          vous : <Link href="/espace-apprenant/demandes/nouvelle">faire une demande</Link>.
        </p>
      )}
    </div>
  );
}
