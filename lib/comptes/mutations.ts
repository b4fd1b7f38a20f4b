import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/actions/result";
import { hashPassword } from "@/lib/auth/password";
import { sendMail } from "@/lib/mail";
import { ComptesErrors } from "@/lib/comptes/errors";
import type { InscriptionApprenantInput, InscriptionOrganisationInput } from "@/lib/comptes/schemas";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

function isUniqueViolation(error: unknown, field: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  // The pg adapter reports the constraint's fields in meta.target or in the driver error.
  return JSON.stringify(error.meta ?? {}).includes(field);
}

/** Creates a learner account. Throws EmailDejaUtilise on a duplicate e-mail. */
export async function createApprenant(input: InscriptionApprenantInput): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, prenom: input.prenom, nom: input.nom, passwordHash, roles: ["apprenant"] },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw new DomainError(ComptesErrors.EmailDejaUtilise, "email");
    throw error;
  }
}

/** Creates the representative's account and the organisation, pending verification, in one transaction. */
export async function createOrganisationAccount(
  input: InscriptionOrganisationInput,
): Promise<{ userId: string; organisationId: string }> {
  const commune = await db.commune.findUnique({ where: { code: input.communeCode }, select: { code: true } });
  if (!commune) throw new DomainError(ComptesErrors.CommuneInconnue, "communeCode");
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, prenom: input.prenom, nom: input.nom, passwordHash, roles: [] },
        select: { id: true },
      });
      const organisation = await tx.organisation.create({
        data: {
          type: input.type,
          nom: input.organisationNom,
          siret: input.siret,
          finess: input.finess ?? null,
          adresse: input.adresse,
          communeCode: input.communeCode,
          members: { create: { userId: user.id } },
        },
        select: { id: true },
      });
      return { userId: user.id, organisationId: organisation.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw new DomainError(ComptesErrors.EmailDejaUtilise, "email");
    if (isUniqueViolation(error, "siret")) throw new DomainError(ComptesErrors.SiretDejaInscrit, "siret");
    throw error;
  }
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Sends a single-use reset link if the account exists; says nothing either way. */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, prenom: true, email: true },
  });
  if (!user) return;
  const token = randomBytes(32).toString("base64url");
  await db.passwordResetToken.create({
    data: {
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS),
    },
  });
  const url = new URL(`/mot-de-passe/nouveau?jeton=${token}`, env.NEXTAUTH_URL).toString();
  await sendMail(user.email, {
    subject: "Réinitialisation de votre mot de passe",
    greeting: `Bonjour ${user.prenom},`,
    paragraphs: [
      "Vous avez demandé à réinitialiser le mot de passe de votre compte sur le guichet numérique de l'IFLTS.",
      "Ce lien est valable une heure et ne peut servir qu'une fois.",
    ],
    action: { label: "Choisir un nouveau mot de passe", url },
    footer:
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
  });
}

/** Sets a new password from a reset token; refuses unknown, expired and already used tokens. */
export async function resetPassword(token: string, password: string): Promise<void> {
  const tokenHash = hashToken(token);
  const record = await db.passwordResetToken.findUnique({
    where: { tokenHash },
    select: { id: true, userId: true, expiresAt: true, usedAt: true },
  });
  if (!record) throw new DomainError(ComptesErrors.LienInvalide);
  if (record.usedAt) throw new DomainError(ComptesErrors.LienDejaUtilise);
  if (record.expiresAt.getTime() <= Date.now()) throw new DomainError(ComptesErrors.LienExpire);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    // Conditional update: of two concurrent uses of one token, only one succeeds.
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: record.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) throw new DomainError(ComptesErrors.LienDejaUtilise);
    await tx.user.update({ where: { id: record.userId }, data: { passwordHash } });
    // A reset also invalidates the user's other pending links.
    await tx.passwordResetToken.updateMany({
      where: { userId: record.userId, usedAt: null },
      data: { usedAt: new Date() },
    });
  });
}
