// Expected failures of the stages domain, with the French message users see.
export const StageErrors = {
  Introuvable: "Cette offre de stage est introuvable.",
  OrganisationNonVerifiee:
    "Votre organisation doit être vérifiée par l'institut avant de soumettre une offre.",
  SiteInconnu: "Choisissez un site de votre organisation.",
  DiplomeInconnu: "Choisissez les diplômes dans la liste.",
  TransitionImpossible:
    "Cette action n'est plus possible sur l'offre dans son état actuel : rechargez la page.",
  DejaModeree: "Cette offre a déjà été traitée par un autre membre de l'équipe.",
  PlacesInferieuresAcceptees:
    "Le nombre de places ne peut pas être inférieur au nombre de candidatures déjà acceptées.",
  StageComplet: "Ce stage n'a plus de place disponible.",
  NonOuverte: "Cette offre n'accepte pas de candidature pour le moment.",
  DejaCandidat: "Vous avez déjà une candidature en cours pour cette offre.",
  PeriodeHorsOffre: "La période souhaitée doit être comprise dans une des périodes de l'offre.",
  CandidatureIntrouvable: "Cette candidature est introuvable.",
  CandidatureDejaTraitee: "Cette candidature a déjà reçu une réponse.",
  SignalementIntrouvable: "Ce signalement est introuvable ou déjà traité.",
  DejaRetiree: "Cette offre n'est plus publiée : il n'y a rien à retirer. Écartez le signalement.",
  DiplomeHorsOffre: "Choisissez un des diplômes visés par cette offre.",
  DejaSignalee: "Vous avez déjà signalé cette offre ; l'équipe l'examine.",
} as const;
