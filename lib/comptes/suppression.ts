import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { verifyPassword } from "@/lib/auth/password";
import { DomainError } from "@/lib/actions/result";
import { SuppressionErrors } from "@/lib/comptes/errors";
import { deleteAccount } from "@/lib/comptes/retention";
import { db } from "@/lib/db";

/** "Supprimer mon compte": checks the caller's password, then deletes the account in one transaction. */
export async function deleteMonCompte(user: Pick<SessionUser, "id">, password: string): Promise<void> {
  const account = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!account || !(await verifyPassword(account.passwordHash, password))) {
    throw new DomainError(SuppressionErrors.MotDePasseIncorrect, "password");
  }
  await db.$transaction((tx) => deleteAccount(tx, user.id, "demandée par la personne"));
}
