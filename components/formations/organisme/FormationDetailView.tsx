import type { FormationDetail } from "@/lib/formations/organisme-queries";
import { MODALITE_LABELS, RYTHME_LABELS, SESSION_ETAT_LABELS, sessionEtat } from "@/lib/formations/constants";
import { isoFromDate } from "@/lib/dates";
import { formatDay, formatPeriode, formatSession } from "@/lib/format";

const nombre = new Intl.NumberFormat("fr-FR");
const heures = (n: number) => `${nombre.format(n)} heure${n > 1 ? "s" : ""}`;
const places = (n: number) => `${n} place${n > 1 ? "s" : ""}`;

/** An e-mail address or a phone number becomes a link; anything else stays text. */
function Contact({ value }: { value: string }) {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return <a href={`mailto:${value}`}>{value}</a>;
  const digits = value.replace(/[\s.-]/g, "");
  if (/^(\+33|0)\d{9}$/.test(digits)) return <a href={`tel:${digits}`}>{value}</a>;
  return <span className="whitespace-pre-line">{value}</span>;
}

/** "Financement Région", "Éligible CPF"… as a list of what applies. */
export function financements(offre: Pick<FormationDetail, "financeRegion" | "cpf" | "apprentissage">) {
  return [
    offre.financeRegion ? "Financement Région" : null,
    offre.cpf ? "Éligible CPF" : null,
    offre.apprentissage ? "Possible en apprentissage" : null,
  ].filter((f): f is string => f !== null);
}

type Session = FormationDetail["sessions"][number];

function siteOf(s: Session): string {
  return `${s.site.nom}, ${s.site.commune.nom}`;
}

function rythmeOf(s: Session): string {
  return `${RYTHME_LABELS[s.rythme]}${s.rythmeDetail ? ` (${s.rythmeDetail})` : ""}`;
}

/**
 * The sessions of an offer: a table on wide screens, a list of cards on phones (only one of the two
 * is displayed, so assistive technologies meet it once). The state comes from the dates and `today`.
 */
