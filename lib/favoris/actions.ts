"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { toggleFavori } from "@/lib/favoris/mutations";
import { BasculerFavoriSchema } from "@/lib/favoris/schemas";

export const basculerFavori = defineAction({
  access: "apprenant",
  schema: BasculerFavoriSchema,
  run: async ({ user, input }) => {
    const { favori } = await toggleFavori(user, input);
    revalidatePath("/espace-apprenant/favoris");
    revalidatePath(input.cible === "formation" ? `/formations/${input.id}` : `/stages/${input.id}`);
    const offre = input.cible === "formation" ? "La formation est" : "Le stage est";
    const accord = input.cible === "formation" ? "e" : "";
    return {
      data: { favori },
      message: favori
        ? `${offre} ajouté${accord} à vos favoris.`
        : `${offre} retiré${accord} de vos favoris.`,
    };
  },
});
