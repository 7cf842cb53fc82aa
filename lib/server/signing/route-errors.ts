import "server-only";
import { z } from "zod";

// The signing routes' error answers: a stable code for programs, a message in the reader's
// language for people.

export const SIGNING_ERROR_CODES = [
  "UNAUTHENTICATED",
  "NOT_FOUND",
  "INVALID_INPUT",
  "EXPIRED",
  "ALREADY_SIGNED",
  "ALREADY_USED",
  "BAD_SIGNATURE",
  "WRONG_SIGNER",
  "WRONG_CERTIFICATE",
  "CERTIFICATE_REVOKED",
  "REVOCATION_UNAVAILABLE",
  "GOST_NOT_SUPPORTED",
] as const;
export type SigningErrorCode = (typeof SIGNING_ERROR_CODES)[number];

const STATUS: Record<SigningErrorCode, number> = {
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  EXPIRED: 410,
  ALREADY_SIGNED: 409,
  ALREADY_USED: 409,
  BAD_SIGNATURE: 422,
  WRONG_SIGNER: 422,
  WRONG_CERTIFICATE: 422,
  CERTIFICATE_REVOKED: 422,
  // Not the signer's fault: try again later.
  REVOCATION_UNAVAILABLE: 503,
  GOST_NOT_SUPPORTED: 422,
};

/** Request ids are cuids; anything else is answered "not found" before touching the database. */
export const requestIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/);

type Translate = (key: string, values?: Record<string, string>) => string;

export function signingError(
  t: Translate,
  code: SigningErrorCode,
  status = STATUS[code],
  values: Record<string, string> = {},
  reason?: string,
): Response {
  const message = code === "WRONG_SIGNER" ? t("errors.WRONG_SIGNER", { name: values.name ?? "" }) : t(`errors.${code}`);
  return Response.json({ error: code, message, ...(reason ? { reason } : {}) }, { status, headers: { "Cache-Control": "no-store" } });
}