export function SessionsTable({
  sessions,
  today,
  caption,
}: {
  sessions: Session[];
  today: string;
  caption: string;
}) {
  if (sessions.length === 0) return <p>Aucune session enregistrée.</p>;
  const etat = (s: Session) =>
    SESSION_ETAT_LABELS[sessionEtat(isoFromDate(s.debut), isoFromDate(s.fin), today)];
  return (
    <>
      <table className="hidden w-full border-collapse text-left md:table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-4">
              Site
            </th>
            <th scope="col" className="py-2 pr-4">
              Dates
            </th>
            <th scope="col" className="py-2 pr-4">
              Candidature jusqu&apos;au
            </th>
            <th scope="col" className="py-2 pr-4">
              Places
            </th>
            <th scope="col" className="py-2 pr-4">
              Rythme
            </th>
            <th scope="col" className="py-2">
              État
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id} className="border-b border-gray-300 align-top">
              <td className="py-2 pr-4">{siteOf(s)}</td>
              <td className="py-2 pr-4">{formatSession(s.debut, s.fin)}</td>
              <td className="py-2 pr-4">
                {s.dateLimiteCandidature ? formatDay(s.dateLimiteCandidature) : "Non précisée"}
              </td>
              <td className="whitespace-nowrap py-2 pr-4">{places(s.places)}</td>
              <td className="py-2 pr-4">{rythmeOf(s)}</td>
              <td className="whitespace-nowrap py-2">{etat(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol className="space-y-3 md:hidden" aria-label={caption}>
        {sessions.map((s, i) => (
          <li key={s.id} className="rounded-md border border-gray-300 p-4">
            <p className="font-semibold">
              Session {i + 1} : {etat(s)}
            </p>
            <dl className="mt-2 space-y-1">
              <div>
                <dt className="inline font-semibold">Site : </dt>
                <dd className="inline">{siteOf(s)}</dd>
              </div>
              <div>
                <dt className="inline font-semibold">Dates : </dt>
                <dd className="inline">{formatPeriode(s.debut, s.fin)}</dd>
              </div>
              <div>
                <dt className="inline font-semibold">Candidature jusqu&apos;au : </dt>
                <dd className="inline">
                  {s.dateLimiteCandidature ? formatDay(s.dateLimiteCandidature) : "non précisée"}
                </dd>
              </div>
              <div>
                <dt className="inline font-semibold">Places : </dt>
                <dd className="inline">{places(s.places)}</dd>
              </div>
              <div>
                <dt className="inline font-semibold">Rythme : </dt>
                <dd className="inline">{rythmeOf(s)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
    </>
  );
}

type Props = {
  offre: FormationDetail;
  /** Today in Paris ("YYYY-MM-DD"): each session's state depends on it. */
  today: string;
  /** Level of this view's section headings, under the title the page renders. */
  headingLevel: 2 | 3;
};

/** A training offer as the catalogue shows it: its facts, sessions, content and contacts. */
export function FormationDetailView({ offre, today, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingClass = headingLevel === 2 ? "text-2xl" : "text-xl";
  const ids = `formation-${offre.id}`;
  const aides = financements(offre);
  const blocs = [
    { key: "presentation", titre: "Présentation", texte: offre.description },
    { key: "prerequis", titre: "Prérequis", texte: offre.prerequis },
    { key: "selection", titre: "Modalités de sélection", texte: offre.selection },
    { key: "couts", titre: "Coût et financements", texte: offre.couts },
  ];
  return (
    <div className="space-y-8">
      <section aria-labelledby={`${ids}-essentiel`} className="space-y-3">
        <Heading id={`${ids}-essentiel`} className={headingClass}>
          L&apos;essentiel
        </Heading>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Diplôme préparé</dt>
          <dd>
            {offre.diplome.intitule}
            <span className="block text-gray-700">
              Niveau {offre.diplome.niveau}
              {offre.diplome.rncp ? `, fiche ${offre.diplome.rncp}` : null}
            </span>
          </dd>
          <dt className="font-semibold">Modalité</dt>
          <dd>{MODALITE_LABELS[offre.modalite]}</dd>
          <dt className="font-semibold">Public visé (codes FORMACODE)</dt>
          <dd>{offre.codesPublicVise.length > 0 ? offre.codesPublicVise.join(", ") : "Non indiqué"}</dd>
          <dt className="font-semibold">Durée</dt>
          <dd>
            {heures(offre.dureeHeures)}
            {offre.heuresStage > 0 ? `, dont ${heures(offre.heuresStage)} de stage` : ", sans stage"}
          </dd>
          <dt className="font-semibold">Financements</dt>
          <dd>
            {aides.length === 0 ? (
              "Aucun dispositif indiqué"
            ) : (
              <ul className="space-y-1">
                {aides.map((a) => (
                  <li key={a}>
                    <span aria-hidden="true">✓ </span>
                    {a}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>

      <section aria-labelledby={`${ids}-sessions`} className="space-y-3">
        <Heading id={`${ids}-sessions`} className={headingClass}>
          Sessions ({offre.sessions.length})
        </Heading>
        <SessionsTable sessions={offre.sessions} today={today} caption={`Sessions de « ${offre.titre} »`} />
      </section>

      {blocs.map((b) => (
        <section key={b.key} aria-labelledby={`${ids}-${b.key}`} className="space-y-2">
          <Heading id={`${ids}-${b.key}`} className={headingClass}>
            {b.titre}
          </Heading>
          <p className="max-w-prose whitespace-pre-line break-words">{b.texte}</p>
        </section>
      ))}

      <section aria-labelledby={`${ids}-contacts`} className="space-y-3">
        <Heading id={`${ids}-contacts`} className={headingClass}>
          Contacts
        </Heading>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Contact</dt>
          <dd className="break-words">
            <Contact value={offre.contact} />
          </dd>
          <dt className="font-semibold">Référent handicap</dt>
          <dd className="break-words">
            <Contact value={offre.accessibiliteContact} />
          </dd>
          {offre.lienOrganisme ? (
            <>
              <dt className="font-semibold">Page de l&apos;organisme</dt>
              <dd className="break-all">
                <a href={offre.lienOrganisme} rel="noopener noreferrer">
                  {offre.lienOrganisme}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
    </div>
  );
}
