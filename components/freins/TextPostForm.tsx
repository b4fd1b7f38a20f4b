"use client";

import type { FormAction } from "@/lib/actions/define-action";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useActionForm } from "@/components/forms/useActionForm";
import { TextAreaField } from "@/components/forms/TextAreaField";

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
  const form = useActionForm(action);
  return (
    <form key={form.key} action={form.action} noValidate className="space-y-3">
      <FormMessage state={form.state} />
      <input type="hidden" name="demandeId" value={demandeId} />
      <TextAreaField
        label={label}
        name="contenu"
        required
        hint={hint}
        errors={form.errors?.contenu}
        rows={4}
        maxLength={max}
        defaultValue={form.value("contenu")}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
