"use client";

import { useActionState } from "react";
import { soumettrePratique } from "@/lib/pratiques/actions";
import {
  PRATIQUE_CONTACT_MAX,
  PRATIQUE_TEXTE_MAX,
  PRATIQUE_THEME_LABELS,
  PRATIQUE_TITRE_MAX,
} from "@/lib/pratiques/constants";
import { valueOf } from "@/components/forms/Field";
import { CountedText } from "@/components/forms/CountedText";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useSubmissionKey } from "@/components/forms/useSubmissionKey";

const THEMES = Object.entries(PRATIQUE_THEME_LABELS).map(([value, label]) => ({ value, label }));

/** A good practice submitted for moderation. */
export function PratiqueForm({ organisations }: { organisations: { value: string; label: string }[] }) {
  const [state, action] = useActionState(soumettrePratique, undefined);
  const formKey = useSubmissionKey(state);
  const failure = state && !state.ok ? state : undefined;
  const v = (name: string) => valueOf(failure?.values, name) ?? "";
  return (
    <form
      key={formKey}
      action={action}
      noValidate
      className="card space-y-5"
      aria-label="Proposer une bonne pratique"
    >
      <FormMessage state={state} />
      <CountedText
        label="Titre"
        name="titre"
        max={PRATIQUE_TITRE_MAX}
        defaultValue={v("titre")}
        errors={failure?.fieldErrors?.titre}
        example="Par exemple : un binôme de tuteurs pour chaque nouveau salarié."
      />
      <SelectField
        label="Thème"
        name="theme"
        required
        options={THEMES}
        defaultValue={v("theme")}
        errors={failure?.fieldErrors?.theme}
      />
      {organisations.length > 0 ? (
        <SelectField
          label="Au nom de l'organisation"
          name="organisationId"
          options={organisations}
          placeholder="— À titre individuel —"
          hint="La pratique sera reliée à la fiche de l'organisation dans l'annuaire."
          defaultValue={v("organisationId")}
          errors={failure?.fieldErrors?.organisationId}
        />
      ) : null}
      <CountedText
        label="Contexte"
        name="contexte"
        max={PRATIQUE_TEXTE_MAX}
        multiline
        rows={5}
        defaultValue={v("contexte")}
        errors={failure?.fieldErrors?.contexte}
        example="La situation de départ : le besoin, la difficulté rencontrée, le public concerné."
      />
      <CountedText
        label="Ce qui a été fait"
        name="actions"
        max={PRATIQUE_TEXTE_MAX}
        multiline
        rows={6}
        defaultValue={v("actions")}
        errors={failure?.fieldErrors?.actions}
        example="Les étapes, les partenaires, les moyens mobilisés."
      />
      <CountedText
        label="Résultats"
        name="resultats"
        max={PRATIQUE_TEXTE_MAX}
        multiline
        rows={5}
        defaultValue={v("resultats")}
        errors={failure?.fieldErrors?.resultats}
        example="Ce qui a changé, chiffres à l'appui si possible, et ce que vous feriez autrement."
      />
      <CountedText
        label="Contact"
        name="contactOrganisation"
        max={PRATIQUE_CONTACT_MAX}
        defaultValue={v("contactOrganisation")}
        errors={failure?.fieldErrors?.contactOrganisation}
        example="L'organisation et le service à contacter (pas de coordonnées personnelles) : par exemple « EHPAD Les Pins, direction, 05 58 00 00 00 »."
      />
      <p className="text-sm text-gray-700">
        Ne nommez aucune personne accompagnée. L&apos;équipe de l&apos;institut relit chaque pratique avant de
        la publier.
      </p>
      <SubmitButton pendingLabel="Envoi…">Soumettre à la modération</SubmitButton>
    </form>
  );
}
