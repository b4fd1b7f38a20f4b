"use client";

import { useCallback, useState } from "react";
import { enregistrerSite } from "@/lib/organisations/actions";
import { ADDRESS_MAX } from "@/lib/comptes/schemas";
import { SITE_NAME_MAX } from "@/lib/organisations/schemas";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { SelectField } from "@/components/forms/SelectField";
import { PinMapLoader } from "@/components/carte/PinMapLoader";
import type { TileConfig } from "@/components/carte/tiles";
import type { CommuneOption } from "@/lib/territoires/queries";
import { useActionForm } from "@/components/forms/useActionForm";

type Option = { value: string; label: string };
type SiteValues = {
  siteId?: string;
  nom: string;
  adresse: string;
  communeCode: string;
  categorieId: string | null;
  publicId: string | null;
  latitude: number;
  longitude: number;
  coordonneesSource: "commune" | "manuelle";
};

type Props = {
  organisationId: string;
  communes: CommuneOption[];
  categories: Option[];
  publics: Option[];
  tiles: TileConfig;
  site?: SiteValues;
  /** For a new site: the organisation's commune, so the pin starts nearby. */
  defaultCommuneCode?: string;
};

/** Creates or edits a site; the pin starts on the commune and can be moved on the map or typed in. */
export function SiteForm({
  organisationId,
  communes,
  categories,
  publics,
  tiles,
  site,
  defaultCommuneCode,
}: Props) {
  const form = useActionForm(enregistrerSite);
  const errors = form.errors;
  const initialCommune = form.value("communeCode") ?? site?.communeCode ?? defaultCommuneCode ?? "";
  const communeOf = (code: string) => communes.find((c) => c.code === code);
  const fallback = communeOf(initialCommune) ?? communeOf("40192") ?? communes[0];
  const [communeCode, setCommuneCode] = useState(initialCommune);
  const [point, setPoint] = useState(() => ({
    latitude: Number(form.value("latitude") ?? site?.latitude ?? fallback?.latitude ?? 43.89),
    longitude: Number(form.value("longitude") ?? site?.longitude ?? fallback?.longitude ?? -0.5),
    source: (form.value("coordonneesSource") ?? site?.coordonneesSource ?? "commune") as
      "commune" | "manuelle",
  }));

  const onMove = useCallback(
    (latitude: number, longitude: number) => setPoint({ latitude, longitude, source: "manuelle" }),
    [],
  );

  function onCommuneChange(code: string) {
    setCommuneCode(code);
    const commune = communeOf(code);
    if (commune) setPoint({ latitude: commune.latitude, longitude: commune.longitude, source: "commune" });
  }

  function resetToCommune() {
    const commune = communeOf(communeCode);
    if (commune) setPoint({ latitude: commune.latitude, longitude: commune.longitude, source: "commune" });
  }

  const communeLabel = communeOf(communeCode)?.nom;
  return (
    <form
      key={form.key}
      action={form.action}
      noValidate
      className="card space-y-6"
      aria-label={site ? "Modifier le site" : "Ajouter un site"}
    >
      <FormMessage state={form.state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      {site?.siteId ? <input type="hidden" name="siteId" value={site.siteId} /> : null}
      <input type="hidden" name="coordonneesSource" value={point.source} />
      <TextField
        label="Nom du site"
        name="nom"
        required
        maxLength={SITE_NAME_MAX}
        hint="Par exemple : EHPAD Les Pins – unité Alzheimer"
        defaultValue={form.value("nom") ?? site?.nom}
        errors={errors?.nom}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          label="Catégorie d'établissement"
          name="categorieId"
          options={categories}
          defaultValue={form.value("categorieId") ?? site?.categorieId ?? ""}
          errors={errors?.categorieId}
        />
        <SelectField
          label="Public accompagné"
          name="publicId"
          options={publics}
          defaultValue={form.value("publicId") ?? site?.publicId ?? ""}
          errors={errors?.publicId}
        />
      </div>
      <TextField
        label="Adresse"
        name="adresse"
        required
        maxLength={ADDRESS_MAX}
        hint="Numéro et voie"
        defaultValue={form.value("adresse") ?? site?.adresse}
        errors={errors?.adresse}
      />
      <SelectField
        label="Commune"
        name="communeCode"
        required
        options={communes.map((c) => ({ value: c.code, label: `${c.nom} (${c.codePostal})` }))}
        placeholder="— Choisir une commune des Landes —"
        value={communeCode}
        onChange={(e) => onCommuneChange(e.target.value)}
        errors={errors?.communeCode}
      />
      <fieldset className="space-y-3">
        <legend className="font-semibold">Emplacement sur la carte</legend>
        <p id="aide-carte" className="text-sm text-gray-700">
          Le repère est placé au centre de la commune. Faites-le glisser sur l&apos;entrée du site, ou
          saisissez la latitude et la longitude.{" "}
          {point.source === "manuelle"
            ? "Position ajustée à la main."
            : "Position approximative (centre de la commune)."}
        </p>
        <PinMapLoader
          latitude={point.latitude}
          longitude={point.longitude}
          tiles={tiles}
          onMove={onMove}
          label={`Emplacement du site${communeLabel ? ` à ${communeLabel}` : ""}, déplaçable`}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="Latitude"
            name="latitude"
            type="number"
            step="0.000001"
            required
            inputMode="decimal"
            value={point.latitude}
            onChange={(e) =>
              setPoint((p) => ({ ...p, latitude: Number(e.target.value), source: "manuelle" }))
            }
            errors={errors?.latitude}
          />
          <TextField
            label="Longitude"
            name="longitude"
            type="number"
            step="0.000001"
            required
            inputMode="decimal"
            value={point.longitude}
            onChange={(e) =>
              setPoint((p) => ({ ...p, longitude: Number(e.target.value), source: "manuelle" }))
            }
            errors={errors?.longitude}
          />
        </div>
        <button type="button" className="btn-secondary" onClick={resetToCommune} disabled={!communeCode}>
          Replacer le repère au centre de la commune
        </button>
      </fieldset>
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer le site</SubmitButton>
    </form>
  );
}
