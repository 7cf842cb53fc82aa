// P-5: what a parent may upload. Pure, so the browser can pre-check a file with exactly the
// rules the server applies. The type is decided by the file's first bytes, never by its name
// or the type the browser claims.

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type AcceptedFileType = "application/pdf" | "image/jpeg";

export type UploadCheckError = "TOO_LARGE" | "WRONG_TYPE" | "EMPTY";

export type UploadCheck = { ok: true; type: AcceptedFileType } | { ok: false; error: UploadCheckError };

/** What the file input offers; the server does not rely on it. */
export const UPLOAD_ACCEPT = ".pdf,.jpg,.jpeg,application/pdf,image/jpeg";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** "application/pdf" or "image/jpeg" by magic bytes, else null (PNG, HEIC, text, …). */
export function sniffFileType(bytes: Uint8Array): AcceptedFileType | null {
  if (startsWith(bytes, PDF_MAGIC)) return "application/pdf";
  if (startsWith(bytes, JPEG_MAGIC)) return "image/jpeg";
  return null;
}

/**
 * The server-side verdict on one file. Size is checked before type so a huge file of the wrong
 * kind is reported as too large (the stronger limit, and what the parent can act on first).
 */
export function checkUpload(bytes: Uint8Array): UploadCheck {
  if (bytes.length === 0) return { ok: false, error: "EMPTY" };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, error: "TOO_LARGE" };
  const type = sniffFileType(bytes);
  return type ? { ok: true, type } : { ok: false, error: "WRONG_TYPE" };
}
