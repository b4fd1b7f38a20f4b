import { z } from "zod";
import "@/lib/validation/zod-fr";

// Field schemas shared by every form, with French messages naming the field.

/** A record id from a form (cuid or seeded slug); anything else is refused before any query. */
export const idField = z.string().regex(/^[a-z0-9-]{1,64}$/i, "Identifiant invalide.");

/** A required choice from a list of records: empty or missing gets `message`. */
export const requiredIdField = (message: string) =>
  z.string({ error: message }).min(1, message).pipe(idField);

/** An optional id: an empty select ("") counts as absent. */
export const optionalIdField = z
  .string()
  .optional()
  .transform((v) => v || undefined)
  .pipe(idField.optional());

// Browsers send line breaks as \r\n: normalised so lengths match the textarea's maxLength
// and a stored text compares equal to the same text sent back.
const normaliseLineBreaks = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : v);

/** Required trimmed text of at most `max` characters. */
export const textField = (label: string, max: number) =>
  z.preprocess(
    normaliseLineBreaks,
    z
      .string({ error: `${label} : champ obligatoire.` })
      .trim()
      .min(1, `${label} : champ obligatoire.`)
      .max(max, `${label} : ${max} caractères au maximum.`),
  );

/** Optional trimmed text; empty counts as absent. */
export const optionalTextField = (label: string, max: number) =>
  z.preprocess(
    normaliseLineBreaks,
    z
      .string()
      .trim()
      .max(max, `${label} : ${max} caractères au maximum.`)
      .optional()
      .transform((v) => v || undefined),
  );

/** An HTML checkbox: "on" when ticked, absent otherwise. */
export const checkboxField = z
  .string()
  .optional()
  .transform((v) => v === "on");

/** A whole number typed in a form; empty means missing (not 0). */
export const integerField = (label: string, min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.replace(",", "."))) : v),
    z
      .number({
        error: (issue) =>
          issue.input === undefined ? `${label} : champ obligatoire.` : `${label} : nombre entier attendu.`,
      })
      .int(`${label} : nombre entier attendu.`)
      .min(min, `${label} : au moins ${min}.`)
      .max(max, `${label} : au plus ${max}.`),
  );

/** A repeated form field as a list: absent or empty means none, one value arrives as a string. */
export const asList = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(String) : typeof v === "string" && v ? [v] : [];
