// The migration runner (lib/server/db/migrate.ts) on the embedded PGlite database and, when the
// local server answers, on a fresh PostgreSQL database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openDatabase, type Database, type DatabaseConfig } from "@/lib/server/db/client";
import { applyMigrations, readMigrations } from "@/lib/server/db/migrate";
import { Prisma } from "@/lib/generated/prisma/client";
import { migrationsDir, withFreshPostgres } from "../fixtures/databases";

const onDisk = readMigrations(migrationsDir).map((m) => m.name);

/** Every model's table, as schema.prisma maps it. */
const modelTables = (() => {
  const schema = fs.readFileSync(path.join(migrationsDir, "..", "schema.prisma"), "utf8");
  return [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].map(([, model, body]) => ({
    model: model!,
    table: /@@map\("([^"]+)"\)/.exec(body!)?.[1] ?? model!,
  }));
})();

/** A copy of the real migrations plus `extra` ones, for the failure cases. */
function migrationsCopy(extra: Record<string, string> = {}): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qabyldau-migrations-"));
  fs.cpSync(migrationsDir, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** The same behaviour is required of both drivers. */
function migrationSuite(open: () => Promise<DatabaseConfig>) {
  let db: Database;

  beforeAll(async () => {
    db = await openDatabase(await open());
  });
  afterAll(async () => {
    await db?.close();
  });

  it("applies every migration to an empty database, in order", async () => {
    const lines: string[] = [];
    const { applied } = await applyMigrations(db, { migrationsDir, log: (l) => lines.push(l) });
    expect(onDisk.length).toBeGreaterThan(0);
    expect(applied).toEqual(onDisk);
    expect(lines).toContain(`Applying migration ${onDisk[0]}`);

    const rows = await db.raw.query<{ migration_name: string; finished_at: unknown; applied_steps_count: number }>(
      `SELECT migration_name, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(onDisk);
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
  });

  it("records Prisma's checksum (sha256 hex of migration.sql)", async () => {
    const rows = await db.raw.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"`,
    );
    for (const migration of readMigrations(migrationsDir)) {
      expect(rows.find((r) => r.migration_name === migration.name)?.checksum).toBe(migration.checksum);
      expect(migration.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("creates the table of every model, usable through Prisma", async () => {
    expect(modelTables.length).toBe(Object.keys(Prisma.ModelName).length);
    const rows = await db.raw.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`,
    );
    const tables = new Set(rows.map((r) => r.table_name));
    expect(modelTables.filter((m) => !tables.has(m.table))).toEqual([]);

    // findFirst selects every scalar column: a missing or mistyped column fails here.
    const delegates = db.prisma as unknown as Record<string, { findFirst(): Promise<unknown> }>;
    for (const model of Object.keys(Prisma.ModelName)) {
      await expect(delegates[lowerFirst(model)]!.findFirst()).resolves.toBeNull();
    }
  });

  it("applies nothing the second time", async () => {
    await expect(applyMigrations(db, { migrationsDir })).resolves.toEqual({ applied: [] });
  });

  it("refuses to go on when an applied migration was edited", async () => {
    const [row] = await db.raw.query<{ id: string; checksum: string }>(
      `SELECT id, checksum FROM "_prisma_migrations" ORDER BY started_at LIMIT 1`,
    );
    await db.raw.query(`UPDATE "_prisma_migrations" SET checksum = $1 WHERE id = $2`, ["0".repeat(64), row!.id]);
    try {
      await expect(applyMigrations(db, { migrationsDir })).rejects.toThrow(/modified after it was applied/);
    } finally {
      await db.raw.query(`UPDATE "_prisma_migrations" SET checksum = $1 WHERE id = $2`, [row!.checksum, row!.id]);
    }
    await expect(applyMigrations(db, { migrationsDir })).resolves.toEqual({ applied: [] });
  });

  it("rolls a failing migration back, records the attempt and applies it once fixed", async () => {
    const name = "29990101000000_broken";
    const copy = migrationsCopy({
      [name]: `CREATE TABLE "migration_probe" ("id" INTEGER);\nSELECT no_such_function();\n`,
    });
    try {
      await expect(applyMigrations(db, { migrationsDir: copy.dir })).rejects.toThrow(
        /29990101000000_broken failed and was rolled back.*no_such_function/,
      );
      const [probe] = await db.raw.query<{ t: string | null }>(`SELECT to_regclass('migration_probe')::text AS t`);
      expect(probe!.t).toBeNull();
      const attempts = await db.raw.query<{ finished_at: unknown; rolled_back_at: unknown; logs: string }>(
        `SELECT finished_at, rolled_back_at, logs FROM "_prisma_migrations" WHERE migration_name = $1`,
        [name],
      );
      expect(attempts).toHaveLength(1);
      expect(attempts[0]!.finished_at).toBeNull();
      expect(attempts[0]!.rolled_back_at).not.toBeNull();
      expect(attempts[0]!.logs).toMatch(/no_such_function/);

      fs.writeFileSync(path.join(copy.dir, name, "migration.sql"), `CREATE TABLE "migration_probe" ("id" INTEGER);\n`);
      await expect(applyMigrations(db, { migrationsDir: copy.dir })).resolves.toEqual({ applied: [name] });
      // Now the database is ahead of the real directory: refuse, do not ignore.
      await expect(applyMigrations(db, { migrationsDir })).rejects.toThrow(/29990101000000_broken is recorded in the database but missing/);
    } finally {
      copy.remove();
      await db.raw.exec(`DROP TABLE IF EXISTS "migration_probe"`);
      await db.raw.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = $1`, [name]);
    }
    await expect(applyMigrations(db, { migrationsDir })).resolves.toEqual({ applied: [] });
  });

  it("refuses to go on past a failed migration that is not rolled back", async () => {
    // What a failed `prisma migrate deploy` (which runs without a transaction) leaves behind.
    await db.raw.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs)
       VALUES ('00000000-0000-0000-0000-000000000001', $1, '29990101000000_half_done', 'boom')`,
      ["0".repeat(64)],
    );
    try {
      await expect(applyMigrations(db, { migrationsDir })).rejects.toThrow(
        /29990101000000_half_done failed earlier and is not rolled back/,
      );
    } finally {
      await db.raw.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = '29990101000000_half_done'`);
    }
  });
}

