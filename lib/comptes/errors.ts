// Expected failures of account management, with the French message users see.
export const ComptesErrors = {
  EmailDejaUtilise:
    "Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou utilisez « Mot de passe oublié ».",
  SiretDejaInscrit:
    "Cette organisation (même SIRET) est déjà inscrite. Demandez à sa personne référente de vous ajouter, ou contactez l'institut.",
  CommuneInconnue: "Choisissez une commune des Landes dans la liste.",
  LienInvalide: "Ce lien de réinitialisation n'est pas valide. Demandez un nouveau lien.",
  LienExpire: "Ce lien de réinitialisation a expiré. Demandez un nouveau lien.",
  LienDejaUtilise: "Ce lien de réinitialisation a déjà servi. Demandez un nouveau lien si besoin.",
} as const;

export const SuppressionErrors = {
  MotDePasseIncorrect: "Mot de passe incorrect : la suppression n'a pas été faite.",
} as const;
