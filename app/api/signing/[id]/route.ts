import { getTranslations } from "next-intl/server";
import { workingUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { signingStatus } from "@/lib/server/signing/signing-status";
import { requestIdSchema, signingError } from "@/lib/server/signing/route-errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Where a signing request stands — the QR dialog polls this while the phone signs. */
export async function GET(_request: Request, context: Context) {
  const t = await getTranslations("signing");
  const user = await workingUser();
  if (!user) return signingError(t, "UNAUTHENTICATED");
  const id = requestIdSchema.safeParse((await context.params).id);
  const result = id.success ? await signingStatus(await db(), { id: id.data, requestedById: user.id }) : null;
  if (!result) return signingError(t, "NOT_FOUND");
  const expired = result.status === "EXPIRED";
  return Response.json(
    { status: result.status, ...(expired ? { error: "EXPIRED", message: t("errors.EXPIRED") } : {}) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
