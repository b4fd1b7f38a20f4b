"use server";

import { cookies } from "next/headers";
import { defineAction } from "@/lib/actions/define-action";
import { sendMail } from "@/lib/mail";
import {
  DemandeReinitialisationSchema,
  InscriptionApprenantSchema,
  InscriptionOrganisationSchema,
  ReinitialisationSchema,
  SuppressionCompteSchema,
} from "@/lib/comptes/schemas";
import { deleteMonCompte } from "@/lib/comptes/suppression";
import {
  createApprenant,
  createOrganisationAccount,
  requestPasswordReset,
  resetPassword,
} from "@/lib/comptes/mutations";

export const inscrireApprenant = defineAction({
  access: "public",
  schema: InscriptionApprenantSchema,
  run: async ({ input }) => {
    await createApprenant(input);
    return { redirectTo: "/connexion?inscription=apprenant" };
  },
});

export const inscrireOrganisation = defineAction({
  access: "public",
  schema: InscriptionOrganisationSchema,
  run: async ({ input }) => {
    await createOrganisationAccount(input);
    await sendMail(input.email, {
      subject: "Votre inscription est en cours de vérification",
      greeting: `Bonjour ${input.prenom},`,
      paragraphs: [
        `Nous avons bien reçu l'inscription de « ${input.organisationNom} » sur le guichet numérique de l'IFLTS.`,
        "L'équipe de l'institut vérifie chaque organisation avant qu'elle puisse publier. Vous recevrez un message dès que ce sera fait. Vous pouvez déjà vous connecter et décrire vos sites.",
      ],
    });
    return { redirectTo: "/connexion?inscription=organisation" };
  },
});

export const demanderReinitialisation = defineAction({
  access: "public",
  schema: DemandeReinitialisationSchema,
  run: async ({ input }) => {
    await requestPasswordReset(input.email);
    // Same answer whether the account exists or not.
    return {
      message:
        "Si un compte existe avec cette adresse, un lien de réinitialisation vient de lui être envoyé. Il est valable une heure.",
    };
  },
});

export const reinitialiserMotDePasse = defineAction({
  access: "public",
  schema: ReinitialisationSchema,
  run: async ({ input }) => {
    await resetPassword(input.token, input.password);
    return { redirectTo: "/connexion?reinitialisation=ok" };
  },
});

export const supprimerMonCompte = defineAction({
  access: "user",
  schema: SuppressionCompteSchema,
  run: async ({ user, input }) => {
    await deleteMonCompte(user, input.password);
    // The session cookie would name a deleted account: remove it (both names next-auth may use).
    const jar = await cookies();
    for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) jar.delete(name);
    return { redirectTo: "/compte-supprime" };
  },
});
