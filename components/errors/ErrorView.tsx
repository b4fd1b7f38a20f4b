import Link from "next/link";
import type { ReactNode } from "react";

/** The shape of every error page: a title, an explanation, ways out. */
export function ErrorView({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-2xl space-y-5 py-8">
      <h1 className="text-3xl">{title}</h1>
      <div className="space-y-3 text-lg">{children}</div>
      <p className="flex flex-wrap gap-3">
        {action}
        <Link href="/" className="btn-secondary">
          Retour à l&apos;accueil
        </Link>
      </p>
    </div>
  );
}
