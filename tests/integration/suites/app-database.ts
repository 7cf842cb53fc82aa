// Points the application's own database singleton (lib/server/db) at a throw-away database,
// so integration tests exercise exactly what the server runs: boot, migrations, demo seed.
import { withFreshPostgres } from "../../fixtures/databases";

export type Target = "pglite" | "postgres";

/** Configure the environment for `target`; returns a cleanup, or null when PostgreSQL is absent. */
export async function useAppDatabase(target: Target): Promise<{ cleanup(): Promise<void> } | null> {
  process.env.SEED_DEMO = "true";
  process.env.APP_BASE_URL = "http://127.0.0.1:3999";
  process.env.NEXTAUTH_SECRET = "integration-test-secret-0123456789";
  if (target === "pglite") {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DATA_DIR = "memory://";
    return { cleanup: closeApp };
  }
  const fresh = await withFreshPostgres();
  if (!fresh) {
    console.warn("PostgreSQL at 127.0.0.1:5432 does not answer: the PostgreSQL variant of this suite is skipped.");
    return null;
  }
  process.env.DATABASE_URL = fresh.url;
  return {
    async cleanup() {
      await closeApp();
      await fresh.drop();
    },
  };
}

async function closeApp() {
  const { closeDatabase } = await import("@/lib/server/db");
  await closeDatabase();
}
