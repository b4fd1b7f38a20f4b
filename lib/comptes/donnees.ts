import "server-only";
import { accountKey } from "@/lib/auth/keys";
import { db } from "@/lib/db";

// "Mes données" (RGPD art. 15 and 20): everything the portal holds about one person, as JSON.
// Internal notes of the local cell about the person's requests are included: they are personal data.

/** All the records about `userId`, without secrets (password hash, reset tokens). Null if no such user. */
export async function getMesDonnees(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      prenom: true,
      nom: true,
      roles: true,
      createdAt: true,
      updatedAt: true,
      memberships: {
        select: {
          createdAt: true,
          organisation: { select: { id: true, nom: true, type: true, siret: true } },
        },
      },
      candidatures: {
        select: {
          id: true,
          createdAt: true,
          statut: true,
          message: true,
          organismeFormation: true,
          periodeDebut: true,
          periodeFin: true,
          motifRefus: true,
          offre: { select: { id: true, titre: true } },
          diplome: { select: { intitule: true } },
        },
      },
      signalements: {
        select: { id: true, createdAt: true, motif: true, commentaire: true, statut: true, offreId: true },
      },
      favoris: { select: { createdAt: true, offreFormationId: true, stageOffreId: true } },
      notifications: { select: { createdAt: true, titre: true, message: true, lien: true, lueAt: true } },
      demandesAide: {
        select: {
          id: true,
          createdAt: true,
          statut: true,
          besoins: true,
          communeCode: true,
          contexte: true,
          debut: true,
          fin: true,
          urgence: true,
          description: true,
          canalContact: true,
          telephone: true,
          consentementAt: true,
          clotureAt: true,
          messages: { select: { createdAt: true, contenu: true, auteurId: true } },
          notes: { select: { createdAt: true, contenu: true } },
          propositions: {
            select: { createdAt: true, statut: true, debut: true, fin: true, ressourceId: true },
          },
        },
      },
      familleAccueil: {
        select: { communeCode: true, presentation: true, telephone: true, statut: true, createdAt: true },
      },
      ressources: {
        select: {
          id: true,
          type: true,
          titre: true,
          description: true,
          communeCode: true,
          adresse: true,
          statut: true,
        },
      },
      collegeMemberships: {
        select: { createdAt: true, statut: true, motivation: true, college: { select: { nom: true } } },
      },
      collegeDemandes: {
        select: {
          createdAt: true,
          statut: true,
          motivation: true,
          organisationId: true,
          college: { select: { nom: true } },
        },
      },
      bonnesPratiques: { select: { id: true, createdAt: true, titre: true, statut: true } },
      celluleAgents: { select: { createdAt: true, cellule: { select: { nom: true } } } },
      auditLogs: {
        select: { createdAt: true, action: true, entityType: true, entityId: true, reason: true },
      },
    },
  });
  if (!user) return null;
  const connexions = await db.loginAttempt.findMany({
    where: { key: accountKey(user.email) },
    select: { createdAt: true, success: true },
    orderBy: { createdAt: "desc" },
  });
  const { auditLogs, ...rest } = user;
  return { ...rest, decisionsEtActions: auditLogs, tentativesDeConnexion: connexions };
}
