// Imported reference data sources, rendered by the "À propos des données" page.
// Versions must match package.json (a unit test checks them against node_modules).

export type DataSource = {
  id: string;
  nom: string;
  producteur: string;
  paquet: string;
  version: string;
  /** where the package and its documentation live */
  url: string;
  licence: { nom: string; url: string };
  utilisation: string;
  avertissement?: string;
};

export const DATA_SOURCES: readonly DataSource[] = [
  {
    id: "decoupage-administratif",
    nom: "Découpage administratif français (millésime 2026)",
    producteur:
      "Etalab / data.gouv.fr, d'après le Code officiel géographique de l'INSEE, la liste des EPCI à fiscalité propre de la DGCL et la base officielle des codes postaux de La Poste",
    paquet: "@etalab/decoupage-administratif",
    version: "6.0.0",
    url: "https://github.com/datagouv/decoupage-administratif",
    licence: {
      nom: "Licence Ouverte 2.0 (Etalab)",
      url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence",
    },
    utilisation:
      "Liste des 327 communes des Landes (code INSEE, nom, codes postaux, population) et des 18 intercommunalités (EPCI) auxquelles elles appartiennent.",
    avertissement:
      "La communauté de communes d'Aire-sur-l'Adour s'étend aussi sur le Gers : seules ses communes landaises sont reprises.",
  },
  {
    id: "fr-bounding-boxes",
    nom: "Rectangles englobants des contours administratifs français",
    producteur: "Etalab, d'après ADMIN EXPRESS de l'IGN",
    paquet: "@etalab/fr-bounding-boxes",
    version: "0.1.3",
    url: "https://github.com/etalab/fr-bounding-boxes",
    licence: {
      nom: "Licence Ouverte 2.0 (Etalab)",
      url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence",
    },
    utilisation:
      "Position approximative de chaque commune (centre de son rectangle englobant) et emprise du département, utilisée pour vérifier que des coordonnées sont bien dans les Landes.",
    avertissement:
      "Coordonnées approximatives : le centre du rectangle englobant d'une commune n'est pas son bourg et peut même tomber hors de la commune. Ces données, antérieures à certaines fusions, sont complétées par les rectangles des anciennes communes (Morcenx-la-Nouvelle). Un lieu de stage placé à la commune est affiché à cette position tant que son adresse n'a pas été localisée précisément.",
  },
];
