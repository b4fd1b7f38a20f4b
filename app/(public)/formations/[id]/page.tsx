import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteMiniMapLoader } from "@/components/carte/SiteMiniMapLoader";
import { FavoriButton } from "@/components/favoris/FavoriButton";
import { Icon, type IconName } from "@/components/ui/Icon";
import { hasAccess } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getTileConfig } from "@/lib/carte/tiles";
import { isoFromDate, todayInParis } from "@/lib/dates";
import { isFavori } from "@/lib/favoris/queries";
import { MODALITE_LABELS } from "@/lib/formations/constants";
import { getFormationPubliqueForRequest } from "@/lib/formations/public-queries";
import { formatDate } from "@/lib/format";
import { RouteIdSchema } from "@/lib/organisations/ids";
import { formatDuree } from "../_components/format";
import { SessionsTable } from "./_components/SessionsTable";

type Props = { params: Promise<{ id: string }> };

async function loadFormation(id: string) {
  const parsed = RouteIdSchema.safeParse(id);
  return parsed.success ? getFormationPubliqueForRequest(parsed.data) : null;
}

/** About 155 characters, cut at a word. */
function extrait(text: string, max = 155): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const end = cut.lastIndexOf(" ") > 80 ? cut.lastIndexOf(" ") : max;
  return `${cut.slice(0, end).replace(/[\s,;:.–-]+$/, "")}…`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const formation = await loadFormation((await params).id);
  // The page itself answers 404; the title only needs to say so.
  if (!formation) return { title: "Page introuvable" };
  const title = `${formation.titre} – ${formation.organisation.nom}`;
  const description = `${extrait(formation.description)} ${MODALITE_LABELS[formation.modalite]}, ${formation.diplome.intitule}.`;
  return { title, description, openGraph: { title, description, type: "article" } };
}

/** An e-mail address or a phone number becomes a link; anything else stays text. */
function Contact({ value }: { value: string }) {
  const email = /[^\s@,;:()<>]+@[^\s@,;:()<>]+\.[^\s@,;:()<>]+/.exec(value)?.[0];
  if (email) {
    const [before, after] = [
      value.slice(0, value.indexOf(email)),
      value.slice(value.indexOf(email) + email.length),
    ];
    return (
      <>
        {before}
        <a href={`mailto:${email}`}>{email}</a>
        {after}
      </>
    );
  }
  return <>{value}</>;
}

function Bloc({ id, titre, children }: { id: string; titre: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-xl">
        {titre}
      </h2>
      {children}
    </section>
  );
}

function Ligne({ icon, label, children }: { icon: IconName; label: string; children: ReactNode }) {
  return (
    <div className="py-3">
      <dt className="flex items-center gap-3 font-semibold">
        <span className="text-pin-700">
          <Icon name={icon} className="h-6 w-6" />
        </span>
        {label}
      </dt>
      <dd className="pl-9">{children}</dd>
    </div>
  );
}

/** "RNCP36004" as stored or "36004": the official form either way. */
const rncp = (code: string) => (/^RNCP/i.test(code) ? code.toUpperCase() : `RNCP${code}`);

const ouiNon = (v: boolean) => (v ? "Oui" : "Non");

