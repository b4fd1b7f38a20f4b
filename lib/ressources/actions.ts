"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  acceptProposition,
  archiveRessource,
  cancelProposition,
  declareFamille,
  decideFamille,
  decideRessource,
  declineProposition,
  proposeRessource,
  saveRessource,
} from "@/lib/ressources/mutations";
import {
  DecisionFamilleSchema,
  DecisionRessourceSchema,
  FamilleSchema,
  PropositionIdSchema,
  PropositionSchema,
  RessourceIdSchema,
  RessourceSchema,
} from "@/lib/ressources/schemas";

export const declarerFamille = defineAction({
  access: "user",
  schema: FamilleSchema,
  run: async ({ user, input }) => {
    await declareFamille(user, input);
    revalidatePath("/mes-ressources");
    return { redirectTo: "/mes-ressources?declaration=envoyee" };
  },
});

export const deciderFamille = defineAction({
  access: "staff",
  schema: DecisionFamilleSchema,
  run: async ({ user, input }) => {
    await decideFamille(user, input);
    revalidatePath("/moderation/familles");
    return {
      redirectTo: `/moderation/familles?decision=${input.decision === "approuver" ? "verifiee" : "refusee"}`,
    };
  },
});

export const enregistrerRessource = defineAction({
  access: "user",
  schema: RessourceSchema,
  run: async ({ user, input }) => {
    const id = await saveRessource(user, input);
    revalidatePath("/mes-ressources");
    revalidatePath("/ressources");
    return { redirectTo: `/mes-ressources/${id}?enregistree=1` };
  },
});

export const archiverRessource = defineAction({
  access: "user",
  schema: RessourceIdSchema,
  run: async ({ user, input }) => {
    await archiveRessource(user, input.ressourceId);
    revalidatePath("/mes-ressources");
    revalidatePath("/ressources");
    return { message: "La ressource est archivée : elle n'est plus proposée." };
  },
});

export const deciderRessource = defineAction({
  access: "staff",
  schema: DecisionRessourceSchema,
  run: async ({ user, input }) => {
    await decideRessource(user, input);
    revalidatePath("/moderation/ressources");
    revalidatePath("/ressources");
    return {
      redirectTo: `/moderation/ressources?decision=${input.decision === "approuver" ? "publiee" : "refusee"}`,
    };
  },
});

export const proposerRessource = defineAction({
  access: ["cellule", "staff"],
  schema: PropositionSchema,
  run: async ({ user, input }) => {
    await proposeRessource(user, input);
    revalidatePath(`/cellule/demandes/${input.demandeId}`);
    return {
      message:
        "La ressource est proposée : l'apprenant·e est prévenu·e et elle est réservée pour la période.",
    };
  },
});

export const annulerProposition = defineAction({
  access: ["cellule", "staff"],
  schema: PropositionIdSchema,
  run: async ({ user, input }) => {
    const demandeId = await cancelProposition(user, input.propositionId);
    revalidatePath(`/cellule/demandes/${demandeId}`);
    return { message: "La proposition est retirée : la ressource est de nouveau disponible." };
  },
});

export const accepterProposition = defineAction({
  access: "apprenant",
  schema: PropositionIdSchema,
  run: async ({ user, input }) => {
    const demandeId = await acceptProposition(user, input.propositionId);
    revalidatePath(`/espace-apprenant/demandes/${demandeId}`);
    return { message: "Vous avez accepté cette solution : vos contacts sont affichés ci-dessous." };
  },
});

export const declinerProposition = defineAction({
  access: "apprenant",
  schema: PropositionIdSchema,
  run: async ({ user, input }) => {
    const demandeId = await declineProposition(user, input.propositionId);
    revalidatePath(`/espace-apprenant/demandes/${demandeId}`);
    return {
      message: "Vous avez décliné cette proposition : votre cellule locale cherche une autre solution.",
    };
  },
});
