import { z } from "zod";
import "@/lib/validation/zod-fr";
import {
  asList,
  checkboxField,
  idField,
  integerField,
  requiredIdField,
  optionalIdField,
  optionalTextField,
  textField,
} from "@/lib/validation/fields";
import { formacodeValid } from "@/lib/validation/identifiants";
import {
  DUREE_HEURES_MAX,
  FORMATION_COURT_MAX,
  FORMATION_TEXTE_MAX,
  FORMATION_TITRE_MAX,
  MOTIF_MAX,
  MODALITE_LABELS,
  PUBLICS_VISES_MAX,
  RYTHME_DETAIL_MAX,
  RYTHME_LABELS,
  SESSION_PLACES_MAX,
  SESSIONS_MAX,
  URL_MAX,
  type Modalite,
  type Rythme,
} from "@/lib/formations/constants";

const hours = (label: string, min: number) => integerField(label, min, DUREE_HEURES_MAX);

/**
 * The public aimed at, as FORMACODE codes typed in one field ("80006 81050", any separator):
 * 1 to 10 codes of 5 digits, duplicates dropped.
 */
export const codesPublicViseField = z
  .string({ error: "Public visé : indiquez au moins un code FORMACODE." })
  .max(200, `Public visé : ${PUBLICS_VISES_MAX} codes au maximum.`)
  .transform((v) => [...new Set(v.split(/[\s,;]+/).filter(Boolean))])
  .superRefine((codes, ctx) => {
    const bad = codes.find((c) => !formacodeValid(c));
    if (bad)
      ctx.addIssue({
        code: "custom",
        message: `Public visé : « ${bad.slice(0, 20)} » n'est pas un code FORMACODE (5 chiffres).`,
      });
    else if (codes.length === 0)
      ctx.addIssue({ code: "custom", message: "Public visé : indiquez au moins un code FORMACODE." });
    else if (codes.length > PUBLICS_VISES_MAX)
      ctx.addIssue({ code: "custom", message: `Public visé : ${PUBLICS_VISES_MAX} codes au maximum.` });
  });

export type SessionInput = {
  siteId: string;
  debut: string;
  fin: string;
  dateLimiteCandidature?: string;
  places: number;
  rythme: Rythme;
  rythmeDetail?: string;
};

const SESSION_FIELDS = [
  "sessionSiteId",
  "sessionDebut",
  "sessionFin",
  "sessionLimite",
  "sessionPlaces",
  "sessionRythme",
  "sessionRythmeDetail",
] as const;

/** Pairs the repeated session inputs into sessions and lists what is wrong with them, in French. */
export function readSessions(raw: Record<string, unknown>): { sessions: SessionInput[]; problems: string[] } {
  const cols = Object.fromEntries(SESSION_FIELDS.map((k) => [k, asList(raw[k])])) as Record<
    (typeof SESSION_FIELDS)[number],
    string[]
  >;
  const rows = Math.max(...SESSION_FIELDS.map((k) => cols[k].length), 0);
  const day = (d: string) => z.iso.date().safeParse(d).success;
  const sessions: SessionInput[] = [];
  const problems: string[] = [];
  for (let i = 0; i < rows; i++) {
    const siteId = cols.sessionSiteId[i] ?? "";
    const debut = cols.sessionDebut[i] ?? "";
    const fin = cols.sessionFin[i] ?? "";
    const limite = cols.sessionLimite[i] ?? "";
    const placesText = cols.sessionPlaces[i] ?? "";
    const rythme = cols.sessionRythme[i] ?? "";
    const rythmeDetail = (cols.sessionRythmeDetail[i] ?? "").trim();
    if (!debut && !fin && !limite && !placesText) continue; // an empty row left in the form
    const n = `Session ${i + 1}`;
    const places = Number(placesText);
    const before = problems.length;
    if (!idField.safeParse(siteId).success) problems.push(`${n} : choisissez le site.`);
    if (!day(debut) || !day(fin))
      problems.push(`${n} : indiquez une date de début et une date de fin valides.`);
    else if (fin < debut) problems.push(`${n} : la date de fin doit être après la date de début.`);
    if (limite && !day(limite)) problems.push(`${n} : date limite de candidature invalide.`);
    else if (limite && day(debut) && limite > debut)
      problems.push(`${n} : la date limite de candidature doit précéder le début de la session.`);
    if (!Number.isInteger(places) || places < 1) problems.push(`${n} : au moins 1 place.`);
    else if (places > SESSION_PLACES_MAX) problems.push(`${n} : au plus ${SESSION_PLACES_MAX} places.`);
    if (!(rythme in RYTHME_LABELS)) problems.push(`${n} : choisissez le rythme.`);
    if (rythmeDetail.length > RYTHME_DETAIL_MAX)
      problems.push(`${n} : précisions sur le rythme, ${RYTHME_DETAIL_MAX} caractères au maximum.`);
    if (problems.length === before) {
      sessions.push({
        siteId,
        debut,
        fin,
        dateLimiteCandidature: limite || undefined,
        places,
        rythme: rythme as Rythme,
        rythmeDetail: rythmeDetail || undefined,
      });
    }
  }
  if (sessions.length === 0 && problems.length === 0) problems.push("Ajoutez au moins une session.");
  if (sessions.length > SESSIONS_MAX) problems.push(`${SESSIONS_MAX} sessions au maximum.`);
  return { sessions, problems };
}

