"use client";

import { useFormStatus } from "react-dom";

/** The two submit buttons of a moderated offer's form: intent "soumettre" or "brouillon". */
export function IntentButtons({ submitLabel, draftLabel }: { submitLabel: string; draftLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
      <button type="submit" name="intent" value="soumettre" className="btn-primary" disabled={pending}>
        {pending ? "Enregistrement…" : submitLabel}
      </button>
      <button type="submit" name="intent" value="brouillon" className="btn-secondary" disabled={pending}>
        {draftLabel}
      </button>
    </div>
  );
}
