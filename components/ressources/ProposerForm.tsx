"use client";

import { useId } from "react";
import { MESSAGE_MAX } from "@/lib/ressources/constants";
import type { ActionResult } from "@/lib/actions/result";
import { valueOf } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { TextAreaField } from "@/components/forms/TextAreaField";

type Failure = Extract<ActionResult, { ok: false }>;

/**
 * The agent proposes one matched resource for a period (prefilled with the request's) and an optional
 * message. The action's state is held by the list (MatchingResults): once proposed, the resource
 * leaves the list, and the outcome must stay on screen.
 */
export function ProposerForm({
  action,
  failure,
  demandeId,
  ressourceId,
  titre,
  debut,
  fin,
}: {
  action: (formData: FormData) => void;
  /** the last failed submission, when it was this form's */
  failure: Failure | undefined;
  demandeId: string;
  ressourceId: string;
  titre: string;
  debut: string;
  fin: string;
}) {
  const errors = failure?.fieldErrors;
  const headingId = useId();
  return (
    <form action={action} noValidate className="space-y-3" aria-labelledby={headingId}>
      <h4 id={headingId} className="sr-only">
        Proposer « {titre} »
      </h4>
      {failure?.formError ? (
        <p className="flex gap-1 font-semibold text-red-800">
          <span aria-hidden="true">⚠</span>
          {failure.formError}
        </p>
      ) : null}
      <input type="hidden" name="demandeId" value={demandeId} />
      <input type="hidden" name="ressourceId" value={ressourceId} />
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label="Du"
          name="debut"
          type="date"
          required
          defaultValue={valueOf(failure?.values, "debut") ?? debut}
          errors={errors?.debut}
        />
        <TextField
          label="Au"
          name="fin"
          type="date"
          required
          defaultValue={valueOf(failure?.values, "fin") ?? fin}
          errors={errors?.fin}
        />
      </div>
      <TextAreaField
        label="Message à l'apprenant·e"
        name="message"
        hint="Il accompagne la proposition ; l'adresse n'est communiquée qu'après acceptation."
        errors={errors?.message}
        rows={2}
        maxLength={MESSAGE_MAX}
        defaultValue={valueOf(failure?.values, "message")}
      />
      <SubmitButton pendingLabel="Envoi…">
        Proposer<span className="sr-only"> « {titre} »</span>
      </SubmitButton>
    </form>
  );
}
