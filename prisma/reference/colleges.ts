// The five collèges of the institute's governance: stable slugs (used in URLs and forms), imported
// by the reference importer so that production has them too (`npm run db:reference`).

export type CollegeRecord = {
  slug: string;
  nom: string;
  description: string;
  /** who may join: organisations (through one of their members) or persons */
  membreType: "organisation" | "personne";
  ordre: number;
};

export const COLLEGES: readonly CollegeRecord[] = [
  {
    slug: "institutions",
    nom: "Collège des institutions",
    description:
      "Les collectivités, services de l'État et organismes publics qui financent, autorisent ou coordonnent l'action sociale et médico-sociale dans les Landes. Ils portent la vision d'ensemble des besoins du territoire et veillent à la cohérence des politiques de formation et d'emploi.",
    membreType: "organisation",
    ordre: 1,
  },
  {
    slug: "employeurs",
    nom: "Collège des employeurs",
    description:
      "Les établissements et services sociaux et médico-sociaux, associatifs, publics ou privés, qui accueillent des stagiaires et recrutent des professionnels. Ils font remonter leurs besoins de recrutement et partagent leurs pratiques d'accueil et de tutorat.",
    membreType: "organisation",
    ordre: 2,
  },
  {
    slug: "organismes-formation",
    nom: "Collège des organismes de formation",
    description:
      "Les instituts, lycées, centres et organismes qui préparent aux diplômes du travail social et de l'accompagnement. Ils adaptent leurs parcours aux besoins des employeurs et des apprenants et coordonnent les périodes de stage.",
    membreType: "organisation",
    ordre: 3,
  },
  {
    slug: "apprenants",
    nom: "Collège des étudiants et apprenants",
    description:
      "Les personnes en formation initiale, en apprentissage, en reconversion ou en validation des acquis. Elles apportent leur regard sur les parcours de formation, les stages, le logement et la mobilité, et sont représentées à titre individuel.",
    membreType: "personne",
    ordre: 4,
  },
  {
    slug: "familles",
    nom: "Collège des familles et personnes accompagnées",
    description:
      "Les personnes accompagnées par les établissements et services, leurs proches et les familles d'accueil. Elles témoignent de la qualité de l'accompagnement et participent aux choix qui les concernent, à titre individuel.",
    membreType: "personne",
    ordre: 5,
  },
];

/** Stable primary key of a collège. */
export function collegeId(slug: string): string {
  return `college-${slug}`;
}
