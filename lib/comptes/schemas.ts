import { z } from "zod";
import "@/lib/validation/zod-fr";
import { textField as text } from "@/lib/validation/fields";
import { compactIdentifier, finessFormatValid, siretValid } from "@/lib/validation/identifiants";

export const NAME_MAX = 80;
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
export const ORGANISATION_NAME_MAX = 150;
export const ADDRESS_MAX = 200;

export const EmailSchema = z
  .string({ error: "Indiquez votre adresse e-mail." })
  .trim()
  .toLowerCase()
  .min(1, "Indiquez votre adresse e-mail.")
  .max(EMAIL_MAX, `L'adresse e-mail ne doit pas dépasser ${EMAIL_MAX} caractères.`)
  .pipe(z.email("Adresse e-mail invalide : elle doit ressembler à nom@exemple.fr."));

const NewPasswordSchema = z
  .string({ error: "Choisissez un mot de passe." })
  .min(PASSWORD_MIN, `Le mot de passe doit contenir au moins ${PASSWORD_MIN} caractères.`)
  .max(PASSWORD_MAX, `Le mot de passe ne doit pas dépasser ${PASSWORD_MAX} caractères.`);

const consent = z.literal("on", {
  error: "Vous devez accepter les conditions d'utilisation pour créer un compte.",
});

function passwordsMatch<T extends { password: string; passwordConfirm: string }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  if (value.password !== value.passwordConfirm) {
    ctx.addIssue({
      code: "custom",
      path: ["passwordConfirm"],
      message: "Les deux mots de passe ne sont pas identiques.",
    });
  }
}

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Indiquez votre mot de passe.").max(PASSWORD_MAX),
});

const PersonFields = {
  prenom: text("Prénom", NAME_MAX),
  nom: text("Nom", NAME_MAX),
  email: EmailSchema,
  password: NewPasswordSchema,
  passwordConfirm: z.string({ error: "Confirmez le mot de passe." }),
  conditions: consent,
};

export const InscriptionApprenantSchema = z.object(PersonFields).superRefine(passwordsMatch);
export type InscriptionApprenantInput = z.output<typeof InscriptionApprenantSchema>;

export const ORGANISATION_TYPES = {
  employeur: "Employeur (établissement ou service social et médico-social)",
  organisme_formation: "Organisme de formation",
} as const;

export const InscriptionOrganisationSchema = z
  .object({
    ...PersonFields,
    type: z.enum(["employeur", "organisme_formation"], { error: "Choisissez le type d'organisation." }),
    organisationNom: text("Nom de l'organisation", ORGANISATION_NAME_MAX),
    siret: z
      .string({ error: "Indiquez le numéro SIRET." })
      .transform(compactIdentifier)
      .superRefine((v, ctx) => {
        // One message at a time, the most basic first.
        const message = !v
          ? "Indiquez le numéro SIRET."
          : !/^\d{14}$/.test(v)
            ? "Le SIRET comporte 14 chiffres."
            : !siretValid(v)
              ? "Ce numéro SIRET n'est pas valide (clé de contrôle incorrecte) : vérifiez-le."
              : undefined;
        if (message) ctx.addIssue({ code: "custom", message });
      }),
    finess: z
      .string()
      .optional()
      .transform((v) => (v ? compactIdentifier(v) : undefined))
      .refine(
        (v) => v === undefined || finessFormatValid(v),
        "Le numéro FINESS comporte 9 caractères, dont le numéro de département (ex. 400000123).",
      ),
    adresse: text("Adresse", ADDRESS_MAX),
    communeCode: z
      .string({ error: "Choisissez la commune." })
      .regex(/^\d{5}$/, "Choisissez la commune dans la liste."),
  })
  .superRefine(passwordsMatch);
export type InscriptionOrganisationInput = z.output<typeof InscriptionOrganisationSchema>;

export const DemandeReinitialisationSchema = z.object({ email: EmailSchema });

export const ReinitialisationSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "Ce lien de réinitialisation n'est pas valide."),
    password: NewPasswordSchema,
    passwordConfirm: z.string({ error: "Confirmez le mot de passe." }),
  })
  .superRefine(passwordsMatch);

export const SuppressionCompteSchema = z.object({
  password: z
    .string({ error: "Saisissez votre mot de passe pour confirmer." })
    .min(1, "Saisissez votre mot de passe pour confirmer.")
    .max(PASSWORD_MAX),
  confirmation: z.literal("on", {
    error: "Cochez la case pour confirmer que vous comprenez que la suppression est définitive.",
  }),
});
export type SuppressionCompteInput = z.infer<typeof SuppressionCompteSchema>;
