// Who is signed in, for integration tests: the setup mocks getCurrentUser() with currentSessionUser().
import { expect } from "vitest";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import type { SessionUser } from "@/lib/auth/permissions";

let signedInUserId: string | null = null;

/** Makes getCurrentUser() return this user, read from the database like the app does, or null. Reset before each test. */
export function signInAs(userId: string | null): void {
  signedInUserId = userId;
}

/** The mocked getCurrentUser(). App modules are imported lazily: DATABASE_URL is set after this file loads. */
export async function currentSessionUser(): Promise<SessionUser | null> {
  if (!signedInUserId) return null;
  const { getSessionUser } = await import("@/lib/auth/queries");
  return getSessionUser(signedInUserId);
}

/** Asserts that `promise` rejects with Next's redirect() to exactly `path`. */
export async function expectRedirect(promise: Promise<unknown>, path: string): Promise<void> {
  const outcome = await promise.then(
    (value: unknown) => ({ rejected: false as const, value }),
    (error: unknown) => ({ rejected: true as const, error }),
  );
  if (!outcome.rejected) {
    expect.fail(
      `redirect("${path}") attendu, mais la promesse a réussi avec ${JSON.stringify(outcome.value)}`,
    );
  }
  if (!isRedirectError(outcome.error)) {
    throw outcome.error instanceof Error
      ? outcome.error
      : new Error(`redirect("${path}") attendu, reçu ${String(outcome.error)}`);
  }
  expect(getURLFromRedirectError(outcome.error), "URL de redirection").toBe(path);
}

/** The id that `pattern` captures in the URL `promise` redirected to (the page of a record just saved). */
export async function idFromRedirect(promise: Promise<unknown>, pattern: RegExp): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  const url = isRedirectError(error) ? getURLFromRedirectError(error) : "";
  const id = pattern.exec(url)?.[1];
  if (!id) throw new Error(`redirection vers ${pattern} attendue, reçu : ${String(error)}`);
  return id;
}
