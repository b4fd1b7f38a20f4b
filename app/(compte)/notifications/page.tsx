import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { markNotificationsRead } from "@/lib/notifications/mutations";
import { getNotificationList } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Notifications" };

/** Only links inside the portal ("/…", not "//…") are rendered as links. */
const isInternal = (lien: string | null): lien is string =>
  !!lien && lien.startsWith("/") && !lien.startsWith("//");

export default async function NotificationsPage() {
  const user = await requireUser("/notifications");
  // Read first, then mark: what was new is still shown as new on this visit.
  const notifications = await getNotificationList(user.id);
  const unread = notifications.filter((n) => !n.lueAt).map((n) => n.id);
  if (unread.length > 0) await markNotificationsRead(user.id, unread);
  const nouvelles = notifications.filter((n) => !n.lueAt).length;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl">Notifications</h1>
      <p>
        {nouvelles === 0
          ? "Aucune nouvelle notification."
          : `${nouvelles} nouvelle${nouvelles > 1 ? "s" : ""} notification${nouvelles > 1 ? "s" : ""} depuis votre dernière visite.`}{" "}
        Chaque notification vous est aussi envoyée par e-mail.
      </p>
      {notifications.length === 0 ? (
        <p className="card">Vous n&apos;avez reçu aucune notification pour l&apos;instant.</p>
      ) : (
        <ul className="space-y-3">
          {notifications.map((n) => (
            <li
              key={n.id}
              className={`card space-y-2 ${n.lueAt ? "" : "border-l-4 border-l-pin-700 bg-pin-50"}`}
            >
              <h2 className="flex flex-wrap items-center gap-2 text-lg">
                {n.lueAt ? null : (
                  <span className="rounded bg-pin-700 px-2 py-0.5 text-sm font-semibold text-white">
                    Nouveau<span className="sr-only"> :</span>
                  </span>
                )}
                {n.titre}
              </h2>
              <p className="whitespace-pre-line break-words">{n.message}</p>
              <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-gray-700">
                <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
                {isInternal(n.lien) ? (
                  <Link href={n.lien}>
                    Voir<span className="sr-only"> : {n.titre}</span>
                  </Link>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
