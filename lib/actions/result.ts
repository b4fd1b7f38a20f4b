// The one shape every form action returns (and useActionState receives).

export type FormValues = Record<string, string | string[]>;

export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | {
      ok: false;
      formError?: string;
      fieldErrors?: Record<string, string[] | undefined>;
      values?: FormValues;
    };

/** An expected failure with a French message, optionally tied to a form field. */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const GENERIC_ERROR = "Une erreur inattendue est survenue. Réessayez dans quelques instants.";
export const ACCESS_DENIED = "Vous n'avez pas accès à cette action.";
export const SIGN_IN_REQUIRED = "Votre session a expiré : reconnectez-vous pour continuer.";
