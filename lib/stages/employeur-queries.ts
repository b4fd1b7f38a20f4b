import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";

/** How many sites the user's employer organisations have (an offer needs one). */
export function getEmployeurSiteCount(user: SessionUser): Promise<number> {
  const organisationIds = user.organisations.filter((o) => o.type === "employeur").map((o) => o.id);
  return db.site.count({ where: { organisationId: { in: organisationIds } } });
}
