"use client";

import { demanderAdhesion } from "@/lib/gouvernance/actions";
import { MOTIVATION_MAX } from "@/lib/gouvernance/constants";
import { CountedText } from "@/components/forms/CountedText";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useActionForm } from "@/components/forms/useActionForm";

type Option = { value: string; label: string };

type Props = {
  colleges: Option[];
  /** the verified organisations the caller represents; empty for a request in their own name */
  organisations: Option[];
};

/** The request to join a collège: which collège, for which organisation (if any), and why. */
export function AdhesionForm({ colleges, organisations }: Props) {
  const form = useActionForm(demanderAdhesion);
  return (
    <form
      key={form.key}
      action={form.action}
      noValidate
      className="card max-w-3xl space-y-5"
      aria-labelledby="titre-demande"
    >
      <h2 id="titre-demande" className="text-2xl">
        Demander à rejoindre un collège
      </h2>
      <FormMessage state={form.state} />
      {organisations.length > 1 ? (
        <SelectField
          label="Organisation représentée"
          name="organisationId"
          required
          options={organisations}
          defaultValue={form.value("organisationId")}
          errors={form.errors?.organisationId}
        />
      ) : organisations.length === 1 ? (
        <>
          <input type="hidden" name="organisationId" value={organisations[0]!.value} />
          <p>
            Demande au nom de <strong>{organisations[0]!.label}</strong>.
          </p>
          {form.errors?.organisationId ? (
            <p className="text-sm font-semibold text-red-800">
              <span aria-hidden="true">⚠ </span>
              {form.errors.organisationId.join(" ")}
            </p>
          ) : null}
        </>
      ) : null}
      <SelectField
        label="Collège"
        name="college"
        required
        options={colleges}
        hint={
          organisations.length > 0
            ? "Les collèges qui accueillent des organisations."
            : "Les collèges qui accueillent des personnes à titre individuel."
        }
        defaultValue={form.value("college")}
        errors={form.errors?.college}
      />
      <CountedText
        label="Motivation"
        name="motivation"
        max={MOTIVATION_MAX}
        multiline
        rows={6}
        defaultValue={form.value("motivation") ?? ""}
        errors={form.errors?.motivation}
        example="Quelques lignes pour l'équipe de l'institut : ce que vous souhaitez apporter au collège et en attendre."
      />
      <SubmitButton pendingLabel="Envoi de la demande…">Envoyer la demande</SubmitButton>
    </form>
  );
}
