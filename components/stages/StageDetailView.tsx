import type { ReactNode } from "react";
import Link from "next/link";
import type { StageDetail } from "@/lib/stages/queries";
import type { TileConfig } from "@/components/carte/tiles";
import { SiteMiniMapLoader } from "@/components/carte/SiteMiniMapLoader";
import { Icon, type IconName } from "@/components/ui/Icon";
import { StageStatutBadge } from "@/components/stages/employeur/StageStatutBadge";
import { formatDate, formatSession } from "@/lib/format";

const kilometres = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

const pluriel = (n: number, mot: string) => `${n} ${mot}${n > 1 ? "s" : ""}`;

function duree(min: number, max: number): string {
  return min === max ? pluriel(max, "semaine") : `De ${min} à ${pluriel(max, "semaine")}`;
}

function places(offre: Pick<StageDetail, "places" | "placesRestantes">): string {
  if (offre.placesRestantes === 0)
    return `Aucune place restante (${pluriel(offre.places, "place")} au total)`;
  const restantes = offre.placesRestantes > 1 ? "places restantes" : "place restante";
  return `${offre.placesRestantes} ${restantes} sur ${offre.places}`;
}

/** An e-mail address or a phone number becomes a link; anything else stays text. */
function Contact({ value }: { value: string }) {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return <a href={`mailto:${value}`}>{value}</a>;
  const digits = value.replace(/[\s.-]/g, "");
  if (/^(\+33|0)\d{9}$/.test(digits)) return <a href={`tel:${digits}`}>{value}</a>;
  return <>{value}</>;
}

