// Expected failures of barrier-lifting requests, with the French message users see.
export const FreinsErrors = {
  Introuvable: "Cette demande d'aide est introuvable.",
  CommuneHorsLandes: "Choisissez une commune des Landes dans la liste.",
  CommuneSansTerritoire:
    "Cette commune n'est rattachée à aucun territoire pour le moment : contactez l'équipe de l'institut.",
  DemandeClose: "Cette demande est close : elle ne peut plus changer.",
  DejaPriseEnCharge: "Vous suivez déjà cette demande.",
  MemeStatut: "La demande a déjà ce statut.",
} as const;

export const CelluleErrors = {
  Introuvable: "Cette cellule locale est introuvable.",
  CompteInconnu: "Aucun compte n'existe avec cette adresse e-mail : la personne doit d'abord s'inscrire.",
  DejaAgent: "Cette personne est déjà agent de cette cellule.",
  AgentIntrouvable: "Cette personne n'est pas agent de cette cellule.",
} as const;
