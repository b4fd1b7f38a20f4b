"use client";

import { useActionState } from "react";
import { quitterCollege } from "@/lib/gouvernance/actions";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";

/** Leaves a collège, or withdraws a pending request (the button says which). */
export function QuitterCollegeForm({
  membershipId,
  college,
  enAttente,
}: {
  membershipId: string;
  college: string;
  enAttente: boolean;
}) {
  const [state, action] = useActionState(quitterCollege, undefined);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <SubmitButton variant="danger" pendingLabel="Envoi…">
        {enAttente ? "Retirer la demande" : "Quitter le collège"}
        <span className="sr-only"> {college}</span>
      </SubmitButton>
    </form>
  );
}
