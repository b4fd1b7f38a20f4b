import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { getCelluleList } from "@/lib/territoires/cellules-queries";
import { AjoutAgentForm, CelluleForm, RetraitAgentForm } from "./_components/CelluleForms";

export const metadata: Metadata = { title: "Cellules locales" };

export default async function CellulesPage() {
  await requireRole("staff", "/moderation/cellules");
  const territoires = await getCelluleList();
  return (
    <div className="space-y-6">
      <p>
        <Link href="/moderation">← Modération</Link>
      </p>
      <h1 className="text-3xl">Cellules locales</h1>
      <p className="max-w-3xl">
        Chaque territoire a sa cellule locale : ses agents reçoivent et traitent les demandes d&apos;aide des
        apprenant·es de leur territoire, et seulement celles-là. Chaque ajout ou retrait d&apos;agent est
        enregistré dans le journal.
      </p>
      <ul className="space-y-6">
        {territoires.map((t) => (
          <li key={t.id} className="card space-y-4">
            <h2 className="text-xl">{t.cellule?.nom ?? `Territoire ${t.nom} (pas encore de cellule)`}</h2>
            <p className="text-sm text-gray-700">Territoire : {t.nom}</p>
            <CelluleForm territoireId={t.id} territoireNom={t.nom} cellule={t.cellule} />
            {t.cellule ? (
              <section
                aria-label={`Agents de ${t.cellule.nom}`}
                className="space-y-3 border-t border-gray-300 pt-4"
              >
                <h3 className="text-lg">Agents</h3>
                {t.cellule.agents.length === 0 ? (
                  <p>Aucun agent : les demandes de ce territoire ne sont vues que par l&apos;équipe.</p>
                ) : (
                  <ul className="space-y-2">
                    {t.cellule.agents.map(({ user }) => (
                      <li key={user.id} className="flex flex-wrap items-center justify-between gap-3">
                        <span>
                          {user.prenom} {user.nom}{" "}
                          <span className="break-all text-gray-700">({user.email})</span>
                        </span>
                        <RetraitAgentForm
                          celluleId={t.cellule!.id}
                          userId={user.id}
                          nom={`${user.prenom} ${user.nom}`}
                        />
                      </li>
                    ))}
                  </ul>
                )}
                <AjoutAgentForm celluleId={t.cellule.id} celluleNom={t.cellule.nom} />
              </section>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
