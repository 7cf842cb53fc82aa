// Points the application's own database singleton (lib/server/db) at a throw-away database,
// so integration tests exercise exactly what the server runs: boot, migrations, demo seed.
import { afterAll, beforeAll, it } from "@jest/globals";
import { postgresAbsentError, withFreshPostgres } from "../../fixtures/databases";

export type Target = "pglite" | "postgres";

/** Configure the environment for `target`; returns a cleanup. Throws when PostgreSQL is absent. */
export async function useAppDatabase(target: Target): Promise<{ cleanup(): Promise<void> }> {
  process.env.SEED_DEMO = "true";
  process.env.APP_BASE_URL = "http://127.0.0.1:3999";
  process.env.NEXTAUTH_SECRET = "integration-test-secret-0123456789";
  if (target === "pglite") {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DATA_DIR = "memory://";
    return { cleanup: closeApp };
  }
  const fresh = await withFreshPostgres();
  if (!fresh) throw postgresAbsentError();
  process.env.DATABASE_URL = fresh.url;
  return {
    async cleanup() {
      await closeApp();
      await fresh.drop();
    },
  };
}

type SuiteDatabase = {
  /** Set before the database is configured, e.g. the business date APP_TODAY. */
  env?: Record<string, string>;
  /** Loads the suite's use cases once the database is configured; not called when it is absent. */
  load(): Promise<void>;
  /** Runs before the database is closed, e.g. to stop a server `load` started. */
  unload?(): Promise<void>;
  /** Time allowed for set-up and for each test, when jest's default is too short. */
  setupTimeout?: number;
  testTimeout?: number;
};

/**
 * Puts the surrounding describe block on a throw-away `target` database (useAppDatabase) for
 * its whole run. Returns `run`, which declares a test. When PostgreSQL is absent the postgres
 * target's tests fail in the set-up: they are never skipped.
 */
export function onAppDatabase(target: Target, suite: SuiteDatabase) {
  let setup: Awaited<ReturnType<typeof useAppDatabase>> | null = null;
  beforeAll(async () => {
    Object.assign(process.env, suite.env);
    setup = await useAppDatabase(target);
    if (setup) await suite.load();
  }, suite.setupTimeout);
  afterAll(async () => {
    await suite.unload?.();
    await setup?.cleanup();
  });
  return (name: string, fn: () => Promise<void>) => it(name, fn, suite.testTimeout);
}

async function closeApp() {
  const { closeDatabase } = await import("@/lib/server/db");
  await closeDatabase();
}
