import "server-only";
import { db } from "@/lib/db";

// Reference lists (imported by prisma/reference) for form pickers.

export function getCategorieOptionList() {
  return db.categorieEtablissement.findMany({
    orderBy: { libelle: "asc" },
    select: { id: true, libelle: true },
  });
}

export function getPublicOptionList() {
  return db.public.findMany({ orderBy: { libelle: "asc" }, select: { id: true, libelle: true } });
}
