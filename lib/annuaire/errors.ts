// Expected failures of the partner directory, with the French message users see.
export const AnnuaireErrors = {
  NonMembre: "Vous ne pouvez modifier que la fiche d'une organisation dont vous êtes membre.",
} as const;
