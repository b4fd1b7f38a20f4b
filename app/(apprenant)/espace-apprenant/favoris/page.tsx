import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { getMesFavoriList } from "@/lib/favoris/queries";
import { FavoriList } from "./_components/FavoriList";

export const metadata: Metadata = {
  title: "Mes favoris",
  description: "Les formations et les stages que vous avez mis de côté.",
};

export default async function MesFavorisPage() {
  const user = await requireRole("apprenant", "/espace-apprenant/favoris");
  const { formations, stages } = await getMesFavoriList(user);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/espace-apprenant">← Mon espace apprenant</Link>
      </p>
      <h1 className="text-3xl">Mes favoris</h1>
      <p className="max-w-2xl">
        Les formations et les stages que vous avez mis de côté. Ajoutez-en depuis la page d&apos;une formation
        ou d&apos;un stage, avec le bouton « Ajouter à mes favoris ».
      </p>
      <FavoriList formations={formations} stages={stages} />
    </div>
  );
}
