"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { BonnePratiqueSchema, DecisionPratiqueSchema } from "@/lib/pratiques/schemas";
import { decideBonnePratique, submitBonnePratique } from "@/lib/pratiques/mutations";

export const soumettrePratique = defineAction({
  access: ["gouvernance", "staff"],
  schema: BonnePratiqueSchema,
  run: async ({ user, input }) => {
    await submitBonnePratique(user, input);
    revalidatePath("/gouvernance/bonnes-pratiques");
    return { redirectTo: "/gouvernance/bonnes-pratiques?soumise=1" };
  },
});

export const deciderPratique = defineAction({
  access: "staff",
  schema: DecisionPratiqueSchema,
  run: async ({ user, input }) => {
    await decideBonnePratique(user, input);
    revalidatePath("/moderation/bonnes-pratiques");
    revalidatePath("/bonnes-pratiques");
    return {
      redirectTo: `/moderation/bonnes-pratiques?decision=${input.decision === "publier" ? "publiee" : "refusee"}`,
    };
  },
});
