import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { workingUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { attachSignature } from "@/lib/server/signing/attach-signature";
import { requestIdSchema, signingError } from "@/lib/server/signing/route-errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const body = z.object({
  cms: z
    .string()
    .trim()
    .min(64)
    .max(1_400_000)
    .regex(/^[A-Za-z0-9+/=\s]+$/),
});

/** The CMS NCALayer made in the browser: kept only if it verifies and is the right person's. */
export async function POST(request: Request, context: Context) {
  const t = await getTranslations("signing");
  const user = await workingUser();
  if (!user) return signingError(t, "UNAUTHENTICATED");
  const id = requestIdSchema.safeParse((await context.params).id);
  if (!id.success) return signingError(t, "NOT_FOUND");
  // JSON only: a cross-site form cannot send it without a CORS preflight we never grant.
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return signingError(t, "INVALID_INPUT", 415);
  }
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return signingError(t, "INVALID_INPUT");

  const result = await attachSignature(await db(), {
    id: id.data,
    cms: parsed.data.cms,
    channel: "EDS",
    requestedById: user.id,
  });
  if (!result.ok) return signingError(t, result.error, undefined, { name: result.expectedSigner ?? "" }, result.reason);
  return Response.json(
    { status: "SIGNED", signerName: result.signerName, signedAt: result.signedAt.toISOString() },
    { headers: { "Cache-Control": "no-store" } },
  );
}
