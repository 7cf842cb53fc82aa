import { defineConfig } from "prisma/config";

// Only `prisma generate` is used from the CLI (see STACK.md: migrate/db need the native engine).
// Migrations are authored by scripts/db-diff.ts and applied by lib/server/db/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
