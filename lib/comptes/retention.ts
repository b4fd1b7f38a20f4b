// Deletion of an account and what goes with it (RGPD art. 17). Takes the transaction as a
// parameter (no server-only import): used by "supprimer mon compte" and by `npm run rgpd:purger`,
// which also applies the other retention periods.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { accountKey } from "@/lib/auth/keys";
import { STATUTS_CLOS } from "@/lib/freins/constants";
import { anonymiseDemandeList, anonymiseDemandesCloses } from "@/lib/freins/retention";
import { releasePlace } from "@/lib/stages/places";

export const DESCRIPTION_COMPTE_SUPPRIME = "Demande anonymisée à la suppression du compte.";

/**
 * Deletes the account `userId` inside `tx`: their help requests are closed and anonymised (the
 * cell's figures keep needs, territory and dates), accepted applications give their place back,
 * and an organisation left with no member keeps its data but its offers and resources are archived
 * and it leaves the directory. `reason` goes to the audit entry, which names no one.
 */
export async function deleteAccount(
  tx: Prisma.TransactionClient,
  userId: string,
  reason: string | null,
  now: Date = new Date(),
): Promise<void> {
  const account = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, memberships: { select: { organisationId: true } } },
  });
  const { email, memberships } = account;
  const demandes = await tx.demandeAide.findMany({
    where: { apprenantId: userId },
    select: { id: true, statut: true },
  });
  const ids = demandes.map((d) => d.id);
  const ouvertes = demandes
    .filter((d) => !(STATUTS_CLOS as readonly string[]).includes(d.statut))
    .map((d) => d.id);
  await tx.ressourceProposition.updateMany({
    where: { demandeId: { in: ids }, statut: "proposee" },
    data: { statut: "annulee", decideeAt: now },
  });
  await tx.demandeAide.updateMany({
    where: { id: { in: ouvertes } },
    data: { statut: "abandonnee", clotureAt: now },
  });
  await anonymiseDemandeList(tx, ids, DESCRIPTION_COMPTE_SUPPRIME, now);

  const acceptees = await tx.candidature.findMany({
    where: { apprenantId: userId, statut: "acceptee" },
    select: { offreId: true },
  });
  for (const { offreId } of acceptees) await releasePlace(tx, offreId);

  for (const { organisationId } of memberships) {
    const others = await tx.organisationMember.count({
      where: { organisationId, userId: { not: userId } },
    });
    if (others > 0) continue;
    // No one left to answer for these offers: they stop being public, the records stay.
    await tx.stageOffre.updateMany({
      where: { organisationId, statut: { in: ["brouillon", "soumise", "publiee"] } },
      data: { statut: "archivee" },
    });
    await tx.offreFormation.updateMany({
      where: { organisationId, statut: { in: ["brouillon", "soumise", "publiee"] } },
      data: { statut: "archivee" },
    });
    await tx.ressource.updateMany({
      where: { organisationId, statut: { in: ["brouillon", "soumise", "publiee"] } },
      data: { statut: "archivee" },
    });
    await tx.organisation.update({ where: { id: organisationId }, data: { annuaireVisible: false } });
  }

  await tx.loginAttempt.deleteMany({ where: { key: accountKey(email) } });
  // The trace of the deletion names no one: the id is that of a record that no longer exists.
  await tx.auditLog.create({
    data: { actorId: null, action: "compte.suppression", entityType: "User", entityId: userId, reason },
  });
  await tx.user.delete({ where: { id: userId } });
}

/** Retention periods applied by `npm run rgpd:purger`, shown on the "données personnelles" page. */
export const RETENTION = {
  comptesInactifsAns: 3,
  tentativesConnexionHeures: 24,
  journalAns: 5,
} as const;

export type PurgeResult = {
  comptes: number;
  tentativesConnexion: number;
  liensReinitialisation: number;
  journal: number;
  demandes: number;
};

/**
 * Applies every retention period at `now`: accounts unused for 3 years (except staff), sign-in
 * attempts older than 24 hours, used or expired password-reset links, audit entries older than
 * 5 years, and closed help requests past `demandesMois` (anonymised). Idempotent.
 */
export async function purgeExpiredData(
  db: PrismaClient,
  demandesMois: number,
  now: Date = new Date(),
): Promise<PurgeResult> {
  const yearsAgo = (n: number) => {
    const d = new Date(now);
    d.setUTCFullYear(d.getUTCFullYear() - n);
    return d;
  };
  const inactiveSince = yearsAgo(RETENTION.comptesInactifsAns);
  const inactifs = await db.user.findMany({
    where: {
      NOT: { roles: { has: "staff" } },
      OR: [
        { derniereConnexionAt: { lt: inactiveSince } },
        { derniereConnexionAt: null, createdAt: { lt: inactiveSince } },
      ],
    },
    select: { id: true },
  });
  // One transaction per account: a failure leaves the others done and this one untouched.
  for (const { id } of inactifs) {
    await db.$transaction((tx) =>
      deleteAccount(tx, id, `compte inutilisé depuis ${RETENTION.comptesInactifsAns} ans`, now),
    );
  }
  const [tentatives, liens, journal] = await db.$transaction([
    db.loginAttempt.deleteMany({
      where: { createdAt: { lt: new Date(now.getTime() - RETENTION.tentativesConnexionHeures * 3_600_000) } },
    }),
    db.passwordResetToken.deleteMany({
      where: { OR: [{ usedAt: { not: null } }, { expiresAt: { lt: now } }] },
    }),
    db.auditLog.deleteMany({ where: { createdAt: { lt: yearsAgo(RETENTION.journalAns) } } }),
  ]);
  const demandes = await anonymiseDemandesCloses(db, demandesMois, now);
  return {
    comptes: inactifs.length,
    tentativesConnexion: tentatives.count,
    liensReinitialisation: liens.count,
    journal: journal.count,
    demandes,
  };
}
