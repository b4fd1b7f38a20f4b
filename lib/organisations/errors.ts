export const OrganisationErrors = {
  Introuvable: "Cette organisation est introuvable.",
  DejaTraitee: "Cette inscription a déjà été traitée par un autre membre de l'équipe.",
  SiteIntrouvable: "Ce site est introuvable.",
  CommuneInconnue: "Choisissez une commune des Landes dans la liste.",
  ReferenceInconnue: "Choisissez une valeur de la liste.",
  PasOrganismeFormation: "Seul un organisme de formation a un numéro de déclaration d'activité.",
} as const;
