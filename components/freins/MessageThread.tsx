import { formatDateTime } from "@/lib/format";

type Message = {
  id: string;
  contenu: string;
  createdAt: Date;
  auteurId: string | null;
  auteur: { prenom: string; nom: string } | null;
};

/** The thread between the learner and the cell, oldest first; `selfId` marks the reader's own messages. */
export function MessageThread({
  messages,
  selfId,
  apprenantId,
}: {
  messages: Message[];
  selfId: string;
  apprenantId: string | null;
}) {
  if (messages.length === 0) return <p>Aucun message pour le moment.</p>;
  return (
    <ol className="space-y-3">
      {messages.map((m) => {
        const mine = m.auteurId === selfId;
        const fromApprenant = m.auteurId !== null && m.auteurId === apprenantId;
        const who = mine
          ? "Vous"
          : m.auteur
            ? `${m.auteur.prenom} ${m.auteur.nom}${fromApprenant ? " (apprenant·e)" : " (cellule locale)"}`
            : "Compte supprimé";
        return (
          <li
            key={m.id}
            className={`rounded-md border p-3 ${mine ? "border-pin-700 bg-pin-50 sm:ml-8" : "border-gray-400 bg-white sm:mr-8"}`}
          >
            <p className="text-sm text-gray-700">
              <strong className="text-gray-900">{who}</strong>, le {formatDateTime(m.createdAt)}
            </p>
            <p className="mt-1 whitespace-pre-line break-words">{m.contenu}</p>
          </li>
        );
      })}
    </ol>
  );
}
