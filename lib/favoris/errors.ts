// Expected failures of the bookmarks domain, with the French message users see.
export const FavoriErrors = {
  Introuvable: "Cette offre est introuvable : elle a peut-être été supprimée.",
  NonPubliee: "Seules les offres publiées peuvent être ajoutées à vos favoris.",
} as const;
