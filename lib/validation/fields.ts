import { z } from "zod";
import "@/lib/validation/zod-fr";

// Field schemas shared by every form, with French messages naming the field.

/** A record id from a form (cuid or seeded slug); anything else is refused before any query. */
export const idField = z.string().regex(/^[a-z0-9-]{1,64}$/i, "Identifiant invalide.");

/** An optional id: an empty select ("") counts as absent. */
export const optionalIdField = z
  .string()
  .optional()
  .transform((v) => v || undefined)
  .pipe(idField.optional());

/** Required trimmed text of at most `max` characters. */
export const textField = (label: string, max: number) =>
  z
    .string({ error: `${label} : champ obligatoire.` })
    .trim()
    .min(1, `${label} : champ obligatoire.`)
    .max(max, `${label} : ${max} caractères au maximum.`);

/** Optional trimmed text; empty counts as absent. */
export const optionalTextField = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} : ${max} caractères au maximum.`)
    .optional()
    .transform((v) => v || undefined);

/** An HTML checkbox: "on" when ticked, absent otherwise. */
export const checkboxField = z
  .string()
  .optional()
  .transform((v) => v === "on");
