"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  DemandeIdSchema,
  DemandeSchema,
  MessageSchema,
  NoteSchema,
  StatutSchema,
} from "@/lib/freins/schemas";
import {
  addDemandeNote,
  changeDemandeStatut,
  createDemande,
  deleteDemande,
  sendMessageAsAgent,
  sendMessageAsApprenant,
  takeChargeDemande,
  withdrawDemande,
} from "@/lib/freins/mutations";

const AGENTS = ["cellule", "staff"] as const;

export const deposerDemande = defineAction({
  access: "apprenant",
  schema: DemandeSchema,
  run: async ({ user, input }) => {
    const id = await createDemande(user, input);
    revalidatePath("/espace-apprenant/demandes");
    revalidatePath("/cellule");
    return { redirectTo: `/espace-apprenant/demandes/${id}?envoyee=1` };
  },
});

export const ecrireMessageApprenant = defineAction({
  access: "apprenant",
  schema: MessageSchema,
  run: async ({ user, input }) => {
    await sendMessageAsApprenant(user, input);
    revalidatePath(`/espace-apprenant/demandes/${input.demandeId}`);
    return { message: "Votre message est envoyé à la cellule locale." };
  },
});

export const retirerDemande = defineAction({
  access: "apprenant",
  schema: DemandeIdSchema,
  run: async ({ user, input }) => {
    await withdrawDemande(user, input.demandeId);
    revalidatePath(`/espace-apprenant/demandes/${input.demandeId}`);
    revalidatePath("/espace-apprenant/demandes");
    return { message: "Votre demande est retirée : la cellule locale ne la traitera plus." };
  },
});

export const supprimerDemande = defineAction({
  access: "apprenant",
  schema: DemandeIdSchema,
  run: async ({ user, input }) => {
    await deleteDemande(user, input.demandeId);
    revalidatePath("/espace-apprenant/demandes");
    return { redirectTo: "/espace-apprenant/demandes?supprimee=1" };
  },
});

export const prendreEnChargeDemande = defineAction({
  access: AGENTS,
  schema: DemandeIdSchema,
  run: async ({ user, input }) => {
    await takeChargeDemande(user, input.demandeId);
    revalidatePath(`/cellule/demandes/${input.demandeId}`);
    revalidatePath("/cellule");
    return { message: "Vous suivez maintenant cette demande." };
  },
});

export const changerStatutDemande = defineAction({
  access: AGENTS,
  schema: StatutSchema,
  run: async ({ user, input }) => {
    await changeDemandeStatut(user, input);
    revalidatePath(`/cellule/demandes/${input.demandeId}`);
    revalidatePath("/cellule");
    return { message: "Le statut est enregistré ; l'apprenant·e est prévenu·e." };
  },
});

export const ecrireMessageAgent = defineAction({
  access: AGENTS,
  schema: MessageSchema,
  run: async ({ user, input }) => {
    await sendMessageAsAgent(user, input);
    revalidatePath(`/cellule/demandes/${input.demandeId}`);
    return { message: "Votre message est envoyé à l'apprenant·e." };
  },
});

export const ajouterNoteDemande = defineAction({
  access: AGENTS,
  schema: NoteSchema,
  run: async ({ user, input }) => {
    await addDemandeNote(user, input);
    revalidatePath(`/cellule/demandes/${input.demandeId}`);
    return { message: "Note interne enregistrée." };
  },
});
