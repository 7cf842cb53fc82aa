import { workingUser } from "@/lib/server/auth/session";
import { readDocument } from "@/lib/server/documents/read-document";
import { privateFileResponse } from "@/lib/server/documents/content-disposition";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** An attached file, for the owner parent and the chosen school's staff (see readDocument). */
export async function GET(_request: Request, context: Context) {
  const user = await workingUser();
  const { id } = await context.params;
  return privateFileResponse(user ? await readDocument(user, id) : null, "inline");
}
