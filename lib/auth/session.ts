import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/config";
import { getSessionUser } from "@/lib/auth/queries";
import type { SessionUser } from "@/lib/auth/permissions";

/** The signed-in person for this request, with roles fresh from the database, or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  return id ? getSessionUser(id) : null;
});
