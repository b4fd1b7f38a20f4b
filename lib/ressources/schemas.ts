import { z } from "zod";
import "@/lib/validation/zod-fr";
import {
  idField as id,
  integerField as integer,
  optionalIdField as optionalId,
  optionalTextField as optionalText,
  textField as text,
} from "@/lib/validation/fields";
import { firstValue, parseFields, type RawParams } from "@/lib/search-params";
import {
  ADRESSE_MAX,
  CAPACITE_MAX,
  CONDITIONS_MAX,
  DESCRIPTION_MAX,
  EQUIPEMENTS_MAX,
  MATCHING_RAYON_DEFAUT_KM,
  MATCHING_RAYONS_KM,
  MESSAGE_MAX,
  MOBILITE_TYPES,
  MOTIF_MAX,
  PRESENTATION_MAX,
  PRIX_MAX,
  RESSOURCE_TYPES,
  TELEPHONE_MAX,
  TITRE_MAX,
} from "@/lib/ressources/constants";

/** A commune code of the Landes (INSEE 40xxx); the mutation also checks it exists. */
const communeLandes = z
  .string({ error: "Choisissez la commune dans la liste." })
  .trim()
  .min(1, "Choisissez la commune dans la liste.")
  // Only once something is chosen: an empty choice gets one message, not two.
  .pipe(z.string().regex(/^40\d{3}$/, "Choisissez une commune des Landes dans la liste."));

/** An optional "YYYY-MM-DD" date; empty counts as absent. */
const optionalDay = (label: string) =>
  z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined)
    .pipe(z.iso.date({ error: `${label} : date invalide (format attendu : jj/mm/aaaa).` }).optional());

const day = (label: string) =>
  z.iso.date({ error: `${label} : date invalide (format attendu : jj/mm/aaaa).` });

export const FamilleSchema = z.object({
  communeCode: communeLandes,
  presentation: text("Présentation", PRESENTATION_MAX),
  telephone: optionalText("Téléphone", TELEPHONE_MAX).pipe(
    z
      .string()
      .regex(/^[0-9 +.()-]{6,30}$/, "Téléphone : numéro invalide (chiffres, espaces, + . - autorisés).")
      .optional(),
  ),
});
export type FamilleInput = z.output<typeof FamilleSchema>;

export const RessourceSchema = z
  .object({
    ressourceId: optionalId,
    /** empty: in the person's own name (verified host family) */
    organisationId: optionalId,
    type: z.enum(RESSOURCE_TYPES, { error: "Choisissez le type de ressource." }),
    mobiliteType: z
      .string()
      .optional()
      .transform((v) => v || undefined)
      .pipe(z.enum(MOBILITE_TYPES, { error: "Choisissez le type de mobilité." }).optional()),
    titre: text("Titre", TITRE_MAX),
    description: text("Description", DESCRIPTION_MAX),
    communeCode: communeLandes,
    adresse: optionalText("Adresse exacte", ADRESSE_MAX),
    capacite: integer("Capacité", 1, CAPACITE_MAX),
    disponibleDebut: optionalDay("Disponible à partir du"),
    disponibleFin: optionalDay("Disponible jusqu'au"),
    tarif: z.enum(["gratuit", "payant"], { error: "Indiquez si la ressource est gratuite ou payante." }),
    prix: optionalText("Prix", PRIX_MAX),
    conditions: optionalText("Conditions", CONDITIONS_MAX),
    equipements: optionalText("Équipements", EQUIPEMENTS_MAX),
  })
  // Runs even when other fields are invalid, so every problem shows in one round (`when`).
  .superRefine(
    (v, ctx) => {
      const debut = typeof v.disponibleDebut === "string" ? v.disponibleDebut : undefined;
      const fin = typeof v.disponibleFin === "string" ? v.disponibleFin : undefined;
      if (debut && fin && fin < debut) {
        ctx.addIssue({
          code: "custom",
          path: ["disponibleFin"],
          message: "La fin de disponibilité doit être après le début.",
        });
      }
      if (v.type === "mobilite" && !v.mobiliteType) {
        ctx.addIssue({ code: "custom", path: ["mobiliteType"], message: "Choisissez le type de mobilité." });
      }
      if (v.tarif === "payant" && !v.prix) {
        ctx.addIssue({
          code: "custom",
          path: ["prix"],
          message: "Indiquez le prix, ou choisissez « gratuit ».",
        });
      }
    },
    { when: () => true },
  )
  .transform((v) => ({
    ...v,
    mobiliteType: v.type === "mobilite" ? (v.mobiliteType ?? null) : null,
    gratuit: v.tarif === "gratuit",
    prix: v.tarif === "payant" ? (v.prix ?? null) : null,
    // Equipment describes a training room only.
    equipements: v.type === "salle_formation" ? (v.equipements ?? null) : null,
  }));
export type RessourceInput = z.output<typeof RessourceSchema>;

export const RessourceIdSchema = z.object({ ressourceId: id });

export const DecisionRessourceSchema = z
  .object({
    ressourceId: id,
    decision: z.enum(["approuver", "refuser"], { error: "Choisissez une décision." }),
    motif: optionalText("Motif", MOTIF_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "refuser" && !v.motif) {
      ctx.addIssue({
        code: "custom",
        path: ["motif"],
        message: "Indiquez le motif du refus : il sera transmis à la personne qui propose la ressource.",
      });
    }
  });

export const DecisionFamilleSchema = z
  .object({
    familleId: id,
    decision: z.enum(["approuver", "refuser"], { error: "Choisissez une décision." }),
    motif: optionalText("Motif", MOTIF_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "refuser" && !v.motif) {
      ctx.addIssue({
        code: "custom",
        path: ["motif"],
        message: "Indiquez le motif du refus : il sera transmis à la personne.",
      });
    }
  });

export const PropositionSchema = z
  .object({
    demandeId: id,
    ressourceId: id,
    debut: day("Du"),
    fin: day("Au"),
    message: optionalText("Message", MESSAGE_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.fin < v.debut) {
      ctx.addIssue({ code: "custom", path: ["fin"], message: "La fin doit être après le début." });
    }
  });
export type PropositionInput = z.output<typeof PropositionSchema>;

export const PropositionIdSchema = z.object({ propositionId: id });

/** The matching radius from a page's searchParams: one of the offered values, else the default. */
export function parseMatchingRayon(raw: RawParams): number {
  const value = Number(firstValue(raw, "rayon"));
  return (MATCHING_RAYONS_KM as readonly number[]).includes(value) ? value : MATCHING_RAYON_DEFAUT_KM;
}

/** Filters of the public list /ressources, each parsed on its own (a bad one is ignored and reported). */
export function parseRessourceFilters(raw: RawParams) {
  const { values, issues } = parseFields(raw, {
    type: z.enum(RESSOURCE_TYPES, { error: "valeur non reconnue." }),
    commune: z.string().regex(/^40\d{3}$/, "code INSEE d'une commune des Landes attendu."),
    rayon: z.coerce
      .number({ error: "valeur non reconnue." })
      .refine((n) => (MATCHING_RAYONS_KM as readonly number[]).includes(n), "valeur non reconnue."),
  });
  const filters = {
    type: values.type,
    commune: values.commune,
    rayon: values.commune ? (values.rayon ?? MATCHING_RAYON_DEFAUT_KM) : undefined,
  };
  return { filters, issues };
}
export type RessourceFilters = ReturnType<typeof parseRessourceFilters>["filters"];
