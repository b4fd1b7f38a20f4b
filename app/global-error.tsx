"use client";

import "./globals.css";

// Replaces the root layout when it fails itself: keep it self-contained.
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="fr">
      <body className="p-8">
        <main className="mx-auto max-w-2xl space-y-5">
          <h1 className="text-3xl">Le service est momentanément indisponible</h1>
          <p className="text-lg">
            Une erreur nous empêche d&apos;afficher le guichet. Réessayez dans quelques instants.
          </p>
          {error.digest ? <p>Référence de l&apos;incident : {error.digest}</p> : null}
          <p className="flex gap-3">
            <button type="button" className="btn-primary" onClick={reset}>
              Réessayer
            </button>
            {/* A plain link: the client router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="btn-secondary">
              Retour à l&apos;accueil
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
