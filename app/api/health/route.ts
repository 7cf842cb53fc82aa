import { getDatabase } from "@/lib/server/db";
import { databaseUnavailableResponse } from "@/lib/server/db/unavailable-response";

export const dynamic = "force-dynamic";

/**
 * Liveness and readiness: answers 200 once the database is open, migrated and seeded, and 503
 * with a "try again in a moment" message in the visitor's language while it cannot be reached.
 */
export async function GET(request: Request) {
  try {
    const database = await getDatabase();
    await database.raw.query("select 1");
    return Response.json({ status: "ok", database: database.kind });
  } catch (error) {
    console.error("health: database unavailable", error instanceof Error ? error.message : error);
    return databaseUnavailableResponse(request);
  }
}
