import { z } from "zod";
import "@/lib/validation/zod-fr";
import {
  idField,
  optionalIdField,
  optionalTextField,
  requiredIdField,
  textField,
} from "@/lib/validation/fields";
import { MOTIF_MAX, MOTIVATION_MAX } from "@/lib/gouvernance/constants";

/** A request to join a collège, for one of the caller's organisations or for the caller. */
export const AdhesionSchema = z.object({
  college: requiredIdField("Choisissez le collège que vous souhaitez rejoindre."),
  organisationId: optionalIdField,
  motivation: textField("Motivation", MOTIVATION_MAX),
});
export type AdhesionInput = z.output<typeof AdhesionSchema>;

export const DecisionAdhesionSchema = z
  .object({
    membershipId: idField,
    decision: z.enum(["accepter", "refuser"], { error: "Choisissez une décision." }),
    motif: optionalTextField("Motif", MOTIF_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "refuser" && !v.motif) {
      ctx.addIssue({
        code: "custom",
        path: ["motif"],
        message: "Indiquez le motif du refus : il sera transmis à la personne qui a fait la demande.",
      });
    }
  });
export type DecisionAdhesionInput = z.output<typeof DecisionAdhesionSchema>;

export const MembershipIdSchema = z.object({ membershipId: idField });
