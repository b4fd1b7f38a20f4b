import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getCommuneOptionList } from "@/lib/territoires/queries";
import { InscriptionOrganisationForm } from "./_components/InscriptionOrganisationForm";

export const metadata: Metadata = { title: "Inscrire mon organisation" };

const ParamsSchema = z.object({
  type: z.enum(["employeur", "organisme_formation"]).optional().catch(undefined),
});

export default async function InscriptionOrganisationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ type }, communes] = await Promise.all([
    searchParams.then((p) => ParamsSchema.parse(p)),
    getCommuneOptionList(),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl">Inscrire mon organisation</h1>
      <p>
        Vous créez votre compte de personne référente et l&apos;organisation que vous représentez.
        L&apos;équipe de l&apos;institut vérifie chaque organisation (sous quelques jours ouvrés) avant
        qu&apos;elle puisse publier.
      </p>
      <p>
        Vous avez déjà un compte&nbsp;? <Link href="/connexion">Se connecter</Link>
      </p>
      <InscriptionOrganisationForm
        communes={communes.map((c) => ({ value: c.code, label: `${c.nom} (${c.codePostal})` }))}
        defaultType={type}
      />
    </div>
  );
}
