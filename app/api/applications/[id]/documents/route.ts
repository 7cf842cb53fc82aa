import { getTranslations } from "next-intl/server";
import { workingUser } from "@/lib/server/auth/session";
import { isOwnDraft, uploadDocument } from "@/lib/server/documents/upload-document";
import { readUploadRequest } from "@/lib/server/documents/read-upload-request";
import type { UploadError } from "@/lib/documents/kinds";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const STATUS: Record<UploadError | "UNAUTHENTICATED", number> = {
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  INVALID: 400,
  EMPTY: 400,
  TOO_LARGE: 413,
  WRONG_TYPE: 415,
  LIMIT_REACHED: 409,
  PROVIDED_BY_HEALTH_SYSTEM: 409,
  VALID_UNTIL_REQUIRED: 400,
  VALID_UNTIL_PAST: 400,
  REPLACE_NOT_FOUND: 409,
};

async function refuse(error: UploadError | "UNAUTHENTICATED") {
  const t = await getTranslations("documents.errors");
  return Response.json({ error, message: t(error) }, { status: STATUS[error], headers: { "Cache-Control": "no-store" } });
}

/** P-5: the parent attaches one file (multipart: kind, file, validUntil for PMPK, replaceId). */
export async function POST(request: Request, context: Context) {
  const user = await workingUser();
  if (!user) return refuse("UNAUTHENTICATED");
  if (!isSameOrigin(request)) return refuse("INVALID");
  const { id } = await context.params;
  // Before reading up to 5 MB: is this the caller's own draft at all?
  if (!(await isOwnDraft(user, id))) return refuse("NOT_FOUND");

  const parsed = await readUploadRequest(request);
  if (!parsed.ok) return refuse(parsed.error);
  const result = await uploadDocument(user, { applicationId: id, ...parsed.upload });
  if (!result.ok) return refuse(result.error);
  return Response.json({ document: result.document }, { status: 201, headers: { "Cache-Control": "no-store" } });
}

/** A browser sends Origin with every POST; one from another site is not the parent's own page. */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
