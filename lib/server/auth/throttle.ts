import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/server/env";
import { audit } from "@/lib/server/audit";

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

/** Counts one failure against each key; a key this failure locks is written to the audit log. */
export async function recordFailure(prisma: PrismaClient, keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    await prisma.$transaction(async (tx) => {
      const row = await tx.signInThrottle.findUnique({ where: { key } });
      const windowOver = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
      const failures = windowOver ? 1 : row.failures + 1;
      const wasLocked = row?.lockedUntil != null && row.lockedUntil > now;
      const locksNow = failures >= limitFor(key) && !wasLocked;
      const data = {
        failures,
        windowStart: windowOver ? now : row.windowStart,
        lockedUntil: locksNow ? new Date(now.getTime() + LOCK_MS) : (row?.lockedUntil ?? null),
      };
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
      if (locksNow) {
        await audit(tx, {
          actor: null,
          action: "login.locked-out",
          entity: "login",
          entityId: key,
          details: { failures, lockedUntil: data.lockedUntil!.toISOString() },
        });
      }
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

/**
 * The client's address for throttling. Only the entries our own proxies appended to
 * X-Forwarded-For can be believed: with N trusted proxies in front (TRUSTED_PROXY_COUNT), the
 * N-th entry from the right is the address the outermost of them saw; everything left of it is
 * whatever the client chose to send. With no trusted proxy (the default) the header is ignored
 * altogether, and as Next's route handlers expose no peer address, failures are then counted
 * per login only. A header shorter than the proxy chain did not come through it: no address.
 */
export function clientAddressOf(
  forwardedFor: string | null | undefined,
  trustedProxyCount: number = env().TRUSTED_PROXY_COUNT,
): string | undefined {
  if (trustedProxyCount < 1 || !forwardedFor) return undefined;
  const hops = forwardedFor.split(",").map((entry) => entry.trim());
  if (hops.length < trustedProxyCount) return undefined;
  const address = hops[hops.length - trustedProxyCount];
  return address && isPlausibleAddress(address) ? address : undefined;
}

// An IPv4 or IPv6 literal (optionally with a port, as some proxies write it); anything else
// in that slot is a misconfigured chain, not an address to lock.
function isPlausibleAddress(address: string): boolean {
  return /^[0-9a-fA-F:.[\]]{2,64}$/.test(address);
}

export function throttleKeys(login: string, clientAddress: string | undefined): string[] {
  const keys = [loginKey(login)];
  if (clientAddress) keys.push(`addr:${clientAddress}`);
  return keys;
}

function limitFor(key: string): number {
  return key.startsWith("addr:") ? MAX_FAILURES_PER_ADDRESS : MAX_FAILURES;
}
