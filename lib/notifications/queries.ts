import "server-only";
import { db } from "@/lib/db";

/** The user's latest notifications, newest first. */
export function getNotificationList(userId: string, take = 50) {
  return db.notification.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, titre: true, message: true, lien: true, lueAt: true, createdAt: true },
  });
}

export function countUnreadNotifications(userId: string) {
  return db.notification.count({ where: { userId, lueAt: null } });
}
