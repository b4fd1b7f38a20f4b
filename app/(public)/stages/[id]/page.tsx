import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { hasAccess } from "@/lib/auth/permissions";
import { RouteIdSchema } from "@/lib/organisations/ids";
import { getTileConfig } from "@/lib/carte/tiles";
import { isoFromDate, todayInParis } from "@/lib/dates";
import { formatDate, formatPeriode } from "@/lib/format";
import { CANDIDATURE_STATUT_LABELS } from "@/lib/stages/constants";
import type { StageDetail } from "@/lib/stages/queries";
import { getCandidatureEnCours, getStageDetailForVisitor } from "@/lib/stages/public-queries";
import { StageDetailView } from "@/components/stages/StageDetailView";
import { FavoriButton } from "@/components/favoris/FavoriButton";
import { RessourcesProches } from "@/components/ressources/RessourcesProches";
import { isFavori } from "@/lib/favoris/queries";
import { CandidatureForm } from "./_components/CandidatureForm";
import { SignalementForm } from "./_components/SignalementForm";

type Props = { params: Promise<{ id: string }> };

async function loadOffre(id: string) {
  const parsed = RouteIdSchema.safeParse(id);
  return parsed.success ? getStageDetailForVisitor(parsed.data) : null;
}

/** About 155 characters, cut at a word. */
function extrait(text: string, max = 155): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 80 ? cut.lastIndexOf(" ") : max).replace(/[\s,;:.–-]+$/, "")}…`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const offre = await loadOffre((await params).id);
  // The page itself answers 404; the title only needs to say so.
  if (!offre) return { title: "Page introuvable" };
  const title = `${offre.titre} – ${offre.commune.nom}`;
  const description = `${extrait(offre.description)} – ${offre.organisation.nom}, ${offre.commune.nom}.`;
  return { title, description, openGraph: { title, description, type: "article" } };
}

/** Bounds and wording of the wanted-period inputs: today onwards, inside the offer's periods. */
function periodeBornes(offre: StageDetail) {
  const today = todayInParis();
  if (offre.touteLAnnee || offre.periodes.length === 0) {
    return {
      min: today,
      hint: "Ce stage est proposé toute l'année : indiquez les dates qui vous conviennent.",
    };
  }
  const periodes = offre.periodes.filter((p) => isoFromDate(p.fin) >= today);
  const debut = periodes[0] ? isoFromDate(periodes[0].debut) : today;
  const fin = periodes.map((p) => isoFromDate(p.fin)).reduce((a, b) => (a > b ? a : b), today);
  const texte = periodes.map((p) => formatPeriode(p.debut, p.fin)).join(" ; ");
  return {
    min: debut > today ? debut : today,
    max: fin,
    hint: `La période doit tenir dans une des périodes de l'offre : ${texte}.`,
  };
}

export default async function StagePage({ params }: Props) {
  const { id } = await params;
  const offre = await loadOffre(id);
  if (!offre) notFound();
  const user = await getCurrentUser();
  const apprenant = hasAccess(user, "apprenant");
  const candidature = user && apprenant ? await getCandidatureEnCours(user, offre.id) : null;
  const visible = offre.statut === "publiee" || offre.statut === "pourvue";
  const favori = user && apprenant && visible ? await isFavori(user, "stage", offre.id) : false;
  const retour = `/connexion?retour=${encodeURIComponent(`/stages/${offre.id}`)}`;

  return (
    <div className="space-y-10">
      {offre.vueProprietaire ? (
        <p className="rounded-md border-l-4 border-pin-700 bg-pin-50 p-4">
          Vous voyez cette offre telle que le public la voit.{" "}
          <Link href={`/espace-employeur/stages/${offre.id}`}>Gérer cette offre et ses candidatures</Link>
        </p>
      ) : null}

      <StageDetailView
        offre={offre}
        tiles={getTileConfig()}
        actions={
          <>
            {offre.ouverte && !candidature && (!user || apprenant) ? (
              <p className="pt-2">
                <a href="#candidater" className="btn-primary">
                  Candidater à ce stage
                </a>
              </p>
            ) : null}
            {user && apprenant && visible ? (
              <FavoriButton cible="stage" id={offre.id} titre={offre.titre} favori={favori} />
            ) : null}
          </>
        }
      />

      {visible ? <RessourcesProches latitude={offre.latitude} longitude={offre.longitude} /> : null}

      <section
        id="candidater"
        aria-labelledby="titre-candidater"
        className="card scroll-mt-4 space-y-4 border-pin-700"
      >
        <h2 id="titre-candidater" className="text-2xl">
          Candidater à ce stage
        </h2>
        {candidature ? (
          <p>
            Vous avez candidaté à ce stage le {formatDate(candidature.createdAt)} (statut :{" "}
            <strong>{CANDIDATURE_STATUT_LABELS[candidature.statut]}</strong>).{" "}
            <Link href="/espace-apprenant/candidatures">Voir mes candidatures</Link>
          </p>
        ) : !offre.ouverte ? (
          <p className="font-semibold">
            {visible
              ? "Ce stage n'accepte plus de candidature."
              : "Cette offre n'est pas publiée : elle n'accepte pas de candidature."}
          </p>
        ) : !user ? (
          <div className="space-y-3">
            <p>Pour candidater, connectez-vous avec votre compte apprenant·e.</p>
            <p className="flex flex-wrap gap-3">
              <Link href={retour} className="btn-primary">
                Se connecter pour candidater
              </Link>
              <Link href="/inscription/apprenant" className="btn-secondary">
                Créer un compte apprenant·e
              </Link>
            </p>
          </div>
        ) : !apprenant ? (
          <p>
            Les candidatures se font avec un compte apprenant·e : le compte avec lequel vous êtes connecté·e
            ne permet pas de candidater.
          </p>
        ) : (
          <CandidatureForm
            offreId={offre.id}
            labelledBy="titre-candidater"
            diplomes={offre.diplomes.map((d) => ({ value: d.id, label: d.intitule }))}
            dates={periodeBornes(offre)}
          />
        )}
      </section>

      {visible && !offre.vueProprietaire ? (
        user ? (
          <details className="max-w-2xl rounded-md border border-gray-300 p-4">
            <summary className="cursor-pointer font-semibold text-pin-800">Signaler cette offre</summary>
            <div className="mt-4 space-y-3">
              <p className="text-sm text-gray-700">
                Une offre vous semble trompeuse, erronée ou inappropriée ? L&apos;équipe de l&apos;institut
                examine chaque signalement.
              </p>
              <SignalementForm offreId={offre.id} />
            </div>
          </details>
        ) : (
          <p className="text-sm text-gray-700">
            Un problème avec cette offre ? <Link href={retour}>Connectez-vous</Link> pour la signaler à
            l&apos;équipe de l&apos;institut.
          </p>
        )
      ) : null}
    </div>
  );
}
