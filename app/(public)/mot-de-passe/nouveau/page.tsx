import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { NouveauMotDePasseForm } from "./_components/NouveauMotDePasseForm";

export const metadata: Metadata = { title: "Choisir un nouveau mot de passe", robots: { index: false } };

const ParamsSchema = z.object({ jeton: z.string().max(200).optional().catch(undefined) });

export default async function NouveauMotDePassePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { jeton } = ParamsSchema.parse(await searchParams);
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-3xl">Choisir un nouveau mot de passe</h1>
      {jeton ? (
        <NouveauMotDePasseForm token={jeton} />
      ) : (
        <p>
          Ce lien est incomplet. <Link href="/mot-de-passe/oublie">Demander un nouveau lien</Link>
        </p>
      )}
    </div>
  );
}
