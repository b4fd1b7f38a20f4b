"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/define-action";
import { Field, valueOf } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

type Props = {
  action: FormAction;
  demandeId: string;
  label: string;
  hint?: string;
  max: number;
  submitLabel: string;
};

/** One text area posted about a request: a message in the thread, or an internal note. */
export function TextPostForm({ action, demandeId, label, hint, max, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="demandeId" value={demandeId} />
      <Field label={label} name="contenu" required hint={hint} errors={failure?.fieldErrors?.contenu}>
        {(control) => (
          <textarea
            {...control}
            required
            rows={4}
            maxLength={max}
            defaultValue={valueOf(failure?.values, "contenu")}
            className="input"
          />
        )}
      </Field>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
