"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { AdhesionSchema, DecisionAdhesionSchema, MembershipIdSchema } from "@/lib/gouvernance/schemas";
import {
  decideCollegeMembership,
  leaveCollegeMembership,
  requestCollegeMembership,
} from "@/lib/gouvernance/mutations";

export const demanderAdhesion = defineAction({
  access: "user",
  schema: AdhesionSchema,
  run: async ({ user, input }) => {
    await requestCollegeMembership(user, input);
    revalidatePath("/gouvernance/adherer");
    return { redirectTo: "/gouvernance/adherer?demande=envoyee" };
  },
});

export const deciderAdhesion = defineAction({
  access: "staff",
  schema: DecisionAdhesionSchema,
  run: async ({ user, input }) => {
    await decideCollegeMembership(user, input);
    revalidatePath("/moderation/adhesions");
    revalidatePath("/gouvernance/colleges");
    return {
      redirectTo: `/moderation/adhesions?decision=${input.decision === "accepter" ? "acceptee" : "refusee"}`,
    };
  },
});

export const quitterCollege = defineAction({
  access: "user",
  schema: MembershipIdSchema,
  run: async ({ user, input }) => {
    await leaveCollegeMembership(user, input.membershipId);
    revalidatePath("/gouvernance/colleges");
    return { redirectTo: "/gouvernance/adherer?demande=retiree" };
  },
});
