import { z } from "zod";
import "@/lib/validation/zod-fr";
import { idField, optionalIdField, optionalTextField, textField } from "@/lib/validation/fields";
import {
  MOTIF_MAX,
  PRATIQUE_CONTACT_MAX,
  PRATIQUE_TEXTE_MAX,
  PRATIQUE_THEMES,
  PRATIQUE_TITRE_MAX,
} from "@/lib/pratiques/constants";

export const BonnePratiqueSchema = z.object({
  titre: textField("Titre", PRATIQUE_TITRE_MAX),
  theme: z.enum(PRATIQUE_THEMES, { error: "Choisissez le thème." }),
  organisationId: optionalIdField,
  contexte: textField("Contexte", PRATIQUE_TEXTE_MAX),
  actions: textField("Ce qui a été fait", PRATIQUE_TEXTE_MAX),
  resultats: textField("Résultats", PRATIQUE_TEXTE_MAX),
  contactOrganisation: textField("Contact", PRATIQUE_CONTACT_MAX),
});
export type BonnePratiqueInput = z.output<typeof BonnePratiqueSchema>;

export const DecisionPratiqueSchema = z
  .object({
    pratiqueId: idField,
    decision: z.enum(["publier", "refuser"], { error: "Choisissez une décision." }),
    motif: optionalTextField("Motif", MOTIF_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "refuser" && !v.motif) {
      ctx.addIssue({
        code: "custom",
        path: ["motif"],
        message: "Indiquez le motif du refus : il sera transmis à l'auteur·e.",
      });
    }
  });
export type DecisionPratiqueInput = z.output<typeof DecisionPratiqueSchema>;
