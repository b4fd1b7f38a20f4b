"use client";

import Link from "next/link";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useActionForm } from "@/components/forms/useActionForm";
import { formatDay } from "@/lib/format";
import { basculerFavori } from "@/lib/favoris/actions";
import type { FavoriFormation, FavoriStage } from "@/lib/favoris/queries";
import type { FavoriCible } from "@/lib/favoris/schemas";

const jour = (iso: string) => formatDay(iso);

type Props = { formations: FavoriFormation[]; stages: FavoriStage[] };

function RetirerForm({
  action,
  cible,
  id,
  titre,
}: {
  action: (formData: FormData) => void;
  cible: FavoriCible;
  id: string;
  titre: string;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="cible" value={cible} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="intention" value="retirer" />
      <SubmitButton variant="secondary" pendingLabel="Retrait…">
        Retirer de mes favoris<span className="sr-only"> : {titre}</span>
      </SubmitButton>
    </form>
  );
}

function NonPubliee({ stage }: { stage?: boolean }) {
  return (
    <p className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 font-semibold">
      <span aria-hidden="true">⚠ </span>
      {stage
        ? "Ce stage n'est plus proposé : l'offre a été retirée, est terminée ou n'est plus publiée."
        : "Cette formation n'est plus publiée dans le catalogue."}
    </p>
  );
}

/**
 * The bookmarks, each removable. One action state for every row, so the outcome stays on screen
 * (and takes the focus) after the removed row has left the list.
 */
export function FavoriList({ formations, stages }: Props) {
  const { state, action } = useActionForm(basculerFavori);

  return (
    <div className="space-y-8">
      <FormMessage state={state} focusSuccess />

      <section aria-labelledby="titre-formations" className="space-y-4">
        <h2 id="titre-formations" className="text-2xl">
          Formations ({formations.length})
        </h2>
        {formations.length === 0 ? (
          <p>
            Aucune formation dans vos favoris. <Link href="/formations">Parcourir les formations</Link>
          </p>
        ) : (
          <ul className="space-y-4">
            {formations.map((f) => (
              <li key={f.favoriId} className="card space-y-2">
                <h3 className="text-lg">
                  {f.publiee ? <Link href={`/formations/${f.id}`}>{f.titre}</Link> : f.titre}
                </h3>
                <p>
                  {f.organisation}
                  <span aria-hidden="true"> · </span>
                  <span className="sr-only">, </span>
                  {f.diplome}
                </p>
                {!f.publiee ? (
                  <NonPubliee />
                ) : f.prochaineSession ? (
                  <p>
                    {f.prochaineSession.enCours ? "Session en cours" : "Prochaine session"} du{" "}
                    {jour(f.prochaineSession.debut)} au {jour(f.prochaineSession.fin)}, à{" "}
                    {f.prochaineSession.commune}
                  </p>
                ) : (
                  <p>Aucune session à venir pour le moment.</p>
                )}
                <RetirerForm action={action} cible="formation" id={f.id} titre={f.titre} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="titre-stages" className="space-y-4">
        <h2 id="titre-stages" className="text-2xl">
          Stages ({stages.length})
        </h2>
        {stages.length === 0 ? (
          <p>
            Aucun stage dans vos favoris. <Link href="/carte">Trouver un stage</Link>
          </p>
        ) : (
          <ul className="space-y-4">
            {stages.map((s) => (
              <li key={s.favoriId} className="card space-y-2">
                <h3 className="text-lg">
                  {s.publiee ? <Link href={`/stages/${s.id}`}>{s.titre}</Link> : s.titre}
                </h3>
                <p>
                  {s.organisation}
                  <span aria-hidden="true"> · </span>
                  <span className="sr-only">, </span>
                  {s.commune}
                </p>
                {!s.publiee ? <NonPubliee stage /> : null}
                <RetirerForm action={action} cible="stage" id={s.id} titre={s.titre} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
