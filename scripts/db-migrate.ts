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
import { openDatabase, type DatabaseConfig } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { env } from "@/lib/server/env";

/** The same choice the server makes at start (lib/server/db/index.ts). */
function configFromEnvironment(): DatabaseConfig {
  const config = env();
  return config.DATABASE_URL
    ? { kind: "postgres", url: config.DATABASE_URL, poolSize: 1 }
    : { kind: "pglite", dataDir: config.PGLITE_DATA_DIR };
}

function describe(config: DatabaseConfig): string {
  if (config.kind === "pglite") return `PGlite in ${config.dataDir}`;
  const url = new URL(config.url);
  return `PostgreSQL ${url.host}${url.pathname}`;
}

async function main(): Promise<void> {
  const config = configFromEnvironment();
  console.log(`Migrating ${describe(config)}`);
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
