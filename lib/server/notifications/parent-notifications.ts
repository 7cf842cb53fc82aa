import "server-only";
import { db } from "@/lib/server/db";

export async function countUnread(userId: string): Promise<number> {
  return (await db()).notification.count({ where: { userId, readAt: null } });
}

/** The user's notifications, newest first; opening the list marks them read. */
export async function listNotifications(userId: string, take = 50) {
  const prisma = await db();
  const items = await prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take });
  const unreadIds = items.filter((n) => !n.readAt).map((n) => n.id);
  if (unreadIds.length) {
    await prisma.notification.updateMany({ where: { id: { in: unreadIds }, userId }, data: { readAt: new Date() } });
  }
  return items;
}
