import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// What the local adapters share: they read and write the registry_* tables through Prisma.

/** The process client, or a transaction's client when a use case wants the adapter inside it. */
export type DbClient = PrismaClient | Prisma.TransactionClient;

export type ClientSource = () => Promise<DbClient>;

/**
 * The given client, or the process database opened on first use. The import is lazy so that
 * loading an adapter does not load the database stack (tests hand in their own client).
 */
export function clientSource(client?: DbClient): ClientSource {
  if (client) return async () => client;
  return async () => (await import("@/lib/server/db")).db();
}

/** A @db.Date value (UTC midnight) as "YYYY-MM-DD". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" as the UTC-midnight Date Prisma uses for @db.Date columns. */
export function dayDate(isoDate: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`expected YYYY-MM-DD, got "${isoDate}"`);
  return new Date(`${isoDate}T00:00:00Z`);
}
