// Expected failures of the good-practice library, with the French message users see.
export const PratiqueErrors = {
  NonMembre: "Seuls les membres d'un collège et l'équipe de l'institut peuvent proposer une bonne pratique.",
  OrganisationNonMembre:
    "Vous ne pouvez proposer une pratique qu'au nom d'une organisation dont vous êtes membre.",
  Introuvable: "Cette bonne pratique est introuvable.",
  DejaModeree: "Cette bonne pratique a déjà été traitée par un autre membre de l'équipe.",
} as const;
