import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Repeated failed staff sign-ins lock the login (and, separately, the client address) for a
// while. Keys are counted whether or not the login exists, so the lock reveals nothing.
export const MAX_FAILURES = 5;
/** A whole school signs in from one address: that key tolerates more failures. */
export const MAX_FAILURES_PER_ADDRESS = 30;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

export async function isLocked(prisma: PrismaClient, keys: string[], now = new Date()): Promise<boolean> {
  const rows = await prisma.signInThrottle.findMany({ where: { key: { in: keys } } });
  return rows.some((row) => row.lockedUntil !== null && row.lockedUntil > now);
}

export async function recordFailure(prisma: PrismaClient, keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    await prisma.$transaction(async (tx) => {
      const row = await tx.signInThrottle.findUnique({ where: { key } });
      const windowOver = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
      const failures = windowOver ? 1 : row.failures + 1;
      const data = {
        failures,
        windowStart: windowOver ? now : row.windowStart,
        lockedUntil: failures >= limitFor(key) ? new Date(now.getTime() + LOCK_MS) : (row?.lockedUntil ?? null),
      };
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    });
  }
}

export async function clearFailures(prisma: PrismaClient | Prisma.TransactionClient, keys: string[]): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key: { in: keys } } });
}

/** The key that counts one login's failures (a success or a new password clears it). */
export function loginKey(login: string): string {
  return `login:${login.trim().toLowerCase()}`;
}

/** The client's address as the proxy in front reports it (the first X-Forwarded-For entry). */
export function clientAddressOf(forwardedFor: string | null | undefined): string | undefined {
  return forwardedFor?.split(",")[0]?.trim() || undefined;
}

export function throttleKeys(login: string, clientAddress: string | undefined): string[] {
  const keys = [loginKey(login)];
  if (clientAddress) keys.push(`addr:${clientAddress}`);
  return keys;
}

function limitFor(key: string): number {
  return key.startsWith("addr:") ? MAX_FAILURES_PER_ADDRESS : MAX_FAILURES;
}
