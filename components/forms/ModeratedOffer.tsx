"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { SelectField } from "@/components/forms/SelectField";

// Pieces shared by the forms of the offers an organisation submits to moderation (stages, trainings).

export type OfferOrganisation = { id: string; nom: string; verifiee: boolean };

/**
 * The organisation an offer is posted for: a hidden input when the person has only one, a select
 * otherwise.
 */
export function OrganisationChoice({
  organisations,
  label,
  value,
  onChange,
  errors,
}: {
  organisations: OfferOrganisation[];
  label: string;
  value: string;
  onChange: (id: string) => void;
  errors?: string[];
}) {
  const only = organisations.length === 1 ? organisations[0] : undefined;
  if (only) return <input type="hidden" name="organisationId" value={only.id} />;
  return (
    <SelectField
      label={label}
      name="organisationId"
      required
      options={organisations.map((o) => ({ value: o.id, label: o.nom }))}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      errors={errors}
    />
  );
}

/** The organisation chosen first: the echoed one, else the only one. */
export function initialOrganisationId(organisations: OfferOrganisation[], echoed: string): string {
  return echoed || (organisations.length === 1 ? organisations[0]!.id : "");
}

/** True when the offer cannot be submitted yet: its organisation (or every one) awaits verification. */
export function awaitingVerification(organisations: OfferOrganisation[], organisationId: string): boolean {
  const selected = organisations.find((o) => o.id === organisationId);
  return organisations.every((o) => !o.verifiee) || selected?.verifiee === false;
}

const NOTICE = "rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950";

/**
 * The end of an offer's form: what saving does (`liveNotice` when the offer is public, else
 * `draftNotice`), a warning while the organisation awaits verification, and the two submit buttons
 * (intent "soumettre" or "brouillon").
 */
export function ModerationSubmit({
  live,
  liveNotice,
  draftNotice,
  unverifiedNotice,
  submitLabel,
  draftLabel,
}: {
  live: boolean;
  liveNotice: ReactNode;
  draftNotice: ReactNode;
  /** shown when set: the organisation is not verified yet */
  unverifiedNotice?: ReactNode;
  submitLabel: string;
  draftLabel: string;
}) {
  const { pending } = useFormStatus();
  return (
    <div className="card space-y-4">
      {live ? <p className={NOTICE}>{liveNotice}</p> : <p>{draftNotice}</p>}
      {unverifiedNotice ? <p className={NOTICE}>{unverifiedNotice}</p> : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <button type="submit" name="intent" value="soumettre" className="btn-primary" disabled={pending}>
          {pending ? "Enregistrement…" : submitLabel}
        </button>
        <button type="submit" name="intent" value="brouillon" className="btn-secondary" disabled={pending}>
          {draftLabel}
        </button>
      </div>
    </div>
  );
}
