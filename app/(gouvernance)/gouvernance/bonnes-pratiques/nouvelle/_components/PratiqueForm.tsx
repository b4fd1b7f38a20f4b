"use client";

import { soumettrePratique } from "@/lib/pratiques/actions";
import {
  PRATIQUE_CONTACT_MAX,
  PRATIQUE_TEXTE_MAX,
  PRATIQUE_THEME_LABELS,
  PRATIQUE_TITRE_MAX,
} from "@/lib/pratiques/constants";
import { CountedText } from "@/components/forms/CountedText";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useActionForm } from "@/components/forms/useActionForm";

const THEMES = Object.entries(PRATIQUE_THEME_LABELS).map(([value, label]) => ({ value, label }));

/** A good practice submitted for moderation. */
export function PratiqueForm({ organisations }: { organisations: { value: string; label: string }[] }) {
  const form = useActionForm(soumettrePratique);
  const v = (name: string) => form.value(name) ?? "";
  return (
    <form
      key={form.key}
      action={form.action}
      noValidate
      className="card space-y-5"
      aria-label="Proposer une bonne pratique"
    >
      <FormMessage state={form.state} />
      <CountedText
        label="Titre"
        name="titre"
        max={PRATIQUE_TITRE_MAX}
        defaultValue={v("titre")}
        errors={form.errors?.titre}
        example="Par exemple : un binôme de tuteurs pour chaque nouveau salarié."
      />
      <SelectField
        label="Thème"
        name="theme"
        required
        options={THEMES}
        defaultValue={v("theme")}
        errors={form.errors?.theme}
      />
      {organisations.length > 0 ? (
        <SelectField
          label="Au nom de l'organisation"
          name="organisationId"
          options={organisations}
          placeholder="— À titre individuel —"
          hint="La pratique sera reliée à la fiche de l'organisation dans l'annuaire."
          defaultValue={v("organisationId")}
          errors={form.errors?.organisationId}
        />
      ) : null}
      <CountedText
        label="Contexte"
        name="contexte"
        max={PRATIQUE_TEXTE_MAX}
        multiline
        rows={5}
        defaultValue={v("contexte")}
        errors={form.errors?.contexte}
        example="La situation de départ : le besoin, la difficulté rencontrée, le public concerné."
      />
      <CountedText
        label="Ce qui a été fait"
        name="actions"
        max={PRATIQUE_TEXTE_MAX}
        multiline
        rows={6}
        defaultValue={v("actions")}
        errors={form.errors?.actions}
        example="Les étapes, les partenaires, les moyens mobilisés."
      />
      <CountedText
        label="Résultats"
        name="resultats"
        max={PRATIQUE_TEXTE_MAX}
        multiline
        rows={5}
        defaultValue={v("resultats")}
        errors={form.errors?.resultats}
        example="Ce qui a changé, chiffres à l'appui si possible, et ce que vous feriez autrement."
      />
      <CountedText
        label="Contact"
        name="contactOrganisation"
        max={PRATIQUE_CONTACT_MAX}
        defaultValue={v("contactOrganisation")}
        errors={form.errors?.contactOrganisation}
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
