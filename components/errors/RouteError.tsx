"use client";

import { useEffect } from "react";
import { ErrorView } from "@/components/errors/ErrorView";

/** Body of every error.tsx: a generic French message; the technical detail stays in the server logs. */
export function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <ErrorView
      title="Une erreur est survenue"
      action={
        <button type="button" className="btn-primary" onClick={reset}>
          Réessayer
        </button>
      }
    >
      <p>La page n&apos;a pas pu s&apos;afficher. Réessayez dans quelques instants.</p>
      {error.digest ? (
        <p className="text-base text-gray-700">Référence de l&apos;incident : {error.digest}</p>
      ) : null}
    </ErrorView>
  );
}
