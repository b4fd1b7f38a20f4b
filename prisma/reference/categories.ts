// Categories of social and medico-social establishments and services hosting placements.

export type CategorieRecord = { code: string; libelle: string };

export const CATEGORIES: readonly CategorieRecord[] = [
  { code: "EHPAD", libelle: "EHPAD (établissement d'hébergement pour personnes âgées dépendantes)" },
  { code: "RESIDENCE_AUTONOMIE", libelle: "Résidence autonomie" },
  { code: "SAAD", libelle: "SAAD (service d'aide et d'accompagnement à domicile)" },
  { code: "SSIAD", libelle: "SSIAD (service de soins infirmiers à domicile)" },
  { code: "IME", libelle: "IME (institut médico-éducatif)" },
  { code: "ITEP", libelle: "ITEP (institut thérapeutique, éducatif et pédagogique)" },
  { code: "SESSAD", libelle: "SESSAD (service d'éducation spéciale et de soins à domicile)" },
  { code: "ESAT", libelle: "ESAT (établissement et service d'accompagnement par le travail)" },
  { code: "MAS", libelle: "MAS (maison d'accueil spécialisée)" },
  { code: "FAM", libelle: "FAM (foyer d'accueil médicalisé)" },
  { code: "FOYER_VIE", libelle: "Foyer de vie" },
  { code: "SAVS", libelle: "SAVS (service d'accompagnement à la vie sociale)" },
  { code: "SAMSAH", libelle: "SAMSAH (service d'accompagnement médico-social pour adultes handicapés)" },
  { code: "MECS", libelle: "MECS (maison d'enfants à caractère social)" },
  { code: "FOYER_ENFANCE", libelle: "Foyer de l'enfance" },
  { code: "AEMO", libelle: "Service d'AEMO (action éducative en milieu ouvert)" },
  { code: "EAJE", libelle: "Crèche / EAJE (établissement d'accueil du jeune enfant)" },
  { code: "CHRS", libelle: "CHRS (centre d'hébergement et de réinsertion sociale)" },
  { code: "AUTRE", libelle: "Autre établissement ou service" },
];

/** Stable primary key of a seeded category. */
export function categorieId(code: string): string {
  return `categorie-${code.toLowerCase().replaceAll("_", "-")}`;
}
