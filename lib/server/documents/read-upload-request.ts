import "server-only";
import { z } from "zod";
import { MAX_FILE_BYTES } from "@/lib/documents/file-check";
import { DOCUMENT_KINDS, type DocumentKind, type UploadError } from "@/lib/documents/kinds";
import { RECORD_ID } from "@/lib/ids";

// The upload route's request parsing: the body is read with a hard limit (a declared length
// over the limit is refused before reading anything; an undeclared one is cut off as soon as it
// passes the limit), then the multipart form is parsed and its fields validated.

/** Multipart headers and the small fields around one 5 MB file. */
export const MULTIPART_OVERHEAD = 64 * 1024;
export const MAX_UPLOAD_REQUEST_BYTES = MAX_FILE_BYTES + MULTIPART_OVERHEAD;

export type ParsedUpload = {
  kind: DocumentKind;
  bytes: Uint8Array;
  fileName: string;
  validUntil: string | null;
  replaceId: string | null;
};

const fieldsSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  validUntil: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullish()
    .or(z.literal("").transform(() => null)),
  replaceId: z
    .string()
    .trim()
    .regex(RECORD_ID)
    .nullish()
    .or(z.literal("").transform(() => null)),
});

/** The body's bytes, or TOO_LARGE as soon as more than `limit` bytes are declared or arrive. */
export async function readBodyWithLimit(
  request: Request,
  limit: number,
): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; error: "TOO_LARGE" }> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return { ok: false, error: "TOO_LARGE" };
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, error: "TOO_LARGE" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** The upload form of one request: `kind`, `file`, `validUntil` (PMPK), `replaceId`. */
export async function readUploadRequest(request: Request): Promise<{ ok: true; upload: ParsedUpload } | { ok: false; error: UploadError }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) return { ok: false, error: "INVALID" };
  const body = await readBodyWithLimit(request, MAX_UPLOAD_REQUEST_BYTES);
  if (!body.ok) return body;

  let form: FormData;
  try {
    form = await new Response(body.bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    return { ok: false, error: "INVALID" };
  }
  const fields = fieldsSchema.safeParse({
    kind: form.get("kind"),
    validUntil: form.get("validUntil") ?? null,
    replaceId: form.get("replaceId") ?? null,
  });
  const file = form.get("file");
  if (!fields.success || !(file instanceof Blob)) return { ok: false, error: "INVALID" };
  return {
    ok: true,
    upload: {
      kind: fields.data.kind,
      bytes: new Uint8Array(await file.arrayBuffer()),
      fileName: "name" in file && typeof file.name === "string" ? file.name : "",
      validUntil: fields.data.validUntil ?? null,
      replaceId: fields.data.replaceId ?? null,
    },
  };
}
