"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { DecisionOrganisationSchema, SiteSchema } from "@/lib/organisations/schemas";
import { decideOrganisation, saveSite } from "@/lib/organisations/mutations";

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
