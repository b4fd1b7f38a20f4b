import "server-only";
import { db } from "@/lib/db";
import { sortByName } from "@/lib/collation";

export type CommuneOption = {
  code: string;
  nom: string;
  codePostal: string;
  latitude: number;
  longitude: number;
};

/** The Landes communes for pickers, in French alphabetical order. */
export async function getCommuneOptionList(): Promise<CommuneOption[]> {
  const communes = await db.commune.findMany({
    select: { code: true, nom: true, codesPostaux: true, latitude: true, longitude: true },
  });
  return sortByName(communes, (c) => c.nom).map((c) => ({
    code: c.code,
    nom: c.nom,
    codePostal: c.codesPostaux[0] ?? "",
    latitude: c.latitude,
    longitude: c.longitude,
  }));
}
