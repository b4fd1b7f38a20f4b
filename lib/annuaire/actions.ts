"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { AnnuaireProfilSchema } from "@/lib/annuaire/schemas";
import { saveAnnuaireProfil } from "@/lib/annuaire/mutations";

export const enregistrerAnnuaire = defineAction({
  access: ["employeur", "organisme"],
  schema: AnnuaireProfilSchema,
  run: async ({ user, input }) => {
    await saveAnnuaireProfil(user, input);
    revalidatePath("/annuaire");
    revalidatePath(`/annuaire/${input.organisationId}`);
    return {
      message: input.annuaireVisible
        ? "La fiche est enregistrée : elle apparaît dans l'annuaire des partenaires."
        : "La fiche est enregistrée : elle n'apparaît pas dans l'annuaire (case « Apparaître dans l'annuaire » non cochée).",
    };
  },
});
