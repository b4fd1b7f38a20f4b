import "server-only";
import { db } from "@/lib/db";

export type Sante = {
  statut: "ok" | "indisponible";
  baseDeDonnees: "joignable" | "injoignable";
  migrations?: number;
};

/** Database reachability for /api/sante; never throws. */
export async function getSante(): Promise<Sante> {
  try {
    const rows = await db.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*)::bigint AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    return { statut: "ok", baseDeDonnees: "joignable", migrations: Number(rows[0]?.n ?? 0) };
  } catch {
    return { statut: "indisponible", baseDeDonnees: "injoignable" };
  }
}
