"use client";

import { signalerStage } from "@/lib/stages/actions";
import { MOTIF_MAX, SIGNALEMENT_MOTIFS } from "@/lib/stages/constants";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useActionForm } from "@/components/forms/useActionForm";
import { TextAreaField } from "@/components/forms/TextAreaField";

const MOTIFS = Object.entries(SIGNALEMENT_MOTIFS).map(([value, label]) => ({ value, label }));

export function SignalementForm({ offreId }: { offreId: string }) {
  const form = useActionForm(signalerStage);
  // The message region stays mounted, so the thank-you replacing the form is announced.
  return (
    <div className="space-y-4">
      <FormMessage state={form.state} />
      {form.state?.ok ? null : (
        <form
          key={form.key}
          action={form.action}
          noValidate
          className="space-y-4"
          aria-label="Signaler cette offre"
        >
          <input type="hidden" name="offreId" value={offreId} />
          <SelectField
            label="Motif du signalement"
            name="motif"
            required
            options={MOTIFS}
            defaultValue={form.value("motif")}
            errors={form.errors?.motif}
          />
          <TextAreaField
            label="Commentaire"
            name="commentaire"
            hint={`Ce qui vous semble poser problème (${MOTIF_MAX} caractères au maximum). Seule l'équipe de l'institut le lira.`}
            errors={form.errors?.commentaire}
            rows={3}
            maxLength={MOTIF_MAX}
            defaultValue={form.value("commentaire")}
          />
          <SubmitButton variant="secondary" pendingLabel="Envoi du signalement…">
            Envoyer le signalement
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
