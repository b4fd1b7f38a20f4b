import { z } from "zod";
import "@/lib/validation/zod-fr";
import {
  checkboxField as checkbox,
  idField as id,
  optionalIdField as optionalId,
  optionalTextField as optionalText,
  textField as text,
  asList,
  integerField as integer,
  requiredIdField,
} from "@/lib/validation/fields";
import { todayInParis } from "@/lib/dates";
import {
  DESCRIPTION_MAX,
  DUREE_MAX_SEMAINES,
  MESSAGE_MAX,
  MOTIF_MAX,
  ORGANISME_FORMATION_MAX,
  NIVEAUX,
  PERIODES_MAX,
  PLACES_MAX,
  PLACES_MIN,
  SIGNALEMENT_MOTIFS,
  TEXTE_COURT_MAX,
  TITRE_MAX,
  TUTEUR_MAX,
} from "@/lib/stages/constants";

const isoDay = (label: string) =>
  z.iso.date({ error: `${label} : date invalide (format attendu : jj/mm/aaaa).` });

/** Repeated inputs arrive as a string (one) or an array (several); absent when none. */
const list = <T extends z.ZodType>(item: T) => z.preprocess(asList, z.array(item));

export const StageOffreSchema = z
  .object({
    organisationId: id,
    offreId: optionalId,
    intent: z.enum(["brouillon", "soumettre"]).default("brouillon"),
    siteId: requiredIdField("Choisissez le site du stage."),
    titre: text("Titre", TITRE_MAX),
    description: text("Description", DESCRIPTION_MAX),
    niveau: z.enum(NIVEAUX, { error: "Choisissez l'année ou le niveau visé." }),
    diplomeIds: list(id).refine((v) => v.length > 0, "Choisissez au moins un diplôme ou métier visé."),
    publicId: optionalId,
    categorieId: optionalId,
    touteLAnnee: checkbox,
    periodeDebut: list(z.string()),
    periodeFin: list(z.string()),
    dureeMinSemaines: integer("Durée minimale (semaines)", 1, DUREE_MAX_SEMAINES),
    dureeMaxSemaines: integer("Durée maximale (semaines)", 1, DUREE_MAX_SEMAINES),
    places: integer("Nombre de places", PLACES_MIN, PLACES_MAX),
    tuteurNom: text("Nom du tuteur ou de la tutrice", TUTEUR_MAX),
    tuteurFonction: text("Fonction du tuteur ou de la tutrice", TUTEUR_MAX),
    tuteurContact: text("Contact du tuteur ou de la tutrice", TUTEUR_MAX),
    gratification: checkbox,
    gratificationDetail: optionalText("Précisions sur la gratification", TEXTE_COURT_MAX),
    logement: checkbox,
    sansVoiture: checkbox,
    transportDetail: optionalText("Ligne de bus ou de train", TEXTE_COURT_MAX),
    distanceGareKm: z.preprocess(
      (v) => (typeof v === "string" && v.trim() ? Number(v.replace(",", ".")) : undefined),
      z
        .number({ error: "Distance : nombre attendu." })
        .min(0, "Distance : 0 ou plus.")
        .max(200, "Distance : 200 km au plus.")
        .optional(),
    ),
    permisRequis: checkbox,
    horairesNuit: checkbox,
    horairesWeekend: checkbox,
  })
  // Runs even when other fields are invalid, so every problem shows in one round (`when`).
  .superRefine(
    (v, ctx) => {
      const { problems } = readPeriodes(v);
      for (const message of problems) ctx.addIssue({ code: "custom", path: ["periodes"], message });
      const min = Number(v.dureeMinSemaines);
      const max = Number(v.dureeMaxSemaines);
      if (Number.isInteger(min) && Number.isInteger(max) && max < min) {
        ctx.addIssue({
          code: "custom",
          path: ["dureeMaxSemaines"],
          message: "La durée maximale doit être supérieure ou égale à la durée minimale.",
        });
      }
    },
    { when: () => true },
  )
  .transform((v) => {
    const { periodeDebut: _d, periodeFin: _f, ...rest } = v;
    return { ...rest, periodes: v.touteLAnnee ? [] : readPeriodes(v).periodes };
  });

