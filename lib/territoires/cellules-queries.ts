import "server-only";
import { db } from "@/lib/db";

/** Every territory with its local cell (or none yet) and the cell's agents, for staff. */
export function getCelluleList() {
  return db.territoire.findMany({
    orderBy: { nom: "asc" },
    select: {
      id: true,
      slug: true,
      nom: true,
      cellule: {
        select: {
          id: true,
          nom: true,
          email: true,
          telephone: true,
          agents: {
            orderBy: { createdAt: "asc" },
            select: { user: { select: { id: true, prenom: true, nom: true, email: true } } },
          },
        },
      },
    },
  });
}
export type CelluleListItem = Awaited<ReturnType<typeof getCelluleList>>[number];
