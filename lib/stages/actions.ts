"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  CandidatureIdSchema,
  CandidatureSchema,
  DecisionStageSchema,
  OffreIdSchema,
  RefusCandidatureSchema,
  SignalementSchema,
  StageOffreSchema,
  TraitementSignalementSchema,
} from "@/lib/stages/schemas";
import {
  acceptCandidature,
  applyToStage,
  archiveStageOffre,
  decideStageOffre,
  handleSignalement,
  refuseCandidature,
  reportStageOffre,
  saveStageOffre,
  withdrawCandidature,
} from "@/lib/stages/mutations";

export const enregistrerStage = defineAction({
  access: "employeur",
  schema: StageOffreSchema,
  run: async ({ user, input }) => {
    const id = await saveStageOffre(user, input);
    revalidatePath("/espace-employeur");
    revalidatePath("/carte");
    return { redirectTo: `/espace-employeur/stages/${id}?enregistre=${input.intent}` };
  },
});

export const archiverStage = defineAction({
  access: "employeur",
  schema: OffreIdSchema,
  run: async ({ user, input }) => {
    await archiveStageOffre(user, input.offreId);
    revalidatePath("/espace-employeur");
    return { message: "L'offre est archivée : elle n'apparaît plus sur la carte." };
  },
});

export const deciderStage = defineAction({
  access: "staff",
  schema: DecisionStageSchema,
  run: async ({ user, input }) => {
    await decideStageOffre(user, input);
    revalidatePath("/moderation/stages");
    revalidatePath("/carte");
    return {
      redirectTo: `/moderation/stages?decision=${input.decision === "approuver" ? "publiee" : "refusee"}`,
    };
  },
});

export const signalerStage = defineAction({
  access: "user",
  schema: SignalementSchema,
  run: async ({ user, input }) => {
    await reportStageOffre(user, input);
    return { message: "Merci : votre signalement a été transmis à l'équipe de l'institut." };
  },
});

export const traiterSignalement = defineAction({
  access: "staff",
  schema: TraitementSignalementSchema,
  run: async ({ user, input }) => {
    await handleSignalement(user, input);
    revalidatePath("/moderation/signalements");
    revalidatePath("/carte");
    return { redirectTo: `/moderation/signalements?traitement=${input.action}` };
  },
});

export const candidater = defineAction({
  access: "apprenant",
  schema: CandidatureSchema,
  run: async ({ user, input }) => {
    await applyToStage(user, input);
    revalidatePath("/espace-apprenant/candidatures");
    return { redirectTo: "/espace-apprenant/candidatures?envoyee=1" };
  },
});

export const accepterCandidature = defineAction({
  access: "employeur",
  schema: CandidatureIdSchema,
  run: async ({ user, input }) => {
    await acceptCandidature(user, input.candidatureId);
    revalidatePath("/espace-employeur");
    revalidatePath("/carte");
    return { message: "Candidature acceptée : l'apprenant·e est prévenu·e et une place est réservée." };
  },
});

export const refuserCandidature = defineAction({
  access: "employeur",
  schema: RefusCandidatureSchema,
  run: async ({ user, input }) => {
    await refuseCandidature(user, input);
    revalidatePath("/espace-employeur");
    return { message: "Candidature refusée : l'apprenant·e est prévenu·e avec le motif." };
  },
});

export const retirerCandidature = defineAction({
  access: "apprenant",
  schema: CandidatureIdSchema,
  run: async ({ user, input }) => {
    await withdrawCandidature(user, input.candidatureId);
    revalidatePath("/espace-apprenant/candidatures");
    return { message: "Votre candidature est retirée." };
  },
});
