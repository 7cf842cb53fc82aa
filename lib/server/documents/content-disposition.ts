import "server-only";

/**
 * A Content-Disposition header for a name people chose: an ASCII fallback (anything else
 * becomes "_", quotes and backslashes too) plus the exact UTF-8 name (RFC 6266 / 5987).
 */
export function contentDisposition(type: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_") || "file";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const PRIVATE = { "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" } as const;

/**
 * A private file download: the file with its type and name, or 404 when the caller may not
 * have it (or it does not exist — the two answers are deliberately the same).
 */
export function privateFileResponse(
  file: { bytes: Buffer; contentType: string; fileName: string } | null,
  type: "inline" | "attachment",
): Response {
  if (!file) return new Response("Not found", { status: 404, headers: PRIVATE });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      ...PRIVATE,
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": contentDisposition(type, file.fileName),
    },
  });
}
