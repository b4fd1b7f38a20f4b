"use client";

import { useActionState, useId } from "react";
import type { FormAction } from "@/lib/actions/define-action";
import { Field, valueOf } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

const BUTTON_CLASS = {
  primary: "btn-primary",
  secondary: "btn-secondary",
  danger: "btn-danger",
} as const;

export type Decision = {
  value: string;
  label: string;
  /** Read by screen readers after the label, so that each record's buttons have distinct names. */
  srOnly?: string;
  variant: keyof typeof BUTTON_CLASS;
};

type DecisionFormProps = {
  action: FormAction;
  /** The hidden field identifying the record decided on. */
  record: { name: string; value: string };
  /** The form's accessible name, from its heading; without `visible` the heading is for screen readers only. */
  title: { visible?: string; srOnly: string };
  /** The field the clicked button submits its decision in. */
  decisionName: "decision" | "action";
  decisions: readonly [Decision, Decision];
  /** The "motif" field; the action's schema says which decision requires it. */
  reason: { label: string; hint: string; maxLength: number; rows?: number };
};

/** A staff decision on one record: a reason and two submit buttons (approve or reject, and the like). */
export function DecisionForm({ action, record, title, decisionName, decisions, reason }: DecisionFormProps) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  const headingId = useId();
  return (
    <form
      key={formKey}
      action={formAction}
      noValidate
      className="space-y-4 border-t border-gray-300 pt-4"
      aria-labelledby={headingId}
    >
      {title.visible ? (
        <h3 id={headingId} className="text-lg">
          {title.visible}
          <span className="sr-only"> {title.srOnly}</span>
        </h3>
      ) : (
        <h3 id={headingId} className="sr-only">
          {title.srOnly}
        </h3>
      )}
      <FormMessage state={state} />
      <input type="hidden" name={record.name} value={record.value} />
      <Field label={reason.label} name="motif" hint={reason.hint} errors={failure?.fieldErrors?.motif}>
        {(control) => (
          <textarea
            {...control}
            rows={reason.rows ?? 3}
            maxLength={reason.maxLength}
            defaultValue={valueOf(failure?.values, "motif")}
            className="input"
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-3">
        {decisions.map((d) => (
          <button
            key={d.value}
            type="submit"
            name={decisionName}
            value={d.value}
            className={BUTTON_CLASS[d.variant]}
            disabled={pending}
          >
            {d.label}
            {d.srOnly ? <span className="sr-only"> {d.srOnly}</span> : null}
          </button>
        ))}
      </div>
    </form>
  );
}
