import type { getModerationHistory } from "@/lib/moderation/queries";
import { formatDateTime } from "@/lib/format";

type Entries = Awaited<ReturnType<typeof getModerationHistory>>;

/** A record's moderation steps, oldest first: date, what happened, who, and the reason when there is one. */
export function ModerationHistory({ entries }: { entries: Entries }) {
  if (entries.length === 0)
    return <p className="text-gray-700">Aucune étape de modération pour l&apos;instant.</p>;
  return (
    <ol className="space-y-3 border-l-2 border-gray-300 pl-4">
      {entries.map((e) => (
        <li key={e.id} className="space-y-1">
          <p>
            <time dateTime={e.createdAt.toISOString()} className="text-gray-700">
              {formatDateTime(e.createdAt)}
            </time>
            <span aria-hidden="true"> · </span>
            <strong>{e.libelle}</strong>
            <span className="text-gray-700"> par {e.auteur}</span>
          </p>
          {e.reason ? (
            <p className="whitespace-pre-line">
              <span className="font-semibold">Motif : </span>
              {e.reason}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** The history under its "Historique de modération" heading, as every offer page and queue shows it. */
export function ModerationHistorySection({
  entries,
  headingId,
  headingLevel,
  className,
}: {
  entries: Entries;
  headingId: string;
  headingLevel: 2 | 3;
  className: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading id={headingId} className={headingLevel === 2 ? "text-2xl" : "text-lg"}>
        Historique de modération
      </Heading>
      <ModerationHistory entries={entries} />
    </section>
  );
}
