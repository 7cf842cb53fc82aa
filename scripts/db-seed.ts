/**
 * Loads the demo data (prisma/seed/*) into the configured database.
 *
 *   npm run db:seed            migrate, then seed if the database has no organisations yet
 *   npm run db:seed -- --reset migrate, empty every table (the migration history stays), seed
 *
 * DATABASE_URL (postgres://…) selects PostgreSQL; otherwise the embedded PGlite database in
 * PGLITE_DATA_DIR (default .data/pglite), which refuses a second process: stop the server first
 * (it migrates and seeds an empty database by itself at start).
 *
 * Run through `tsx --conditions react-server` (see package.json), like db:migrate, so that
 * `import "server-only"` resolves to an empty module.
 */
import { openDatabase, type Database } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { isDatabaseEmpty } from "@/lib/server/db/client";
import { seedDemoData } from "@/lib/server/db/seed";
import { configFromEnvironment, describeDatabase } from "./configured-database";

/** Empties every table of the schema except the migration history. */
async function truncateAll(database: Database): Promise<number> {
  const tables = await database.raw.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'",
  );
  if (tables.length === 0) return 0;
  const list = tables.map((t) => `"${t.tablename.replaceAll('"', '""')}"`).join(", ");
  await database.raw.exec(`TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`);
  return tables.length;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--reset");
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown.join(" ")} (only --reset is understood)`);
  const isReset = args.includes("--reset");

  const config = configFromEnvironment();
  console.log(`Seeding ${describeDatabase(config)}${isReset ? " (reset)" : ""}`);
  const database = await openDatabase(config);
  try {
    await applyMigrations(database, { log: (line) => console.log(line) });
    if (isReset) console.log(`Emptied ${await truncateAll(database)} tables`);
    if (!(await isDatabaseEmpty(database.prisma))) {
      console.log("The database already has organisations; nothing seeded (use --reset to start over).");
      return;
    }
    const summary = await seedDemoData(database.prisma);
    console.log(`Seeded in ${summary.ms} ms:`);
    for (const [table, count] of Object.entries(summary.counts)) console.log(`  ${table.padEnd(20)} ${count}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `db:seed failed: ${error.message}` : error);
  process.exit(1);
});
