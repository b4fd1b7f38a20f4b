// Expected failures of the pooled resources domain, with the French message users see.
export const RessourceErrors = {
  Introuvable: "Cette ressource est introuvable.",
  CommuneHorsLandes: "Choisissez une commune des Landes dans la liste.",
  OrganisationNonVerifiee:
    "Votre organisation doit être vérifiée par l'institut avant de proposer une ressource.",
  FamilleNonVerifiee:
    "Votre déclaration de famille d'accueil doit être vérifiée par l'institut avant de proposer une ressource.",
  ProprietaireInconnu: "Choisissez au nom de quelle organisation vous proposez cette ressource.",
  MembreOrganisation:
    "Vous proposez déjà des ressources au nom de votre organisation : la déclaration de famille d'accueil est réservée aux particuliers.",
  FamilleDejaDeclaree: "Vous avez déjà une déclaration de famille d'accueil.",
  FamilleIntrouvable: "Cette déclaration de famille d'accueil est introuvable.",
  DejaModeree: "Cette demande a déjà été traitée par un autre membre de l'équipe.",
  DejaArchivee: "Cette ressource est déjà archivée.",
  DemandeIntrouvable: "Cette demande est introuvable.",
  DemandeFermee: "Cette demande est close : aucune ressource ne peut plus y être proposée.",
  NonDisponible: "Cette ressource n'est plus publiée ou n'est pas disponible sur cette période.",
  DejaReservee:
    "Cette ressource est déjà réservée sur une période qui chevauche celle-ci : choisissez-en une autre ou une autre période.",
  PropositionIntrouvable: "Cette proposition est introuvable.",
  PropositionDejaTraitee: "Cette proposition a déjà reçu une réponse ou a été annulée.",
} as const;
