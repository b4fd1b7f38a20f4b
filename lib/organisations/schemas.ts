import { z } from "zod";
import "@/lib/validation/zod-fr";
import { idField as id, optionalIdField as optionalId } from "@/lib/validation/fields";
import { ADDRESS_MAX } from "@/lib/comptes/schemas";
import { isInLandes } from "@/lib/territoires/landes";
import { compactIdentifier, numeroActiviteValid } from "@/lib/validation/identifiants";

export const SITE_NAME_MAX = 150;
export const MOTIF_MAX = 1000;

const coordinate = (label: string) =>
  z.coerce
    .number({ error: `${label} : nombre attendu.` })
    .refine(Number.isFinite, `${label} : nombre attendu.`);

export const SiteSchema = z
  .object({
    organisationId: id,
    siteId: optionalId,
    nom: z
      .string()
      .trim()
      .min(1, "Nom du site : champ obligatoire.")
      .max(SITE_NAME_MAX, `Nom du site : ${SITE_NAME_MAX} caractères au maximum.`),
    categorieId: optionalId,
    publicId: optionalId,
    adresse: z
      .string()
      .trim()
      .min(1, "Adresse : champ obligatoire.")
      .max(ADDRESS_MAX, `Adresse : ${ADDRESS_MAX} caractères au maximum.`),
    communeCode: z.string().regex(/^\d{5}$/, "Choisissez la commune dans la liste."),
    latitude: coordinate("Latitude"),
    longitude: coordinate("Longitude"),
    coordonneesSource: z.enum(["commune", "manuelle"]).default("commune"),
  })
  .superRefine((v, ctx) => {
    if (!isInLandes(v.latitude, v.longitude)) {
      ctx.addIssue({
        code: "custom",
        path: ["latitude"],
        message:
          "Le point doit se trouver dans les Landes : déplacez le repère ou choisissez à nouveau la commune.",
      });
    }
  });
export type SiteInput = z.output<typeof SiteSchema>;

export const DecisionOrganisationSchema = z
  .object({
    organisationId: id,
    decision: z.enum(["verifier", "refuser"], { error: "Choisissez une décision." }),
    motif: z.string().trim().max(MOTIF_MAX, `Motif : ${MOTIF_MAX} caractères au maximum.`).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "refuser" && !v.motif) {
      ctx.addIssue({
        code: "custom",
        path: ["motif"],
        message: "Indiquez le motif du refus : il sera transmis à l'organisation.",
      });
    }
  });

/** The training body's declaration number (NDA); empty clears it. */
export const NumeroActiviteSchema = z.object({
  organisationId: id,
  numeroActivite: z
    .string()
    .max(40, "Numéro de déclaration d'activité : 11 chiffres attendus.")
    .transform(compactIdentifier)
    .refine(
      (v) => v === "" || numeroActiviteValid(v),
      "Numéro de déclaration d'activité : 11 chiffres attendus, par exemple 75 40 01234 40.",
    )
    .transform((v) => v || null),
});
export type NumeroActiviteInput = z.output<typeof NumeroActiviteSchema>;
