import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/server/env";
import { isDatabaseEmpty, openDatabase, type Database } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "@/lib/server/db/unavailable";

// One database per process, created lazily on first use (never during `next build`).
// globalThis survives dev-server module reloads.
const holder = globalThis as unknown as { __qabyldauDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  holder.__qabyldauDb ??= boot().catch((error) => {
    holder.__qabyldauDb = undefined;
    // Unreachable is told apart, so pages say "try again in a moment" and route handlers 503.
    throw isDatabaseUnavailable(error) ? new DatabaseUnavailableError(error) : error;
  });
  return holder.__qabyldauDb;
}

/** The Prisma client of this process. */
export async function db(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}

export async function closeDatabase(): Promise<void> {
  const pending = holder.__qabyldauDb;
  holder.__qabyldauDb = undefined;
  if (pending) await (await pending).close();
}

async function boot(): Promise<Database> {
  const config = env();
  const database = await openDatabase(
    config.DATABASE_URL
      ? { kind: "postgres", url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE }
      : { kind: "pglite", dataDir: config.PGLITE_DATA_DIR },
  );
  try {
    await applyMigrations(database);
    if ((config.SEED_DEMO ?? config.DEMO_STANDINS) === "true" && (await isDatabaseEmpty(database.prisma))) {
      // Loaded only when there is something to seed: the demo data is a large module.
      const { seedDemoData } = await import("@/lib/server/db/seed");
      await seedDemoData(database.prisma);
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
