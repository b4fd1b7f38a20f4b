// Dashboard indicator of the collèges: SQL aggregates only.
import { Prisma } from "@/generated/prisma/client";
import { addDays } from "./filtres";
import { toNumber, type Indicateur, type PeriodeFiltre, type SqlRunner } from "./types";

/**
 * Members of each collège at the end of the period (memberships accepted by then and still
 * accepted). Collèges are not territorial: the territory filter does not apply.
 */
export async function getGouvernanceColleges(run: SqlRunner, f: PeriodeFiltre): Promise<Indicateur> {
  const rows = await run<{ nom: string | null; total: boolean; membres: bigint }>(Prisma.sql`
    SELECT c.nom, GROUPING(c.ordre, c.nom) = 3 AS total, count(m.id) AS membres
    FROM "College" c
    LEFT JOIN "CollegeMembership" m ON m."collegeId" = c.id AND m.statut = 'acceptee'
      AND COALESCE(m."decideeAt", m."createdAt") < ${addDays(f.fin, 1)}::date
    GROUP BY GROUPING SETS ((c.ordre, c.nom), ())
    ORDER BY 2, c.ordre`);
  return {
    id: "gouvernance-colleges",
    titre: "Membres par collège",
    description:
      "Adhésions acceptées à la fin de la période (organisations et personnes), tous territoires confondus.",
    categorie: "Collège",
    series: [{ label: "Membres", format: "nombre", graphique: true }],
    lignes: rows.map((r) => ({
      label: r.total ? "Total" : (r.nom ?? ""),
      total: r.total,
      valeurs: [toNumber(r.membres)],
    })),
  };
}
