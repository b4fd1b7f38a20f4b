"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { addCelluleAgent, removeCelluleAgent, saveCellule } from "@/lib/territoires/cellules-mutations";
import { AgentAjoutSchema, AgentRetraitSchema, CelluleSchema } from "@/lib/territoires/cellules-schemas";

export const enregistrerCellule = defineAction({
  access: "staff",
  schema: CelluleSchema,
  run: async ({ user, input }) => {
    await saveCellule(user, input);
    revalidatePath("/moderation/cellules");
    return { message: "La cellule est enregistrée." };
  },
});

export const ajouterAgentCellule = defineAction({
  access: "staff",
  schema: AgentAjoutSchema,
  run: async ({ user, input }) => {
    await addCelluleAgent(user, input);
    revalidatePath("/moderation/cellules");
    return { message: `${input.email} est maintenant agent de la cellule.` };
  },
});

export const retirerAgentCellule = defineAction({
  access: "staff",
  schema: AgentRetraitSchema,
  run: async ({ user, input }) => {
    await removeCelluleAgent(user, input);
    revalidatePath("/moderation/cellules");
    return { message: "La personne n'est plus agent de cette cellule." };
  },
});
