// Publics accompanied by an establishment or a placement.

export type PublicRecord = { code: string; libelle: string };

export const PUBLICS: readonly PublicRecord[] = [
  { code: "PERSONNES_AGEES", libelle: "Personnes âgées" },
  { code: "HANDICAP", libelle: "Personnes en situation de handicap" },
  { code: "PROTECTION_ENFANCE", libelle: "Protection de l'enfance" },
  { code: "PETITE_ENFANCE", libelle: "Petite enfance" },
  { code: "DOMICILE", libelle: "Accompagnement à domicile" },
  { code: "INSERTION", libelle: "Insertion / précarité" },
];

/** Stable primary key of a seeded public. */
export function publicId(code: string): string {
  return `public-${code.toLowerCase().replaceAll("_", "-")}`;
}