const OffreFormationFields = {
  organisationId: idField,
  offreId: optionalIdField,
  intent: z.enum(["brouillon", "soumettre"]).default("brouillon"),
  diplomeId: requiredIdField("Choisissez le diplôme préparé."),
  titre: textField("Intitulé", FORMATION_TITRE_MAX),
  modalite: z.enum(Object.keys(MODALITE_LABELS) as [Modalite, ...Modalite[]], {
    error: "Choisissez la modalité.",
  }),
  description: textField("Présentation", FORMATION_TEXTE_MAX),
  dureeHeures: hours("Durée totale (heures)", 1),
  heuresStage: hours("Heures de stage", 0),
  prerequis: textField("Prérequis", FORMATION_TEXTE_MAX),
  selection: textField("Modalités de sélection", FORMATION_TEXTE_MAX),
  couts: textField("Coût et financements", FORMATION_TEXTE_MAX),
  financeRegion: checkboxField,
  cpf: checkboxField,
  apprentissage: checkboxField,
  accessibiliteContact: textField("Référent handicap", FORMATION_COURT_MAX),
  contact: textField("Contact", FORMATION_COURT_MAX),
  lienOrganisme: optionalTextField("Lien vers la page de l'organisme", URL_MAX).pipe(
    z.url({ protocol: /^https?$/, error: "Lien : adresse web complète attendue (https://…)." }).optional(),
  ),
  codesPublicVise: codesPublicViseField,
};

export const OffreFormationSchema = z
  // Loose: the repeated session inputs are read by readSessions(), not declared one by one.
  .looseObject(OffreFormationFields)
  // Runs even when other fields are invalid, so every problem shows in one round (`when`).
  .superRefine(
    (v, ctx) => {
      for (const message of readSessions(v).problems)
        ctx.addIssue({ code: "custom", path: ["sessions"], message });
      const total = Number(v.dureeHeures);
      const stage = Number(v.heuresStage);
      if (Number.isInteger(total) && Number.isInteger(stage) && stage > total) {
        ctx.addIssue({
          code: "custom",
          path: ["heuresStage"],
          message: "Les heures de stage ne peuvent pas dépasser la durée totale.",
        });
      }
    },
    { when: () => true },
  )
  .transform((v) => {
    const known = Object.fromEntries(
      Object.keys(OffreFormationFields).map((k) => [k, v[k as keyof typeof v]]),
    );
    return {
      ...(known as z.output<z.ZodObject<typeof OffreFormationFields>>),
      sessions: readSessions(v).sessions,
    };
  });
export type OffreFormationInput = z.output<typeof OffreFormationSchema>;

export const FormationIdSchema = z.object({ offreId: idField });

export const DecisionFormationSchema = z
  .object({
    offreId: idField,
    decision: z.enum(["approuver", "refuser"], { error: "Choisissez une décision." }),
    motif: optionalTextField("Motif", MOTIF_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "refuser" && !v.motif) {
      ctx.addIssue({
        code: "custom",
        path: ["motif"],
        message: "Indiquez le motif du refus : il sera transmis à l'organisme.",
      });
    }
  });
