import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guards";
import { formatDate, formatSession } from "@/lib/format";
import {
  BESOIN_COURTS,
  BESOINS,
  DEMANDE_STATUT_LABELS,
  DEMANDE_STATUTS,
  RETARD_LABEL,
  URGENCE_COURTS,
} from "@/lib/freins/constants";
import { getCelluleQueue, getCelluleTerritoireOptions } from "@/lib/freins/queries";
import { checkboxParam, parseFields } from "@/lib/search-params";
import { FilterNotices } from "@/components/forms/FilterNotices";
import { DemandeStatutBadge } from "@/components/freins/DemandeStatutBadge";

export const metadata: Metadata = { title: "Demandes d'aide de la cellule" };

const FILTERS = {
  statut: z.enum(DEMANDE_STATUTS, { error: "statut inconnu." }),
  territoire: z.string().regex(/^[a-z0-9-]{1,64}$/, "territoire inconnu."),
  besoin: z.enum(BESOINS, { error: "besoin inconnu." }),
  retard: checkboxParam,
};

const CHAMPS = { statut: "Statut", territoire: "Territoire", besoin: "Besoin", retard: "En retard" } as const;

export default async function CellulePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole(["cellule", "staff"], "/cellule");
  const raw = await searchParams;
  const { values: filters, issues } = parseFields(raw, FILTERS);
  const [demandes, territoires] = await Promise.all([
    getCelluleQueue(user, filters),
    getCelluleTerritoireOptions(user),
  ]);
  const enRetard = demandes.filter((d) => d.enRetard).length;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl">Demandes d&apos;aide</h1>
      <p className="max-w-3xl">
        {user.roles.includes("staff")
          ? "Toutes les demandes de tous les territoires (équipe de l'institut)."
          : `Les demandes des territoires de votre cellule : ${territoires.map((t) => t.nom).join(", ") || "aucun pour le moment"}.`}{" "}
        Les plus urgentes puis les plus anciennes sont en haut. Chaque consultation d&apos;une demande est
        enregistrée dans son journal.
      </p>
      <FilterNotices messages={issues.map((i) => `${CHAMPS[i.champ]} : ${i.message}`)} />
      <form method="get" action="/cellule" className="card grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-1">
          <label htmlFor="filtre-statut" className="block font-semibold">
            Statut
          </label>
          <select id="filtre-statut" name="statut" defaultValue={filters.statut ?? ""} className="input">
            <option value="">Tous les statuts</option>
            {DEMANDE_STATUTS.map((s) => (
              <option key={s} value={s}>
                {DEMANDE_STATUT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        {territoires.length > 1 ? (
          <div className="space-y-1">
            <label htmlFor="filtre-territoire" className="block font-semibold">
              Territoire
            </label>
            <select
              id="filtre-territoire"
              name="territoire"
              defaultValue={filters.territoire ?? ""}
              className="input"
            >
              <option value="">Tous les territoires</option>
              {territoires.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.nom}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="space-y-1">
          <label htmlFor="filtre-besoin" className="block font-semibold">
            Besoin
          </label>
          <select id="filtre-besoin" name="besoin" defaultValue={filters.besoin ?? ""} className="input">
            <option value="">Tous les besoins</option>
            {BESOINS.map((b) => (
              <option key={b} value={b}>
                {BESOIN_COURTS[b]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-start gap-3 self-end pb-2">
          <input
            id="filtre-retard"
            type="checkbox"
            name="retard"
            value="1"
            defaultChecked={filters.retard === true}
            className="mt-1 size-5 shrink-0 accent-pin-700"
          />
          <label htmlFor="filtre-retard">Seulement les demandes en retard</label>
        </div>
        <div className="flex flex-wrap gap-3 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="btn-primary">
            Filtrer
          </button>
          <Link href="/cellule" className="btn-secondary">
            Effacer les filtres
          </Link>
        </div>
      </form>
      <p role="status">
        <strong>{demandes.length}</strong> demande{demandes.length > 1 ? "s" : ""}
        {enRetard > 0 ? (
          <>
            , dont <strong>{enRetard}</strong> sans réponse depuis plus de 5 jours ouvrés
          </>
        ) : null}
        .
      </p>
      {demandes.length === 0 ? (
        <p className="card">Aucune demande ne correspond.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[48rem] border-collapse text-left">
            <caption className="sr-only">
              Demandes d&apos;aide, les plus urgentes puis les plus anciennes
            </caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="p-2">
                  Demande
                </th>
                <th scope="col" className="p-2">
                  Urgence
                </th>
                <th scope="col" className="p-2">
                  Statut
                </th>
                <th scope="col" className="p-2">
                  Période
                </th>
                <th scope="col" className="p-2">
                  Reçue le
                </th>
                <th scope="col" className="p-2">
                  Suivie par
                </th>
              </tr>
            </thead>
            <tbody>
              {demandes.map((d) => (
                <tr key={d.id} className="border-b border-gray-300 align-top">
                  <td className="p-2">
                    <Link href={`/cellule/demandes/${d.id}`} className="font-semibold">
                      {d.besoins.map((b) => BESOIN_COURTS[b]).join(", ")} à {d.commune.nom}
                    </Link>
                    <span className="block text-sm text-gray-700">{d.territoire.nom}</span>
                    {d.enRetard ? (
                      <span className="mt-1 inline-block rounded border border-red-700 bg-red-50 px-2 py-0.5 text-sm font-semibold text-red-900">
                        <span aria-hidden="true">⚠ </span>
                        {RETARD_LABEL}
                      </span>
                    ) : null}
                  </td>
                  <td className="p-2">{URGENCE_COURTS[d.urgence]}</td>
                  <td className="p-2">
                    <DemandeStatutBadge statut={d.statut} />
                  </td>
                  <td className="p-2">{formatSession(d.debut, d.fin)}</td>
                  <td className="p-2">{formatDate(d.createdAt)}</td>
                  <td className="p-2">{d.agent ? `${d.agent.prenom} ${d.agent.nom}` : "Personne"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
