import "server-only";
import { db } from "@/lib/db";
import { SignInSchema } from "@/lib/comptes/schemas";
import { getDummyHash, verifyPassword } from "@/lib/auth/password";
import { isThrottled, recordAttempt } from "@/lib/auth/throttle";

export const TOO_MANY_ATTEMPTS = "TROP_DE_TENTATIVES";

export type AuthenticatedUser = { id: string; email: string; name: string };

/**
 * Checks credentials with throttling per account and per IP. Returns null on any failure
 * (unknown e-mail and wrong password look the same); throws TOO_MANY_ATTEMPTS when throttled.
 */
export async function authenticate(raw: unknown, ip: string): Promise<AuthenticatedUser | null> {
  const parsed = SignInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  if (await isThrottled(email, ip)) throw new Error(TOO_MANY_ATTEMPTS);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, prenom: true, nom: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  await recordAttempt(email, ip, ok && !!user);
  if (!ok || !user) return null;
  await db.user.update({ where: { id: user.id }, data: { derniereConnexionAt: new Date() } });
  return { id: user.id, email: user.email, name: `${user.prenom} ${user.nom}` };
}
