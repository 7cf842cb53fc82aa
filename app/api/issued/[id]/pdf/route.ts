import { workingUser } from "@/lib/server/auth/session";
import { readIssuedPdf } from "@/lib/server/documents/issued";
import { privateFileResponse } from "@/lib/server/documents/content-disposition";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** an issued document's PDF — rendered on the first download and kept (see issuedPdf). */
export async function GET(_request: Request, context: Context) {
  const user = await workingUser();
  const { id } = await context.params;
  const pdf = user ? await readIssuedPdf(user, id) : null;
  return privateFileResponse(pdf && { ...pdf, contentType: "application/pdf" }, "attachment");
}
