import { z } from "zod";
import "@/lib/validation/zod-fr";
import { idField } from "@/lib/validation/fields";

export const FAVORI_CIBLES = ["formation", "stage"] as const;
export type FavoriCible = (typeof FAVORI_CIBLES)[number];

/**
 * The bookmark button's form. `intention` is what the button showed ("ajouter" / "retirer"), so a
 * double submission repeats the same change instead of undoing it; without it, the bookmark toggles.
 */
export const BasculerFavoriSchema = z.object({
  cible: z.enum(FAVORI_CIBLES, { error: "Type d'offre inconnu." }),
  id: idField,
  intention: z.enum(["ajouter", "retirer"]).optional(),
});
export type BasculerFavoriInput = z.output<typeof BasculerFavoriSchema>;
