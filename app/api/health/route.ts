import { getDatabase } from "@/lib/server/db";

export const dynamic = "force-dynamic";

/** Liveness and readiness: answers 200 once the database is open, migrated and seeded. */
export async function GET() {
  try {
    const database = await getDatabase();
    await database.raw.query("select 1");
    return Response.json({ status: "ok", database: database.kind });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
