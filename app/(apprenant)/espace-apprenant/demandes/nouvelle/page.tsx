import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { todayInParis } from "@/lib/dates";
import { BESOINS, type Besoin } from "@/lib/freins/constants";
import { getCommuneTerritoireMap, getDemandeCommuneSuggestions } from "@/lib/freins/queries";
import { getCommuneOptionList } from "@/lib/territoires/queries";
import { DemandeForm } from "./_components/DemandeForm";

export const metadata: Metadata = { title: "Demander une aide" };

export default async function NouvelleDemandePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("apprenant", "/espace-apprenant/demandes/nouvelle");
  const [params, suggestions, communes, territoires] = await Promise.all([
    searchParams,
    getDemandeCommuneSuggestions(user),
    getCommuneOptionList(),
    getCommuneTerritoireMap(),
  ]);
  // Prefill from the URL, only with values the form offers.
  const commune = typeof params.commune === "string" ? params.commune : undefined;
  const besoin = typeof params.besoin === "string" ? params.besoin : undefined;
  const initial = {
    communeCode: commune && communes.some((c) => c.code === commune) ? commune : undefined,
    besoin: besoin && (BESOINS as readonly string[]).includes(besoin) ? (besoin as Besoin) : undefined,
  };
  return (
    <div className="space-y-6">
      <p>
        <Link href="/espace-apprenant/demandes">← Mes demandes d&apos;aide</Link>
      </p>
      <h1 className="text-3xl">Demander une aide</h1>
      <p className="max-w-2xl">
        Logement, transport, garde d&apos;enfants, difficultés financières ou matériel : la cellule locale du
        territoire de votre stage ou de votre formation cherche avec vous une solution. Les champs sont
        obligatoires sauf mention contraire.
      </p>
      <DemandeForm
        suggestions={suggestions.map((s) => ({
          communeCode: s.communeCode,
          label: `${s.communeNom} — ${s.contexte}`,
        }))}
        communes={communes.map((c) => ({ code: c.code, label: `${c.nom} (${c.codePostal})` }))}
        territoires={territoires}
        retentionMois={env.FREINS_RETENTION_MOIS}
        initial={initial}
        today={todayInParis()}
      />
    </div>
  );
}
