import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { getCommuneOptionList } from "@/lib/territoires/queries";

/** The commune list of the resource forms ("Nom (code postal)"). */
export async function getCommuneSelectOptions() {
  const communes = await getCommuneOptionList();
  return communes.map((c) => ({ value: c.code, label: `${c.nom} (${c.codePostal})` }));
}

/** The verified organisations of the person, for "Proposée au nom de". */
export function organisationOptions(user: SessionUser) {
  return user.organisations
    .filter((o) => o.statut === "verifiee")
    .map((o) => ({ value: o.id, label: o.nom }));
}
