import "server-only";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { hasAccess, type Access, type SessionUser } from "@/lib/auth/permissions";

/** For pages: the signed-in person, or a redirect to the sign-in page coming back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/connexion?retour=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages: a person holding `access`; anonymous → sign-in, signed in without the role → 404. */
export async function requireRole(access: Exclude<Access, "public">, returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!hasAccess(user, access)) notFound();
  return user;
}
