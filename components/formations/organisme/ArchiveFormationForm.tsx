"use client";

import { useActionState } from "react";
import { archiverFormation } from "@/lib/formations/actions";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

/**
 * Archives a training offer after an explicit second step. Stays mounted once the offer is
 * archived, so the confirmation message survives the page refresh.
 */
export function ArchiveFormationForm({ offreId, archivee }: { offreId: string; archivee: boolean }) {
  const [state, action] = useActionState(archiverFormation, undefined);
  const formKey = useSubmissionKey(state);
  return (
    <div className="space-y-3">
      {archivee ? null : (
        <details key={formKey} open={!!state && !state.ok} className="group">
          <summary className="btn-danger cursor-pointer list-none [&::-webkit-details-marker]:hidden">
            Archiver la formation…
          </summary>
          <form action={action} className="mt-3 space-y-3 rounded-md border border-red-700 p-4">
            <input type="hidden" name="offreId" value={offreId} />
            <p>
              Une formation archivée n&apos;apparaît plus dans le catalogue. Vous pourrez toujours la
              consulter, la modifier et la soumettre à nouveau.
            </p>
            <SubmitButton variant="danger" pendingLabel="Archivage…">
              Confirmer l&apos;archivage
            </SubmitButton>
          </form>
        </details>
      )}
      <FormMessage state={state} />
    </div>
  );
}
