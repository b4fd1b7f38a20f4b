import "server-only";
import { accountKey, ipKey } from "@/lib/auth/keys";
import { db } from "@/lib/db";

// Sign-in throttling stored in PostgreSQL so it holds across several app instances.
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

/** True when the account or the IP has too many recent failures. */
export async function isThrottled(email: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const [account, address] = await Promise.all([
    db.loginAttempt.count({ where: { key: accountKey(email), success: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { key: ipKey(ip), success: false, createdAt: { gte: since } } }),
  ]);
  return account >= MAX_FAILURES_PER_ACCOUNT || address >= MAX_FAILURES_PER_IP;
}

/** Records an attempt; a success clears the account's failures. Old rows are pruned on the way. */
export async function recordAttempt(email: string, ip: string, success: boolean): Promise<void> {
  const keys = [accountKey(email), ipKey(ip)];
  const staleBefore = new Date(Date.now() - 24 * 60 * 60 * 1000);
  await db.$transaction([
    db.loginAttempt.deleteMany({ where: { key: { in: keys }, createdAt: { lt: staleBefore } } }),
    ...(success ? [db.loginAttempt.deleteMany({ where: { key: accountKey(email), success: false } })] : []),
    db.loginAttempt.createMany({ data: keys.map((key) => ({ key, success })) }),
  ]);
}
