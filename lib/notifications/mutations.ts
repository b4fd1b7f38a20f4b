import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail";

export type Recipient = { id: string; email: string; prenom: string };
export type NotificationContent = { titre: string; message: string; lien?: string };

/** Tells people in the app and by e-mail. Called after the change is committed; a mail failure is logged, not thrown. */
export async function notify(recipients: Recipient[], content: NotificationContent): Promise<void> {
  if (recipients.length === 0) return;
  await db.notification.createMany({
    data: recipients.map((r) => ({
      userId: r.id,
      titre: content.titre,
      message: content.message,
      lien: content.lien ?? null,
    })),
  });
  const url = content.lien ? new URL(content.lien, env.NEXTAUTH_URL).toString() : undefined;
  await Promise.all(
    recipients.map((r) =>
      sendMail(r.email, {
        subject: content.titre,
        greeting: `Bonjour ${r.prenom},`,
        paragraphs: [content.message],
        action: url ? { label: "Voir sur le guichet", url } : undefined,
      }),
    ),
  );
}

/** The members of an organisation, as recipients. */
export async function getOrganisationRecipientList(organisationId: string): Promise<Recipient[]> {
  const members = await db.organisationMember.findMany({
    where: { organisationId },
    select: { user: { select: { id: true, email: true, prenom: true } } },
  });
  return members.map((m) => m.user);
}

/** Marks the given notifications of the user as read (those shown: one arriving meanwhile stays new). */
export async function markNotificationsRead(userId: string, ids: string[]): Promise<void> {
  await db.notification.updateMany({
    where: { userId, id: { in: ids }, lueAt: null },
    data: { lueAt: new Date() },
  });
}
