import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/lib/format";
import { RouteIdSchema } from "@/lib/organisations/ids";
import { getPratiquePublique } from "@/lib/pratiques/queries";
import { PratiqueDetail } from "@/components/pratiques/PratiqueDetail";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const parsed = RouteIdSchema.safeParse(id);
  return parsed.success ? getPratiquePublique(parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const pratique = await load((await params).id);
  return { title: pratique ? pratique.titre : "Bonne pratique introuvable" };
}

export default async function PratiquePage({ params }: Props) {
  const pratique = await load((await params).id);
  if (!pratique) notFound();
  return (
    <article className="max-w-3xl space-y-6" aria-labelledby="titre-pratique">
      <p>
        <Link href="/bonnes-pratiques">← Toutes les bonnes pratiques</Link>
      </p>
      <header className="space-y-2">
        <h1 id="titre-pratique" className="text-3xl">
          {pratique.titre}
        </h1>
        {pratique.publieeAt ? (
          <p className="text-gray-700">Publiée le {formatDate(pratique.publieeAt)}</p>
        ) : null}
      </header>
      <PratiqueDetail pratique={pratique} headingLevel={2} />
    </article>
  );
}
