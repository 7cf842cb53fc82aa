import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

type Writer = PrismaClient | Prisma.TransactionClient;

// A session is a signed cookie (next-auth JWT) that the server cannot take back, so each user
// carries a version number that goes into the token at sign-in; a token whose number is behind
// the user's is refused on the next request. Raising the number ends every session at once.

/** Ends every session of `userId` (sign-out, password change or reset, block, deletion). */
export async function endAllSessions(writer: Writer, userId: string): Promise<number> {
  const user = await writer.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return user.sessionVersion;
}

/** The version a session beginning now gets. */
export async function currentSessionVersion(userId: string): Promise<number> {
  const user = await (await db()).user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? 0;
}

/**
 * The active user a session belongs to, or null when the session has been ended since (its
 * version is behind), the account is blocked or gone. A token from before session versions
 * existed counts as version 0.
 */
export async function sessionUser(session: { id?: string; sessionVersion?: number } | undefined) {
  if (!session?.id) return null;
  const user = await (await db()).user.findUnique({ where: { id: session.id }, include: { organisation: true } });
  if (!user || user.status !== "ACTIVE") return null;
  if ((session.sessionVersion ?? 0) !== user.sessionVersion) return null;
  return user;
}
