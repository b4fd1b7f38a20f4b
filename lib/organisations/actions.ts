"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { DecisionOrganisationSchema, NumeroActiviteSchema, SiteSchema } from "@/lib/organisations/schemas";
import { decideOrganisation, saveNumeroActivite, saveSite } from "@/lib/organisations/mutations";

export const deciderOrganisation = defineAction({
  access: "staff",
  schema: DecisionOrganisationSchema,
  run: async ({ user, input }) => {
    await decideOrganisation(user, input);
    revalidatePath("/moderation/organisations");
    return {
      redirectTo: `/moderation/organisations?decision=${input.decision === "verifier" ? "verifiee" : "refusee"}`,
    };
  },
});

export const enregistrerSite = defineAction({
  access: ["employeur", "organisme"],
  schema: SiteSchema,
  run: async ({ user, input }) => {
    await saveSite(user, input);
    revalidatePath(`/organisations/${input.organisationId}`);
    return { redirectTo: `/organisations/${input.organisationId}?site=enregistre` };
  },
});

export const enregistrerNumeroActivite = defineAction({
  access: "organisme",
  schema: NumeroActiviteSchema,
  run: async ({ user, input }) => {
    await saveNumeroActivite(user, input);
    revalidatePath(`/organisations/${input.organisationId}`);
    return {
      message: input.numeroActivite
        ? "Le numéro de déclaration d'activité est enregistré."
        : "Le numéro de déclaration d'activité est effacé.",
    };
  },
});
