import { z } from "zod";
import "@/lib/validation/zod-fr";
import { idField, optionalTextField, textField } from "@/lib/validation/fields";
import { normalisePhone, PHONE_PATTERN } from "@/lib/freins/schemas";

export const CELLULE_NOM_MAX = 120;

export const CelluleSchema = z.object({
  territoireId: idField,
  nom: textField("Nom de la cellule", CELLULE_NOM_MAX),
  email: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() || undefined : v),
    z.email("E-mail de contact : adresse invalide, par exemple cellule@exemple.fr.").optional(),
  ),
  telephone: optionalTextField("Téléphone de contact", 20).refine(
    (v) => v === undefined || PHONE_PATTERN.test(normalisePhone(v)),
    "Téléphone de contact : numéro français attendu, par exemple 05 58 00 00 00.",
  ),
});
export type CelluleInput = z.output<typeof CelluleSchema>;

export const AgentAjoutSchema = z.object({
  celluleId: idField,
  email: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z.email("Indiquez l'adresse e-mail du compte de la personne."),
  ),
});
export type AgentAjoutInput = z.output<typeof AgentAjoutSchema>;

export const AgentRetraitSchema = z.object({ celluleId: idField, userId: idField });
export type AgentRetraitInput = z.output<typeof AgentRetraitSchema>;
