import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ReturnPathSchema } from "@/lib/comptes/retour";
import { SignInForm } from "./_components/SignInForm";

export const metadata: Metadata = { title: "Se connecter" };

const ParamsSchema = z.object({
  retour: ReturnPathSchema.optional(),
  inscription: z.enum(["apprenant", "organisation"]).optional().catch(undefined),
  reinitialisation: z.literal("ok").optional().catch(undefined),
  error: z.string().optional().catch(undefined),
});

const NOTICES = {
  apprenant: "Votre compte est créé. Connectez-vous pour accéder à votre espace.",
  organisation:
    "Votre compte et votre organisation sont enregistrés. L'équipe de l'institut va vérifier l'organisation ; vous pouvez déjà vous connecter.",
  reinitialisation: "Votre mot de passe a été modifié. Connectez-vous avec le nouveau mot de passe.",
};

export default async function ConnexionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = ParamsSchema.parse(await searchParams);
  const notice = params.inscription
    ? NOTICES[params.inscription]
    : params.reinitialisation
      ? NOTICES.reinitialisation
      : undefined;
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-3xl">Se connecter</h1>
      {notice ? (
        <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4 font-semibold text-pin-900">
          <span aria-hidden="true">✓ </span>
          {notice}
        </p>
      ) : null}
      <SignInForm returnTo={params.retour ?? "/"} initialError={params.error} />
      <p>
        <Link href="/mot-de-passe/oublie">Mot de passe oublié&nbsp;?</Link>
      </p>
      <p>
        Pas encore de compte&nbsp;? <Link href="/inscription">Créer un compte</Link>
      </p>
    </div>
  );
}
