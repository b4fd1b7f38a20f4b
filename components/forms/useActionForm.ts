"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/define-action";
import type { ActionResult, FormValues } from "@/lib/actions/result";
import { valueOf } from "@/components/forms/Field";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;
export type FieldErrors = ActionFailure["fieldErrors"];

/**
 * The one client shell of a form posting to a `defineAction` action:
 * `<form key={form.key} action={form.action} noValidate>` with `<FormMessage state={form.state} />`,
 * fields reading `form.value(name)` and `form.errors?.[name]`. `initial` are the values shown
 * before any submission (a stored record); after a failure the echoed ones replace them.
 */
export function useActionForm<T>(action: FormAction<T>, initial?: FormValues) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const key = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  const values: FormValues = failure?.values ?? initial ?? {};
  return {
    /** the last result; undefined before the first submission */
    state,
    /** for `<form action>` */
    action: formAction,
    /** true while the action runs */
    pending,
    /** for `<form key>`: changes with each result, so the fields remount on the echoed values */
    key,
    /** the last result when it failed */
    failure,
    /** the failure's messages, by field name */
    errors: failure?.fieldErrors,
    /** what the fields show: the echoed values after a failure, else `initial` (or none) */
    values,
    /** one of those values (the first of a repeated field) */
    value: (name: string) => valueOf(values, name),
  };
}

export type ActionForm<T> = ReturnType<typeof useActionForm<T>>;
