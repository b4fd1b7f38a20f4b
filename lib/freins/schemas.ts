import { z } from "zod";
import "@/lib/validation/zod-fr";
import { asList, checkboxField, idField, optionalTextField, textField } from "@/lib/validation/fields";
import { todayInParis } from "@/lib/dates";
import {
  BESOINS,
  CANAUX,
  DESCRIPTION_MAX,
  MESSAGE_MAX,
  MOTIF_MAX,
  NOTE_MAX,
  STATUTS_AGENT,
  TELEPHONE_MAX,
  URGENCES,
} from "@/lib/freins/constants";
import { FreinsErrors } from "@/lib/freins/errors";

/** A French phone number typed with or without spaces, dots or dashes. */
export const PHONE_PATTERN = /^(?:\+33|0)[1-9](?:\d{8})$/;
export const normalisePhone = (v: string) => v.replace(/[\s.-]/g, "");

const isoDay = z.iso.date();

export const DemandeSchema = z
  .object({
    besoins: z.preprocess(asList, z.array(z.string())),
    communeCode: z.string().optional(),
    debut: z.string().optional(),
    fin: z.string().optional(),
    urgence: z.enum(URGENCES, { error: "Choisissez le degré d'urgence." }),
    description: textField("Description de votre besoin", DESCRIPTION_MAX),
    canalContact: z.enum(CANAUX, { error: "Choisissez comment vous préférez être contacté·e." }),
    telephone: optionalTextField("Téléphone", TELEPHONE_MAX),
    consentement: checkboxField,
  })
  // Runs even when other fields are invalid, so every problem shows in one round.
  .superRefine(
    (v, ctx) => {
      const add = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      const besoins = asList(v.besoins);
      if (besoins.length === 0) add("besoins", "Choisissez au moins un besoin.");
      else if (besoins.some((b) => !(BESOINS as readonly string[]).includes(b)))
        add("besoins", "Choisissez les besoins dans la liste.");
      const commune = typeof v.communeCode === "string" ? v.communeCode.trim() : "";
      if (!commune) add("communeCode", "Choisissez la commune où se pose le besoin.");
      // Every Landes commune's INSEE code starts with 40; the mutation checks the commune exists.
      else if (!/^40\d{3}$/.test(commune)) add("communeCode", FreinsErrors.CommuneHorsLandes);
      const debutOk = isoDay.safeParse(v.debut).success;
      const finOk = isoDay.safeParse(v.fin).success;
      if (!debutOk) add("debut", "Date de début : indiquez une date valide (jj/mm/aaaa).");
      if (!finOk) add("fin", "Date de fin : indiquez une date valide (jj/mm/aaaa).");
      if (debutOk && finOk && v.fin! < v.debut!)
        add("fin", "La date de fin doit être après la date de début.");
      else if (finOk && v.fin! < todayInParis()) add("fin", "Cette période est déjà passée.");
      const telephone = typeof v.telephone === "string" ? normalisePhone(v.telephone) : "";
      if (v.canalContact === "telephone" && !telephone)
        add("telephone", "Indiquez le numéro auquel la cellule peut vous appeler.");
      else if (telephone && !PHONE_PATTERN.test(telephone))
        add("telephone", "Téléphone : numéro français attendu, par exemple 06 12 34 56 78.");
      const consent = v.consentement === true || (v.consentement as unknown) === "on";
      if (!consent)
        add(
          "consentement",
          "Cochez la case de consentement : sans votre accord, la demande ne peut pas être transmise à la cellule locale.",
        );
    },
    { when: () => true },
  )
  .transform((v) => ({
    besoins: [...new Set(v.besoins)] as (typeof BESOINS)[number][],
    communeCode: (v.communeCode ?? "").trim(),
    debut: v.debut!,
    fin: v.fin!,
    urgence: v.urgence,
    description: v.description,
    canalContact: v.canalContact,
    // The number is only kept when the learner chose to be called.
    telephone: v.canalContact === "telephone" && v.telephone ? normalisePhone(v.telephone) : undefined,
  }));
export type DemandeInput = z.output<typeof DemandeSchema>;

export const DemandeIdSchema = z.object({ demandeId: idField });

export const MessageSchema = z.object({ demandeId: idField, contenu: textField("Message", MESSAGE_MAX) });
export type MessageInput = z.output<typeof MessageSchema>;

export const NoteSchema = z.object({ demandeId: idField, contenu: textField("Note interne", NOTE_MAX) });
export type NoteInput = z.output<typeof NoteSchema>;

export const StatutSchema = z
  .object({
    demandeId: idField,
    statut: z.enum(STATUTS_AGENT, { error: "Choisissez le nouveau statut." }),
    motif: optionalTextField("Motif", MOTIF_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.statut === "sans_solution" && !v.motif) {
      ctx.addIssue({
        code: "custom",
        path: ["motif"],
        message: "Indiquez pourquoi aucune solution n'a été trouvée : l'apprenant·e en sera informé·e.",
      });
    }
  });
export type StatutInput = z.output<typeof StatutSchema>;