export default async function FormationPage({ params }: Props) {
  const { id } = await params;
  const formation = await loadFormation(id);
  if (!formation) notFound();
  const user = await getCurrentUser();
  const apprenant = hasAccess(user, "apprenant");
  const favori = user && apprenant ? await isFavori(user, "formation", formation.id) : false;
  const today = todayInParis();
  const tiles = getTileConfig();
  const sites = [...new Map(formation.sessions.map((s) => [s.site.id, s.site])).values()];
  const avenir = formation.sessions.filter((s) => isoFromDate(s.fin) >= today).length;
  const retour = `/connexion?retour=${encodeURIComponent(`/formations/${formation.id}`)}`;

  return (
    <article aria-labelledby="titre-formation" className="space-y-8">
      <p>
        <Link href="/formations">← Toutes les formations</Link>
      </p>
      <header className="space-y-3">
        <h1 id="titre-formation" className="text-3xl">
          {formation.titre}
        </h1>
        <p className="text-lg">
          <strong>{formation.organisation.nom}</strong>
        </p>
        <ul className="flex flex-wrap gap-2" aria-label="Modalité">
          <li className="rounded-full bg-pin-50 px-3 py-1 text-sm font-semibold text-pin-800">
            {MODALITE_LABELS[formation.modalite]}
          </li>
          {formation.apprentissage && formation.modalite !== "apprentissage" ? (
            <li className="rounded-full bg-pin-50 px-3 py-1 text-sm font-semibold text-pin-800">
              Apprentissage possible
            </li>
          ) : null}
        </ul>
        {formation.publieeAt ? (
          <p className="text-sm text-gray-700">Publiée le {formatDate(formation.publieeAt)}</p>
        ) : null}
        {apprenant && user ? (
          <FavoriButton cible="formation" id={formation.id} titre={formation.titre} favori={favori} />
        ) : !user ? (
          <p>
            <Link href={retour}>Connectez-vous avec un compte apprenant·e</Link> pour ajouter cette formation
            à vos favoris.
          </p>
        ) : null}
      </header>

      <section aria-labelledby="titre-sessions" className="space-y-3">
        <h2 id="titre-sessions" className="text-2xl">
          Sessions
        </h2>
        {formation.sessions.length === 0 ? (
          <p>Aucune session n&apos;est annoncée pour le moment.</p>
        ) : (
          <>
            {avenir === 0 ? <p>Aucune session ouverte ou à venir pour le moment.</p> : null}
            <SessionsTable sessions={formation.sessions} today={today} />
          </>
        )}
      </section>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-8">
          <Bloc id="titre-essentiel" titre="L'essentiel">
            <dl className="divide-y divide-gray-200">
              <Ligne icon="diplome" label="Diplôme préparé">
                {formation.diplome.intitule}
                <br />
                <span className="text-gray-700">
                  Niveau {formation.diplome.niveau}
                  {formation.diplome.rncp ? ` · ${rncp(formation.diplome.rncp)}` : null}
                </span>
              </Ligne>
              <Ligne icon="calendrier" label="Modalité">
                {MODALITE_LABELS[formation.modalite]}
                {formation.apprentissage && formation.modalite !== "apprentissage"
                  ? " ; possible en apprentissage"
                  : null}
              </Ligne>
              <Ligne icon="horloge" label="Durée">
                {formatDuree(formation.dureeHeures, formation.heuresStage)}
              </Ligne>
            </dl>
          </Bloc>

          <Bloc id="titre-presentation" titre="Présentation">
            <p className="max-w-prose whitespace-pre-line break-words">{formation.description}</p>
          </Bloc>
          <Bloc id="titre-prerequis" titre="Prérequis">
            <p className="max-w-prose whitespace-pre-line break-words">{formation.prerequis}</p>
          </Bloc>
          <Bloc id="titre-selection" titre="Modalités de sélection">
            <p className="max-w-prose whitespace-pre-line break-words">{formation.selection}</p>
          </Bloc>
          <Bloc id="titre-couts" titre="Coût et financements">
            <p className="max-w-prose whitespace-pre-line break-words">{formation.couts}</p>
            <dl className="grid w-fit max-w-full grid-cols-[auto_max-content] gap-x-6 gap-y-1">
              <dt>Financement possible par la Région</dt>
              <dd className="font-semibold">{ouiNon(formation.financeRegion)}</dd>
              <dt>Éligible au compte personnel de formation (CPF)</dt>
              <dd className="font-semibold">{ouiNon(formation.cpf)}</dd>
              <dt>Possible en apprentissage</dt>
              <dd className="font-semibold">
                {ouiNon(formation.apprentissage || formation.modalite === "apprentissage")}
              </dd>
            </dl>
          </Bloc>
        </div>

        <div className="space-y-8">
          <Bloc id="titre-contact" titre="Contact">
            <dl className="divide-y divide-gray-200">
              <Ligne icon="personne" label="Contact de la formation">
                <Contact value={formation.contact} />
              </Ligne>
              <Ligne icon="personne" label="Référent·e accessibilité et handicap">
                <Contact value={formation.accessibiliteContact} />
              </Ligne>
            </dl>
            {formation.lienOrganisme ? (
              <p>
                <a href={formation.lienOrganisme} rel="noopener">
                  Page de la formation sur le site de {formation.organisation.nom} (site externe)
                </a>
              </p>
            ) : null}
          </Bloc>

          <Bloc id="titre-lieux" titre={sites.length > 1 ? "Lieux de formation" : "Lieu de formation"}>
            <ul className="space-y-6">
              {sites.map((site) => (
                <li key={site.id} className="space-y-3">
                  <address className="flex gap-3 not-italic">
                    <span className="mt-0.5 text-pin-700">
                      <Icon name="repere" className="h-6 w-6" />
                    </span>
                    <span>
                      {site.nom}
                      <br />
                      {site.adresse}
                      <br />
                      {`${site.commune.codesPostaux[0] ?? ""} ${site.commune.nom}`.trim()}
                    </span>
                  </address>
                  <SiteMiniMapLoader
                    latitude={site.latitude}
                    longitude={site.longitude}
                    tiles={tiles}
                    label={`Carte : emplacement de ${site.nom}, ${site.commune.nom}`}
                  />
                </li>
              ))}
            </ul>
          </Bloc>
        </div>
      </div>
    </article>
  );
}