/** Pairs the repeated date inputs into periods and lists what is wrong with them, in French. */
function readPeriodes(v: { periodeDebut?: unknown; periodeFin?: unknown; touteLAnnee?: unknown }) {
  const debuts = asList(v.periodeDebut);
  const fins = asList(v.periodeFin);
  const touteLAnnee = v.touteLAnnee === true || v.touteLAnnee === "on";
  const periodes: { debut: string; fin: string }[] = [];
  const problems: string[] = [];
  // All year round: the period rows are not used, so a half-filled one must not block saving.
  if (touteLAnnee) return { periodes, problems };
  const today = todayInParis();
  const valid = (d: string) => z.iso.date().safeParse(d).success;
  for (let i = 0; i < Math.max(debuts.length, fins.length); i++) {
    const debut = debuts[i] ?? "";
    const fin = fins[i] ?? "";
    if (!debut && !fin) continue; // an empty row left in the form
    const n = i + 1;
    if (!valid(debut) || !valid(fin))
      problems.push(`Période ${n} : indiquez une date de début et une date de fin valides.`);
    else if (fin < debut) problems.push(`Période ${n} : la date de fin doit être après la date de début.`);
    else if (fin < today) problems.push(`Période ${n} : cette période est déjà passée.`);
    else periodes.push({ debut, fin });
  }
  if (!touteLAnnee && periodes.length === 0 && problems.length === 0) {
    problems.push("Indiquez au moins une période, ou cochez « toute l'année ».");
  }
  if (periodes.length > PERIODES_MAX) problems.push(`${PERIODES_MAX} périodes au maximum.`);
  return { periodes, problems };
}
export type StageOffreInput = z.output<typeof StageOffreSchema>;

export const OffreIdSchema = z.object({ offreId: id });

export const DecisionStageSchema = z
  .object({
    offreId: id,
    decision: z.enum(["approuver", "refuser"], { error: "Choisissez une décision." }),
    motif: optionalText("Motif", MOTIF_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "refuser" && !v.motif) {
      ctx.addIssue({
        code: "custom",
        path: ["motif"],
        message: "Indiquez le motif du refus : il sera transmis à l'employeur.",
      });
    }
  });

export const CandidatureSchema = z
  .object({
    offreId: id,
    message: text("Message", MESSAGE_MAX),
    organismeFormation: text("Organisme de formation", ORGANISME_FORMATION_MAX),
    diplomeId: requiredIdField("Choisissez le diplôme que vous préparez."),
    periodeDebut: isoDay("Début souhaité"),
    periodeFin: isoDay("Fin souhaitée"),
  })
  .superRefine((v, ctx) => {
    if (v.periodeFin < v.periodeDebut) {
      ctx.addIssue({
        code: "custom",
        path: ["periodeFin"],
        message: "La fin souhaitée doit être après le début.",
      });
    }
    if (v.periodeFin < todayInParis()) {
      ctx.addIssue({ code: "custom", path: ["periodeFin"], message: "Cette période est déjà passée." });
    }
  });
export type CandidatureInput = z.output<typeof CandidatureSchema>;

export const CandidatureIdSchema = z.object({ candidatureId: id });

export const RefusCandidatureSchema = z.object({
  candidatureId: id,
  motif: text("Motif du refus", MOTIF_MAX),
});

export const SignalementSchema = z.object({
  offreId: id,
  motif: z.enum(Object.keys(SIGNALEMENT_MOTIFS) as [keyof typeof SIGNALEMENT_MOTIFS], {
    error: "Choisissez un motif.",
  }),
  commentaire: optionalText("Commentaire", MOTIF_MAX),
});

export const TraitementSignalementSchema = z
  .object({
    signalementId: id,
    action: z.enum(["rejeter", "depublier"], { error: "Choisissez une action." }),
    motif: optionalText("Motif", MOTIF_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.action === "depublier" && !v.motif) {
      ctx.addIssue({
        code: "custom",
        path: ["motif"],
        message: "Indiquez pourquoi l'offre est retirée : l'employeur en sera informé.",
      });
    }
  });
