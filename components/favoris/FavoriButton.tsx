"use client";

import Link from "next/link";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useActionForm } from "@/components/forms/useActionForm";
import { basculerFavori } from "@/lib/favoris/actions";
import type { FavoriCible } from "@/lib/favoris/schemas";

type Props = {
  cible: FavoriCible;
  id: string;
  /** the offer's title, so that the button names what it bookmarks out of context */
  titre: string;
  /** bookmarked when the page was rendered */
  favori: boolean;
};

function Etoile({ pleine }: { pleine: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className="h-5 w-5 shrink-0"
      fill={pleine ? "currentColor" : "none"}
      stroke="currentColor"
      strokeWidth={2}
      strokeLinejoin="round"
    >
      <path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z" />
    </svg>
  );
}

/**
 * Adds or removes a bookmark: a small form that works without JavaScript. The state is said in
 * text (the button names the action, the line beside it the current state) rather than by
 * aria-pressed, and the form sends the intended change so that a double click cannot undo it.
 */
export function FavoriButton({ cible, id, titre, favori: initial }: Props) {
  const { state, action } = useActionForm(basculerFavori);
  const favori = state?.ok && state.data ? state.data.favori : initial;
  const offre = cible === "formation" ? "Cette formation" : "Ce stage";
  return (
    <form action={action} className="space-y-3" aria-label={`Favoris : ${titre}`}>
      <input type="hidden" name="cible" value={cible} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="intention" value={favori ? "retirer" : "ajouter"} />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <SubmitButton variant={favori ? "secondary" : "primary"} pendingLabel="Enregistrement…">
          <Etoile pleine={favori} />
          {favori ? "Retirer de mes favoris" : "Ajouter à mes favoris"}
        </SubmitButton>
        <p>
          {favori ? (
            <>
              {offre} est dans <Link href="/espace-apprenant/favoris">vos favoris</Link>.
            </>
          ) : (
            `${offre} n'est pas dans vos favoris.`
          )}
        </p>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
