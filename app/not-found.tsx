import type { Metadata } from "next";
import Link from "next/link";
import { ErrorView } from "@/components/errors/ErrorView";

export const metadata: Metadata = { title: "Page introuvable" };

export default function NotFound() {
  return (
    <ErrorView title="Page introuvable">
      <p>Cette page n&apos;existe pas, a été déplacée, ou vous n&apos;y avez pas accès.</p>
      <p>
        Vérifiez l&apos;adresse, ou consultez le <Link href="/plan-du-site">plan du site</Link>.
      </p>
    </ErrorView>
  );
}
