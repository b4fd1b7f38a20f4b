// Expected failures of the formations domain, with the French message users see.
export const FormationErrors = {
  Introuvable: "Cette formation est introuvable.",
  OrganisationNonVerifiee:
    "Votre organisme doit être vérifié par l'institut avant de soumettre une formation.",
  DiplomeInconnu: "Choisissez le diplôme dans la liste.",
  SiteInconnu: "Chaque session doit avoir lieu sur un site de votre organisme.",
  DejaModeree: "Cette formation a déjà été traitée par un autre membre de l'équipe.",
} as const;
