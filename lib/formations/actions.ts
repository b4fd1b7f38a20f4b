"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { DecisionFormationSchema, FormationIdSchema, OffreFormationSchema } from "@/lib/formations/schemas";
import { archiveOffreFormation, decideOffreFormation, saveOffreFormation } from "@/lib/formations/mutations";

export const enregistrerFormation = defineAction({
  access: "organisme",
  schema: OffreFormationSchema,
  run: async ({ user, input }) => {
    const id = await saveOffreFormation(user, input);
    revalidatePath("/espace-organisme");
    return { redirectTo: `/espace-organisme/formations/${id}?enregistre=${input.intent}` };
  },
});

export const archiverFormation = defineAction({
  access: "organisme",
  schema: FormationIdSchema,
  run: async ({ user, input }) => {
    await archiveOffreFormation(user, input.offreId);
    revalidatePath("/espace-organisme");
    return { message: "La formation est archivée : elle n'apparaît plus dans le catalogue." };
  },
});

export const deciderFormation = defineAction({
  access: "staff",
  schema: DecisionFormationSchema,
  run: async ({ user, input }) => {
    await decideOffreFormation(user, input);
    revalidatePath("/moderation/formations");
    return {
      redirectTo: `/moderation/formations?decision=${input.decision === "approuver" ? "publiee" : "refusee"}`,
    };
  },
});
