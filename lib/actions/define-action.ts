import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import "@/lib/validation/zod-fr";
import { getCurrentUser } from "@/lib/auth/session";
import { isConnectionError, markDatabaseDown } from "@/lib/db-status";
import { logger } from "@/lib/log";
import { getRequestId } from "@/lib/request-id";
import { hasAccess, type Access, type SessionUser } from "@/lib/auth/permissions";
import {
  ACCESS_DENIED,
  DomainError,
  GENERIC_ERROR,
  SIGN_IN_REQUIRED,
  type ActionResult,
  type FormValues,
} from "@/lib/actions/result";

type RunResult<T> = { data?: T; message?: string; redirectTo?: string } | void;

type ActionOptions<S extends z.ZodType, T, A extends Access> = {
  access: A;
  schema: S;
  run: (ctx: {
    user: A extends "public" ? SessionUser | null : SessionUser;
    input: z.output<S>;
  }) => Promise<RunResult<T>>;
};

export type FormAction<T = undefined> = (
  prev: ActionResult<T> | undefined,
  formData: FormData,
) => Promise<ActionResult<T>>;

// Fields never echoed back to the browser.
const SECRET_FIELDS = /password|motDePasse|token/i;

const declarations = new WeakMap<object, { access: Access; schema: z.ZodType }>();

/** The access an action was declared with (used by the authorization test). */
export function getActionAccess(action: object): Access | undefined {
  return declarations.get(action)?.access;
}

/** The schema an action parses its form with (used by the generated-input test). */
export function getActionSchema(action: object): z.ZodType | undefined {
  return declarations.get(action)?.schema;
}

/** FormData → plain object; repeated keys become arrays, Next's internal keys are dropped. */
export function formDataToObject(formData: FormData): FormValues {
  const out: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    const previous = out[key];
    out[key] =
      previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return out;
}

function echo(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.test(k)));
}

/**
 * The one way to write a server action: authenticates, checks the role, parses the form
 * with zod, runs, maps DomainError to French messages and redirects after success.
 */
export function defineAction<S extends z.ZodType, T = undefined, A extends Access = Access>(
  options: ActionOptions<S, T, A>,
): FormAction<T> {
  const action: FormAction<T> = async (_prev, formData) => {
    const user = await getCurrentUser();
    if (!hasAccess(user, options.access)) {
      return { ok: false, formError: user ? ACCESS_DENIED : SIGN_IN_REQUIRED };
    }
    const values = formDataToObject(formData);
    const parsed = options.schema.safeParse(values);
    if (!parsed.success) {
      const flat = z.flattenError(parsed.error);
      return {
        ok: false,
        fieldErrors: flat.fieldErrors as Record<string, string[]>,
        formError: flat.formErrors[0] ?? "Le formulaire contient des erreurs : corrigez les champs signalés.",
        values: echo(values),
      };
    }
    let result: RunResult<T>;
    try {
      result = await options.run({ user: user as never, input: parsed.data });
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof DomainError) {
        return error.field
          ? {
              ok: false,
              fieldErrors: { [error.field]: [error.message] },
              formError: error.message,
              values: echo(values),
            }
          : { ok: false, formError: error.message, values: echo(values) };
      }
      if (isConnectionError(error)) markDatabaseDown();
      logger.error({ requestId: await getRequestId(), err: error }, "action : erreur inattendue");
      return { ok: false, formError: GENERIC_ERROR, values: echo(values) };
    }
    if (result?.redirectTo) redirect(result.redirectTo);
    return { ok: true, data: result?.data, message: result?.message };
  };
  declarations.set(action, { access: options.access, schema: options.schema });
  return action;
}
