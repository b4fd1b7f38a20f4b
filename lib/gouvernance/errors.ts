// Expected failures of the collèges domain, with the French message users see.
export const GouvernanceErrors = {
  CollegeInconnu: "Ce collège n'existe pas : choisissez-en un dans la liste.",
  CollegePersonne:
    "Ce collège accueille des personnes à titre individuel : une organisation ne peut pas y adhérer.",
  CollegeOrganisation:
    "Ce collège accueille des organisations : choisissez l'organisation que vous représentez.",
  OrganisationNonRepresentee: "Vous ne représentez pas cette organisation.",
  OrganisationNonVerifiee:
    "Votre organisation doit être vérifiée par l'institut avant de demander à rejoindre un collège.",
  OrganisationDejaMembre:
    "Cette organisation a déjà une demande en attente ou est déjà membre d'un collège : une organisation ne peut appartenir qu'à un seul collège.",
  PersonneDejaMembre:
    "Vous avez déjà une demande en attente ou êtes déjà membre d'un collège : une personne ne peut appartenir qu'à un seul collège.",
  Introuvable: "Cette adhésion est introuvable.",
  DejaTraitee: "Cette demande a déjà été traitée par un autre membre de l'équipe.",
  PasMembre: "Cette adhésion n'est plus active.",
} as const;
