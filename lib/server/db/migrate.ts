import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "@/lib/server/db/client";

/**
 * Applies prisma/migrations/<timestamp>_<name>/migration.sql in order — our `prisma migrate
 * deploy` (the real one needs the native schema engine; see STACK.md).
 *
 * Compatible with Prisma's own bookkeeping: the same `_prisma_migrations` table, the same
 * checksum (sha256 hex of the file) and the same advisory lock, so either tool can take over from
 * the other. Unlike Prisma, each migration runs in its own transaction, so a failure leaves the
 * database as it was: the attempt is recorded as rolled back (with the error in `logs`) and the
 * error is thrown. Fixing the file and running again applies it.
 *
 * Refuses to continue past a failed migration that is not rolled back (left by Prisma or by hand),
 * a migration whose file changed since it was applied, or a migration recorded in the database
 * but missing on disk.
 *
 * Do not put statements that cannot run inside a transaction (CREATE INDEX CONCURRENTLY, or
 * using an enum value added in the same file) or explicit BEGIN/COMMIT in a migration.
 */
export async function applyMigrations(
  database: Database,
  options: { migrationsDir?: string; log?: (line: string) => void } = {},
): Promise<{ applied: string[] }> {
  const migrationsDir = options.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations");
  const log = options.log ?? (() => {});
  const onDisk = readMigrations(migrationsDir);

  return database.raw.withConnection(async (conn) => {
    // Advisory locks are per connection: lock, work and unlock on this one.
    await conn.query(`SELECT pg_advisory_lock(${ADVISORY_LOCK_KEY})`);
    let failed = false;
    try {
      await conn.exec(CREATE_MIGRATIONS_TABLE);
      const recorded = await conn.query<MigrationRow>(
        `SELECT "id", "checksum", "finished_at", "migration_name", "rolled_back_at"
           FROM "_prisma_migrations" ORDER BY "started_at", "migration_name"`,
      );
      const pending = checkHistory(onDisk, recorded, migrationsDir);

      const applied: string[] = [];
      for (const migration of pending) {
        log(`Applying migration ${migration.name}`);
        const id = crypto.randomUUID();
        try {
          await conn.exec("BEGIN");
          await conn.query(
            `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at")
             VALUES ($1, $2, $3, clock_timestamp())`,
            [id, migration.checksum, migration.name],
          );
          await conn.exec(migration.script);
          await conn.query(
            `UPDATE "_prisma_migrations"
                SET "finished_at" = clock_timestamp(), "applied_steps_count" = 1
              WHERE "id" = $1`,
            [id],
          );
          await conn.exec("COMMIT");
        } catch (error) {
          failed = true;
          const message = error instanceof Error ? error.message : String(error);
          await conn.exec("ROLLBACK").catch(() => {});
          // Keep an audit trail of the attempt. It is marked rolled back, which is the truth
          // here and what Prisma itself ignores when it next deploys.
          await conn
            .query(
              `INSERT INTO "_prisma_migrations"
                 ("id", "checksum", "migration_name", "logs", "rolled_back_at", "started_at")
               VALUES ($1, $2, $3, $4, clock_timestamp(), clock_timestamp())`,
              [id, migration.checksum, migration.name, message],
            )
            .catch(() => {});
          throw new Error(
            `Migration ${migration.name} failed and was rolled back; no later migration was applied. ` + `Database error: ${message}`,
            { cause: error },
          );
        }
        applied.push(migration.name);
      }
      log(applied.length === 0 ? "Database is up to date: no migration to apply" : `Applied ${applied.length} migration(s)`);
      return { applied };
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      // If we are throwing already, do not let a failing unlock hide the real error (a lost
      // connection releases the lock anyway).
      const unlock = conn.query(`SELECT pg_advisory_unlock(${ADVISORY_LOCK_KEY})`);
      if (failed) await unlock.catch(() => {});
      else await unlock;
    }
  });
}

/** Prisma's advisory lock key for migrations, so our runner and Prisma's exclude each other. */
const ADVISORY_LOCK_KEY = 72707369;

/** Exactly the table Prisma's schema engine creates on PostgreSQL. */
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type MigrationRow = {
  id: string;
  checksum: string;
  finished_at: Date | string | null;
  migration_name: string;
  rolled_back_at: Date | string | null;
};

export type MigrationOnDisk = { name: string; script: string; checksum: string };

/** The migration directories in order (their names start with a sortable timestamp). */
export function readMigrations(migrationsDir: string): MigrationOnDisk[] {
  if (!fs.existsSync(migrationsDir)) {
    throw new Error(`No migrations directory at ${migrationsDir}`);
  }
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      if (!fs.existsSync(file)) throw new Error(`Migration ${name} has no migration.sql (${file})`);
      const script = fs.readFileSync(file, "utf8");
      return { name, script, checksum: checksumOf(script) };
    });
}

/** Prisma's checksum: sha256 of the script, hex. */
export function checksumOf(script: string): string {
  return crypto.createHash("sha256").update(script, "utf8").digest("hex");
}

/** As Prisma does, accept a checkout whose line endings git changed (LF ↔ CRLF). */
function matchesChecksum(script: string, checksum: string): boolean {
  const lf = script.replace(/\r\n/g, "\n");
  return [script, lf, lf.replace(/\n/g, "\r\n")].some((variant) => checksumOf(variant) === checksum);
}

/** Validates what the database recorded against the disk and returns what is left to apply. */
function checkHistory(onDisk: MigrationOnDisk[], recorded: MigrationRow[], migrationsDir: string): MigrationOnDisk[] {
  const byName = new Map(onDisk.map((m) => [m.name, m]));
  const live = recorded.filter((row) => row.rolled_back_at === null);
  const hint =
    "Resolve it by hand before starting again (see _prisma_migrations; set rolled_back_at on a " + "row once its effects are undone).";

  const failed = live.filter((row) => row.finished_at === null);
  if (failed.length > 0) {
    throw new Error(
      `Migration ${failed.map((row) => row.migration_name).join(", ")} failed earlier and is not ` +
        `rolled back: refusing to apply further migrations. ${hint}`,
    );
  }

  const done = new Set<string>();
  for (const row of live) {
    const migration = byName.get(row.migration_name);
    if (!migration) {
      throw new Error(
        `Migration ${row.migration_name} is recorded in the database but missing from ` +
          `${migrationsDir}: refusing to continue (is this code older than the database?).`,
      );
    }
    if (!matchesChecksum(migration.script, row.checksum)) {
      throw new Error(
        `Migration ${row.migration_name} was modified after it was applied (checksum ` +
          `${row.checksum} in the database, ${migration.checksum} on disk): refusing to continue. ` +
          "Restore the file and put the change in a new migration.",
      );
    }
    done.add(row.migration_name);
  }
  return onDisk.filter((m) => !done.has(m.name));
}
