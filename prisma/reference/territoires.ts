// The 9 local action territories ("territoires d'action locale") grouping whole EPCI.
// A demo grouping by neighbouring EPCI, to be confirmed by staff (hence `demo: true`).

export type TerritoireRecord = {
  slug: string;
  nom: string;
  demo: true;
  /** SIREN codes of the EPCI of @etalab/decoupage-administratif */
  epciCodes: readonly string[];
};

export const TERRITOIRES: readonly TerritoireRecord[] = [
  {
    slug: "grands-lacs-mimizan",
    nom: "Grands Lacs et Mimizan",
    demo: true,
    epciCodes: ["244000873" /* CC des Grands Lacs */, "244000543" /* CC de Mimizan */],
  },
  {
    slug: "haute-lande",
    nom: "Haute Lande",
    demo: true,
    epciCodes: ["200069656" /* CC Coeur Haute Lande */, "244000691" /* CC du Pays Morcenais */],
  },
  {
    slug: "marensin-tarusate",
    nom: "Côte Landes Nature et Pays Tarusate",
    demo: true,
    epciCodes: ["244000857" /* CC Côte Landes Nature */, "244000766" /* CC du Pays Tarusate */],
  },
  {
    slug: "cote-sud",
    nom: "Côte sud (Maremne Adour et Seignanx)",
    demo: true,
    epciCodes: ["244000865" /* CC Maremne Adour Côte Sud */, "244000659" /* CC du Seignanx */],
  },
  {
    slug: "dax-orthe",
    nom: "Grand Dax et Pays d'Orthe",
    demo: true,
    epciCodes: ["244000675" /* CA du Grand Dax */, "200069417" /* CC Pays d'Orthe et Arrigans */],
  },
  {
    slug: "chalosse-luys",
    nom: "Chalosse et Luys",
    demo: true,
    epciCodes: ["200069631" /* CC Terres de Chalosse */, "244000881" /* CC Coteaux et Vallées des Luys */],
  },
  {
    slug: "tursan-adour",
    nom: "Tursan et Adour",
    demo: true,
    epciCodes: ["200069649" /* CC Chalosse Tursan */, "200030435" /* CC d'Aire-sur-l'Adour */],
  },
  {
    slug: "marsan",
    nom: "Marsan et Pays Grenadois",
    demo: true,
    epciCodes: ["244000808" /* CA Mont de Marsan Agglomération */, "244000824" /* CC du Pays Grenadois */],
  },
  {
    slug: "armagnac",
    nom: "Armagnac landais",
    demo: true,
    epciCodes: [
      "200035541" /* CC des Landes d'Armagnac */,
      "244000774" /* CC du Pays de Villeneuve en Armagnac Landais */,
    ],
  },
];

/** Stable primary key of a seeded territory, so reruns and tests can refer to it. */
export function territoireId(slug: string): string {
  return `territoire-${slug}`;
}

/** Slug of the territory grouping an EPCI, or undefined when the EPCI is not assigned. */
export function territoireSlugForEpci(epciCode: string): string | undefined {
  return TERRITOIRES.find((t) => t.epciCodes.includes(epciCode))?.slug;
}
