/**
 * Applies pending migrations to the configured database (our `prisma migrate deploy`).
 *
 *   npm run db:migrate
 *
 * DATABASE_URL (postgres://… or postgresql://…) selects PostgreSQL; otherwise the embedded PGlite
 * database in PGLITE_DATA_DIR (default .data/pglite). The running server applies migrations by
 * itself at start, and an embedded database refuses a second process, so stop the server first.
 *
 * Run through `tsx --conditions react-server` (see package.json): lib/server files start with
 * `import "server-only"`, whose package resolves to an empty module under that condition.
 */
import { openDatabase } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { configFromEnvironment, describeDatabase } from "./configured-database";

async function main(): Promise<void> {
  const config = configFromEnvironment();
  console.log(`Migrating ${describeDatabase(config)}`);
  const database = await openDatabase(config);
  try {
    await applyMigrations(database, { log: (line) => console.log(line) });
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `db:migrate failed: ${error.message}` : error);
  process.exit(1);
});
