// The database the db:* scripts work on, chosen from the environment as the server does.
import type { DatabaseConfig } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";

/**
 * The same choice the server makes at start (lib/server/db/index.ts): DATABASE_URL selects
 * PostgreSQL, otherwise the embedded PGlite in PGLITE_DATA_DIR. One connection is enough here.
 */
export function configFromEnvironment(): DatabaseConfig {
  const config = env();
  return config.DATABASE_URL
    ? { kind: "postgres", url: config.DATABASE_URL, poolSize: 1 }
    : { kind: "pglite", dataDir: config.PGLITE_DATA_DIR };
}

/** Where the database is, for the first line a script prints (no password). */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return `PGlite in ${config.dataDir}`;
  const url = new URL(config.url);
  return `PostgreSQL ${url.host}${url.pathname}`;
}
