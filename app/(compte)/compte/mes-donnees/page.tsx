import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guards";
import { SuppressionCompteForm } from "@/components/comptes/SuppressionCompteForm";

export const metadata: Metadata = { title: "Mes données" };

export default async function MesDonneesPage() {
  const user = await requireUser("/compte/mes-donnees");
  return (
    <div className="prose-page space-y-8">
      <h1 className="text-3xl">Mes données</h1>
      <p>
        Vous pouvez à tout moment télécharger tout ce que le guichet conserve à votre sujet, ou supprimer
        votre compte. Les durées de conservation et vos autres droits sont décrits sur la page{" "}
        <Link href="/donnees-personnelles">données personnelles</Link>.
      </p>

      <section aria-labelledby="telecharger" className="card space-y-3">
        <h2 id="telecharger" className="text-xl">
          Télécharger mes données
        </h2>
        <p>
          Un fichier JSON (lisible par un tableur ou un éditeur de texte) contenant votre compte ({user.email}
          ), vos organisations, candidatures, signalements, favoris, notifications, demandes d&apos;aide avec
          leurs échanges et les notes de la cellule, ressources proposées, adhésions aux collèges, bonnes
          pratiques, les actions faites avec votre compte et vos dernières tentatives de connexion. Votre mot
          de passe n&apos;y figure pas : il n&apos;est conservé que sous une forme qui ne permet pas de le
          retrouver.
        </p>
        <p>
          <a href="/compte/mes-donnees/export" className="btn-primary" download>
            Télécharger mes données (JSON)
          </a>
        </p>
      </section>

      <section aria-labelledby="supprimer" className="space-y-3">
        <h2 id="supprimer" className="text-xl">
          Supprimer mon compte
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Votre compte, vos candidatures, favoris, notifications et signalements sont effacés.</li>
          <li>
            Vos demandes d&apos;aide sont closes et anonymisées : la cellule locale ne garde que des chiffres
            (besoin, territoire, dates) sans rien qui vous désigne.
          </li>
          <li>
            Si vous êtes la dernière personne membre d&apos;une organisation, ses offres et ressources sont
            archivées et elle quitte l&apos;annuaire ; ses données restent à l&apos;institut. S&apos;il reste
            d&apos;autres membres, rien ne change pour l&apos;organisation.
          </li>
          <li>Si vous êtes une famille d&apos;accueil, vos ressources sont supprimées.</li>
        </ul>
        <SuppressionCompteForm />
      </section>
    </div>
  );
}
