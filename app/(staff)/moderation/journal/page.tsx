import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import {
  actionLabel,
  ENTITY_TYPE_LABELS,
  entityHref,
  JOURNAL_PAGE_TAILLE,
  JOURNAL_TYPE_LABELS,
} from "@/lib/audit/constants";
import { describeJournalIssue, journalHref, parseJournalFilters } from "@/lib/audit/filters";
import { getJournalPage } from "@/lib/audit/queries";
import { FilterNotices } from "@/components/forms/FilterNotices";
import { FilterSelect } from "@/components/forms/SearchForm";

export const metadata: Metadata = { title: "Journal des décisions" };

const TYPE_OPTIONS = Object.entries(JOURNAL_TYPE_LABELS).map(([value, label]) => ({ value, label }));

export default async function JournalPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("staff", "/moderation/journal");
  const { filters, page, issues } = parseJournalFilters(await searchParams);
  const result = await getJournalPage(user, filters, page);
  const { total, entries } = result ?? { total: 0, entries: [] };
  const pages = Math.max(1, Math.ceil(total / JOURNAL_PAGE_TAILLE));
  const first = (page - 1) * JOURNAL_PAGE_TAILLE + 1;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/moderation">← Modération</Link>
      </p>
      <h1 className="text-3xl">Journal des décisions</h1>
      <p className="max-w-3xl">
        Toutes les décisions de modération, les adhésions aux collèges, les accès aux demandes d&apos;aide et
        leurs changements de statut, les vérifications d&apos;organisations : qui, quoi, quand et pourquoi.
        Les plus récentes en haut.
      </p>
      <form
        method="get"
        action="/moderation/journal"
        role="search"
        aria-labelledby="titre-filtres"
        className="space-y-4 rounded-lg border border-gray-300 bg-sable-50 p-4 shadow-sm"
      >
        <h2 id="titre-filtres" className="sr-only">
          Filtrer le journal
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div className="space-y-1">
            <label htmlFor="journal-acteur" className="block font-semibold">
              Auteur (adresse e-mail)
            </label>
            <input
              id="journal-acteur"
              name="acteur"
              type="search"
              maxLength={100}
              defaultValue={filters.acteur ?? ""}
              className="input"
              aria-describedby="journal-acteur-aide"
            />
            <p id="journal-acteur-aide" className="text-sm text-gray-700">
              Une partie de l&apos;adresse suffit.
            </p>
          </div>
          <FilterSelect
            label="Type d'événement"
            name="type"
            options={TYPE_OPTIONS}
            all="Tous"
            value={filters.type}
          />
          <div className="space-y-1">
            <label htmlFor="journal-du" className="block font-semibold">
              Du
            </label>
            <input id="journal-du" name="du" type="date" defaultValue={filters.du ?? ""} className="input" />
          </div>
          <div className="space-y-1">
            <label htmlFor="journal-au" className="block font-semibold">
              Au
            </label>
            <input id="journal-au" name="au" type="date" defaultValue={filters.au ?? ""} className="input" />
          </div>
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="btn-primary">
            Filtrer
          </button>
          <Link href="/moderation/journal" className="btn-secondary">
            Tout effacer
          </Link>
        </div>
      </form>
      <FilterNotices messages={issues.map(describeJournalIssue)} />
      <p role="status" className="text-xl font-bold">
        {total === 0
          ? "Aucun événement"
          : total === 1
            ? "1 événement"
            : `${total.toLocaleString("fr-FR")} événements`}
        {total > JOURNAL_PAGE_TAILLE ? ` (page ${page} sur ${pages})` : ""}
      </p>
      {entries.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[48rem] border-collapse text-left">
            <caption className="sr-only">
              Événements {first} à {first + entries.length - 1} du journal, les plus récents en premier
            </caption>
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="p-2">
                  Date
                </th>
                <th scope="col" className="p-2">
                  Auteur
                </th>
                <th scope="col" className="p-2">
                  Action
                </th>
                <th scope="col" className="p-2">
                  Élément
                </th>
                <th scope="col" className="p-2">
                  Motif
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => {
                const href = entityHref(e.entityType, e.entityId);
                const type = ENTITY_TYPE_LABELS[e.entityType] ?? e.entityType;
                return (
                  <tr key={e.id} className="border-b border-gray-300 align-top">
                    <td className="p-2 whitespace-nowrap">
                      <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
                    </td>
                    <td className="p-2">
                      {e.actor ? (
                        <>
                          {e.actor.prenom} {e.actor.nom}
                          <span className="block text-sm text-gray-700">{e.actor.email}</span>
                        </>
                      ) : (
                        "Compte supprimé"
                      )}
                    </td>
                    <td className="p-2">{actionLabel(e.action, e.entityType)}</td>
                    <td className="p-2">
                      {href ? (
                        <Link href={href}>
                          {type}
                          <span className="sr-only"> {e.entityId}</span>
                        </Link>
                      ) : (
                        type
                      )}
                      <span className="block text-sm break-all text-gray-700">{e.entityId}</span>
                    </td>
                    <td className="p-2 whitespace-pre-line">{e.reason ?? "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {pages > 1 ? (
        <nav aria-label="Pages du journal" className="flex flex-wrap gap-3">
          {page > 1 ? (
            <Link href={journalHref(filters, page - 1)} className="btn-secondary">
              ← Plus récents
            </Link>
          ) : null}
          {page < pages ? (
            <Link href={journalHref(filters, page + 1)} className="btn-secondary">
              Plus anciens →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