describe("migrations on PGlite (in memory)", () => {
  migrationSuite(async () => ({ kind: "pglite", dataDir: "memory://" }));
});

// Where PostgreSQL is absent, withFreshPostgres() throws: these tests fail, never skip.
describe("migrations on PostgreSQL (fresh database)", () => {
  let fresh: Awaited<ReturnType<typeof withFreshPostgres>>;
  migrationSuite(async () => {
    fresh = await withFreshPostgres();
    if (!fresh) throw new Error("PostgreSQL stopped answering");
    return { kind: "postgres", url: fresh.url };
  });
  // Declared after the suite's own afterAll (which closes its pool): hooks run in this order.
  afterAll(async () => {
    await fresh?.drop();
  });

  it("lets one runner at a time apply: the advisory lock serialises concurrent runs", async () => {
    // A second fresh database, migrated by three processes' worth of pools at once.
    const other = await withFreshPostgres();
    if (!other) throw new Error("PostgreSQL stopped answering");
    const runners = await Promise.all([1, 2, 3].map(() => openDatabase({ kind: "postgres", url: other.url })));
    try {
      const results = await Promise.all(runners.map((db) => applyMigrations(db, { migrationsDir })));
      const applied = results.map((r) => r.applied);
      expect(applied.filter((a) => a.length > 0)).toEqual([onDisk]);
      expect(applied.filter((a) => a.length === 0)).toHaveLength(2);
      const [count] = await runners[0]!.raw.query<{ n: string }>(`SELECT count(*)::text AS n FROM "_prisma_migrations"`);
      expect(Number(count!.n)).toBe(onDisk.length);
    } finally {
      await Promise.all(runners.map((db) => db.close()));
      await other.drop();
    }
  });
});
