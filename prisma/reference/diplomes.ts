// Diplomas of the social and medico-social accompaniment professions.
// `rncp` only where the France Compétences record is known for sure: records are renewed at
// each reform (DEEJE: RNCP37679 then RNCP41745 in 2025), so unknown ones stay null.

export type DiplomeRecord = {
  code: string;
  slug: string;
  intitule: string;
  metier: string;
  /** national qualification level (3 = CAP, 4 = bac, 6 = licence) */
  niveau: 3 | 4 | 5 | 6;
  rncp: string | null;
};

export const DIPLOMES: readonly DiplomeRecord[] = [
  {
    code: "DEAES",
    slug: "deaes",
    intitule: "Diplôme d'État d'accompagnant éducatif et social",
    metier: "Accompagnant éducatif et social",
    niveau: 3,
    rncp: "RNCP36004",
  },
  {
    code: "TP_ADVF",
    slug: "tp-advf",
    intitule: "Titre professionnel Assistant de vie aux familles",
    metier: "Assistant de vie aux familles",
    niveau: 3,
    rncp: null,
  },
  {
    code: "CAP_AEPE",
    slug: "cap-aepe",
    intitule: "CAP Accompagnant éducatif petite enfance",
    metier: "Accompagnant éducatif petite enfance",
    niveau: 3,
    rncp: null,
  },
  {
    code: "DEAS",
    slug: "deas",
    intitule: "Diplôme d'État d'aide-soignant",
    metier: "Aide-soignant",
    niveau: 4,
    rncp: "RNCP35830",
  },
  {
    code: "DEAP",
    slug: "deap",
    intitule: "Diplôme d'État d'auxiliaire de puériculture",
    metier: "Auxiliaire de puériculture",
    niveau: 4,
    rncp: "RNCP35832",
  },
  {
    code: "DEME",
    slug: "deme",
    intitule: "Diplôme d'État de moniteur-éducateur",
    metier: "Moniteur-éducateur",
    niveau: 4,
    rncp: null,
  },
  {
    code: "DETISF",
    slug: "detisf",
    intitule: "Diplôme d'État de technicien de l'intervention sociale et familiale",
    metier: "Technicien de l'intervention sociale et familiale",
    niveau: 4,
    rncp: null,
  },
  {
    code: "BAC_PRO_ASSP",
    slug: "bac-pro-assp",
    intitule: "Baccalauréat professionnel Accompagnement, soins et services à la personne",
    metier: "Accompagnant en soins et services à la personne",
    niveau: 4,
    rncp: null,
  },
  {
    code: "DEES",
    slug: "dees",
    intitule: "Diplôme d'État d'éducateur spécialisé",
    metier: "Éducateur spécialisé",
    niveau: 6,
    rncp: null,
  },
  {
    code: "DEEJE",
    slug: "deeje",
    intitule: "Diplôme d'État d'éducateur de jeunes enfants",
    metier: "Éducateur de jeunes enfants",
    niveau: 6,
    rncp: null,
  },
  {
    code: "DEETS",
    slug: "deets",
    intitule: "Diplôme d'État d'éducateur technique spécialisé",
    metier: "Éducateur technique spécialisé",
    niveau: 6,
    rncp: null,
  },
  {
    code: "DEASS",
    slug: "deass",
    intitule: "Diplôme d'État d'assistant de service social",
    metier: "Assistant de service social",
    niveau: 6,
    rncp: null,
  },
  {
    code: "DECESF",
    slug: "decesf",
    intitule: "Diplôme d'État de conseiller en économie sociale familiale",
    metier: "Conseiller en économie sociale familiale",
    niveau: 6,
    rncp: null,
  },
];

/** Stable primary key of a seeded diploma. */
export function diplomeId(slug: string): string {
  return `diplome-${slug}`;
}
