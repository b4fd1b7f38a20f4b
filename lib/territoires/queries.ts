import "server-only";
import { db } from "@/lib/db";

export type CommuneOption = {
  code: string;
  nom: string;
  codePostal: string;
  latitude: number;
  longitude: number;
};

/** The Landes communes for pickers, alphabetical. */
export async function getCommuneOptionList(): Promise<CommuneOption[]> {
  const communes = await db.commune.findMany({
    orderBy: { nom: "asc" },
    select: { code: true, nom: true, codesPostaux: true, latitude: true, longitude: true },
  });
  return communes.map((c) => ({
    code: c.code,
    nom: c.nom,
    codePostal: c.codesPostaux[0] ?? "",
    latitude: c.latitude,
    longitude: c.longitude,
  }));
}
