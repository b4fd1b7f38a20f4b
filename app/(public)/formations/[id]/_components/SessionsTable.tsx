import type { ReactNode } from "react";
import { isoFromDate } from "@/lib/dates";
import { formatDay, formatSession } from "@/lib/format";
import {
  RYTHME_LABELS,
  SESSION_ETAT_LABELS,
  sessionEtat,
  type SessionEtat,
} from "@/lib/formations/constants";
import type { FormationPublique } from "@/lib/formations/public-queries";
import { StatutBadge, type StatutTone } from "@/components/ui/StatutBadge";

type Session = FormationPublique["sessions"][number];

const ETAT_TONES: Record<SessionEtat, StatutTone> = {
  a_venir: "success",
  en_cours: "info",
  terminee: "neutral",
};

function Etat({ etat }: { etat: SessionEtat }) {
  // Kept on one line in the table's narrow column (white-space is inherited by the badge).
  return (
    <span className="whitespace-nowrap">
      <StatutBadge tone={ETAT_TONES[etat]}>{SESSION_ETAT_LABELS[etat]}</StatutBadge>
    </span>
  );
}

function limite(session: Session, today: string): ReactNode {
  if (!session.dateLimiteCandidature) return "Non précisée";
  const passee = isoFromDate(session.dateLimiteCandidature) < today;
  return (
    <>
      <span className="whitespace-nowrap">{formatDay(session.dateLimiteCandidature)}</span>
      {passee ? <span className="text-gray-700"> (passée)</span> : null}
    </>
  );
}

function Rythme({ session }: { session: Session }) {
  return (
    <>
      {RYTHME_LABELS[session.rythme]}
      {session.rythmeDetail ? (
        <>
          <br />
          <span className="text-gray-700">{session.rythmeDetail}</span>
        </>
      ) : null}
    </>
  );
}

/**
 * The sessions of a training: a table from small tablets up, one card per session on phones (the
 * hidden one is display: none, so assistive technologies meet the sessions once).
 */
export function SessionsTable({ sessions, today }: { sessions: Session[]; today: string }) {
  const rows = sessions.map((s) => ({
    s,
    etat: sessionEtat(isoFromDate(s.debut), isoFromDate(s.fin), today),
  }));
  return (
    <>
      <ul className="space-y-4 sm:hidden">
        {rows.map(({ s, etat }) => (
          <li key={s.id} className="card space-y-2">
            <p className="font-semibold">
              {s.site.nom}, {s.site.commune.nom}
            </p>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
              <dt className="font-semibold">Dates</dt>
              <dd>{formatSession(s.debut, s.fin)}</dd>
              <dt className="font-semibold">Candidature</dt>
              <dd>
                {s.dateLimiteCandidature ? "Jusqu'au " : null}
                {limite(s, today)}
              </dd>
              <dt className="font-semibold">Places</dt>
              <dd>{s.places}</dd>
              <dt className="font-semibold">Rythme</dt>
              <dd>
                <Rythme session={s} />
              </dd>
              <dt className="font-semibold">État</dt>
              <dd>
                <Etat etat={etat} />
              </dd>
            </dl>
          </li>
        ))}
      </ul>
      <div
        role="region"
        aria-label="Tableau des sessions, défilant horizontalement si besoin"
        tabIndex={0}
        className="hidden overflow-x-auto rounded-md border border-gray-300 sm:block"
      >
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">
            Sessions de la formation : lieu, dates, date limite de candidature, places, rythme et état
          </caption>
          <thead className="bg-sable-100">
            <tr>
              {["Lieu", "Début", "Fin", "Candidature jusqu'au", "Places", "Rythme", "État"].map((h) => (
                <th key={h} scope="col" className="px-3 py-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ s, etat }) => (
              <tr key={s.id} className="border-t border-gray-300 align-top">
                <th scope="row" className="px-3 py-2 font-normal">
                  {s.site.nom}
                  <br />
                  <span className="text-gray-700">{s.site.commune.nom}</span>
                </th>
                <td className="whitespace-nowrap px-3 py-2">{formatDay(s.debut)}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatDay(s.fin)}</td>
                <td className="px-3 py-2">{limite(s, today)}</td>
                <td className="px-3 py-2">{s.places}</td>
                <td className="min-w-48 px-3 py-2">
                  <Rythme session={s} />
                </td>
                <td className="px-3 py-2">
                  <Etat etat={etat} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