/** One fact: label above its value on a phone, beside it from the sm breakpoint. */
function Fait({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-x-6 sm:py-1">
      <dt className="font-semibold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Condition({ icon, label, children }: { icon: IconName; label: string; children: ReactNode }) {
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

type Props = {
  offre: StageDetail;
  tiles: TileConfig;
  /** 1 on the offer's own page; 2 where several offers are listed under the page's h1. */
  headingLevel?: 1 | 2;
  /** Shown under the title, e.g. a link to the application form. */
  actions?: ReactNode;
};

/** An offer as the public sees it: on its page and, for staff, in the moderation queue. */
export function StageDetailView({ offre, tiles, headingLevel = 1, actions }: Props) {
  const Title = headingLevel === 1 ? "h1" : "h2";
  const Section = headingLevel === 1 ? "h2" : "h3";
  const ids = `stage-${offre.id}`;
  const commune = `${offre.commune.codesPostaux[0] ?? ""} ${offre.commune.nom}`.trim();
  const avecAcces = offre.transportDetail || offre.distanceGareKm !== null;

  return (
    <article aria-labelledby={`${ids}-titre`} className="space-y-6">
      <header className="space-y-2">
        <Title id={`${ids}-titre`} className={headingLevel === 1 ? "text-3xl" : "text-2xl"}>
          {offre.titre}
        </Title>
        <p className="text-lg">
          <strong>{offre.organisation.nom}</strong>
          <span aria-hidden="true"> · </span>
          <span className="sr-only">, </span>
          {offre.commune.nom}
        </p>
        {offre.statut !== "publiee" ? (
          <p>
            <span className="sr-only">État de l&apos;offre : </span>
            <StageStatutBadge statut={offre.statut} />
          </p>
        ) : null}
        {offre.publieeAt ? (
          <p className="text-sm text-gray-700">Publiée le {formatDate(offre.publieeAt)}</p>
        ) : null}
        {actions}
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-8">
          <section aria-labelledby={`${ids}-essentiel`} className="space-y-3">
            <Section id={`${ids}-essentiel`} className="text-xl">
              L&apos;essentiel
            </Section>
            <dl className="divide-y divide-gray-200 sm:divide-y-0">
              <Fait label="Diplômes visés">
                <ul className="space-y-1">
                  {offre.diplomes.map((d) => (
                    <li key={d.id}>
                      {d.intitule}
                      {d.metier && d.metier !== d.intitule ? (
                        <span className="text-gray-700"> ({d.metier})</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </Fait>
              <Fait label="Année ou niveau">{offre.niveau}</Fait>
              <Fait label="Public accompagné">{offre.public?.libelle ?? "Non précisé"}</Fait>
              <Fait label="Type d'établissement">{offre.categorie?.libelle ?? "Non précisé"}</Fait>
              <Fait label="Périodes">
                {offre.touteLAnnee || offre.periodes.length === 0 ? (
                  "Toute l'année"
                ) : (
                  <ul className="space-y-1">
                    {offre.periodes.map((p) => (
                      <li key={p.debut.toISOString()}>{formatSession(p.debut, p.fin)}</li>
                    ))}
                  </ul>
                )}
              </Fait>
              <Fait label="Durée">{duree(offre.dureeMinSemaines, offre.dureeMaxSemaines)}</Fait>
              <Fait label="Places">{places(offre)}</Fait>
            </dl>
          </section>

          <section aria-labelledby={`${ids}-description`} className="space-y-3">
            <Section id={`${ids}-description`} className="text-xl">
              Description du stage
            </Section>
            <p className="max-w-prose whitespace-pre-line break-words">{offre.description}</p>
          </section>

          <section aria-labelledby={`${ids}-conditions`} className="space-y-1">
            <Section id={`${ids}-conditions`} className="text-xl">
              Conditions
            </Section>
            <dl className="divide-y divide-gray-200">
              <Condition icon="euro" label="Gratification">
                {offre.gratification
                  ? `Oui${offre.gratificationDetail ? ` : ${offre.gratificationDetail}` : ""}`
                  : "Non"}
              </Condition>
              <Condition icon="maison" label="Logement">
                {offre.logement ? "Logement possible" : "Pas de logement proposé"}
              </Condition>
              <Condition icon="bus" label="Accès sans voiture">
                {offre.sansVoiture
                  ? "Oui, accessible sans voiture"
                  : "Non garanti : une voiture peut être nécessaire"}
                {avecAcces ? (
                  <ul className="mt-1 space-y-1">
                    {offre.transportDetail ? <li>Transports : {offre.transportDetail}</li> : null}
                    {offre.distanceGareKm !== null ? (
                      <li>
                        Distance de la gare ou de l&apos;arrêt : {kilometres.format(offre.distanceGareKm)} km
                      </li>
                    ) : null}
                  </ul>
                ) : null}
              </Condition>
              <Condition icon="voiture" label="Permis de conduire">
                {offre.permisRequis ? "Requis" : "Non requis"}
              </Condition>
              <Condition icon="lune" label="Horaires de nuit">
                {offre.horairesNuit ? "Oui, horaires de nuit possibles" : "Non"}
              </Condition>
              <Condition icon="calendrier" label="Week-end">
                {offre.horairesWeekend ? "Oui, travail le week-end possible" : "Non"}
              </Condition>
            </dl>
          </section>
        </div>

        <div className="space-y-8">
          <section aria-labelledby={`${ids}-lieu`} className="space-y-3">
            <Section id={`${ids}-lieu`} className="text-xl">
              Lieu du stage
            </Section>
            <address className="flex gap-3 not-italic">
              <span className="mt-0.5 text-pin-700">
                <Icon name="repere" className="h-6 w-6" />
              </span>
              <span>
                {offre.site.nom}
                <br />
                {offre.site.adresse}
                <br />
                {commune}
              </span>
            </address>
            <SiteMiniMapLoader
              latitude={offre.latitude}
              longitude={offre.longitude}
              tiles={tiles}
              label={`Carte : emplacement de ${offre.site.nom}, ${offre.commune.nom}`}
            />
          </section>

          <section aria-labelledby={`${ids}-tutorat`} className="space-y-3">
            <Section id={`${ids}-tutorat`} className="text-xl">
              Tutorat
            </Section>
            <div className="flex gap-3">
              <span className="mt-0.5 text-pin-700">
                <Icon name="personne" className="h-6 w-6" />
              </span>
              <div>
                <p>
                  <strong>{offre.tuteurNom}</strong>
                  <br />
                  {offre.tuteurFonction}
                </p>
                {offre.tuteurContact ? (
                  <p>
                    Contact : <Contact value={offre.tuteurContact} />
                  </p>
                ) : (
                  <p className="text-gray-700">
                    <Link href={`/connexion?retour=${encodeURIComponent(`/stages/${offre.id}`)}`}>
                      Connectez-vous en tant qu&apos;apprenant·e
                    </Link>{" "}
                    pour voir le contact.
                  </p>
                )}
              </div>
            </div>
          </section>
        </div>
      </div>
    </article>
  );
}
