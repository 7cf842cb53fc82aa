import "server-only";
import crypto from "node:crypto";
import type { SigningPurpose } from "@/lib/generated/prisma/enums";
import { isValidIin } from "@/lib/iin/iin";
import { canonicalJson } from "@/lib/signing/canonical-json";
import { SIGNING_TTL_MINUTES } from "@/lib/signing/purposes";
import type { DbClient } from "@/lib/server/integrations/local-db";

// The life of a signing request (docs/contracts.md, "Signing"): created PENDING with the exact
// bytes to sign → SIGNED once a verified signature by the right person is attached
// (attach-signature.ts) → CONSUMED by the use case that completes the act, exactly once.

export const SIGNING_TTL_MS = SIGNING_TTL_MINUTES * 60 * 1000;
/**
 * A signature made in time may be completed a little later (the page was slow, the parent
 * looked away): the act must follow the signature soon, not within the same 15 minutes.
 */
export const COMPLETION_GRACE_MS = 15 * 60 * 1000;

export type CreatedSigningRequest = {
  id: string;
  /** The canonical JSON text that is signed. */
  payload: string;
  payloadSha256: string;
  /** Base64 of the payload's UTF-8 bytes: what NCALayer is given to sign. */
  payloadBase64: string;
};

export type SignedRequest = {
  id: string;
  applicationId: string;
  purpose: SigningPurpose;
  payload: string;
  payloadSha256: string;
  cms: string;
  signerIin: string;
  signerName: string;
  certSerial: string;
  signedAt: Date;
  comment: string | null;
};

export type SignedRequestError = "NOT_FOUND" | "NOT_SIGNED" | "EXPIRED" | "ALREADY_USED";

/**
 * A new request id, made before the payload so the payload can carry it: cuid-shaped ("c" and
 * lowercase base-36), as route-errors' requestIdSchema expects of every request id.
 */
function newRequestId(): string {
  return `c${BigInt(`0x${crypto.randomBytes(16).toString("hex")}`)
    .toString(36)
    .padStart(25, "0")}`;
}

/** The request id a signed payload carries; null when it carries none (or is not our JSON). */
export function payloadRequestId(payload: string): string | null {
  try {
    const parsed = JSON.parse(payload) as { requestId?: unknown } | null;
    return typeof parsed?.requestId === "string" ? parsed.requestId : null;
  } catch {
    return null;
  }
}

/**
 * Serialises `payload` canonically, with the new request's id in it (`requestId`: a signature
 * covers one request and cannot be replayed on another, even one with the same content), and
 * stores the request; it may be signed for 15 minutes.
 */
export async function createSigningRequest(
  client: DbClient,
  input: {
    applicationId: string;
    purpose: SigningPurpose;
    signerIin: string;
    requestedById: string;
    payload: object;
    comment?: string | null;
  },
): Promise<CreatedSigningRequest> {
  if (!isValidIin(input.signerIin)) throw new RangeError("createSigningRequest: signerIin is not a valid IIN");
  const id = newRequestId();
  const payload = canonicalJson({ ...input.payload, requestId: id });
  const bytes = Buffer.from(payload, "utf8");
  const payloadSha256 = crypto.createHash("sha256").update(bytes).digest("hex");
  const row = await client.signingRequest.create({
    data: {
      id,
      applicationId: input.applicationId,
      purpose: input.purpose,
      signerIin: input.signerIin,
      requestedById: input.requestedById,
      payload,
      payloadSha256,
      comment: input.comment ?? null,
      expiresAt: new Date(Date.now() + SIGNING_TTL_MS),
    },
    select: { id: true },
  });
  return { id: row.id, payload, payloadSha256, payloadBase64: bytes.toString("base64") };
}

/**
 * The signed request, for the user who created it and the purpose it was made for (anything
 * else is NOT_FOUND). The completing use case then calls consumeSigningRequest in its transaction.
 */
export async function getSignedRequest(
  client: DbClient,
  input: { id: string; requestedById: string; purpose: SigningPurpose },
  now = new Date(),
): Promise<SignedRequest | { error: SignedRequestError }> {
  const row = await client.signingRequest.findFirst({
    where: { id: input.id, requestedById: input.requestedById, purpose: input.purpose },
  });
  // A payload that does not name this very request was not signed for it: not found.
  if (!row || payloadRequestId(row.payload) !== row.id) return { error: "NOT_FOUND" };
  if (row.status === "CONSUMED") return { error: "ALREADY_USED" };
  if (row.status !== "SIGNED") return { error: now > row.expiresAt ? "EXPIRED" : "NOT_SIGNED" };
  if (now.getTime() > row.expiresAt.getTime() + COMPLETION_GRACE_MS) return { error: "EXPIRED" };
  if (!row.cms || !row.signerName || !row.certSerial || !row.signedAt) return { error: "NOT_SIGNED" };
  return {
    id: row.id,
    applicationId: row.applicationId,
    purpose: row.purpose,
    payload: row.payload,
    payloadSha256: row.payloadSha256,
    cms: row.cms,
    signerIin: row.signerIin,
    signerName: row.signerName,
    certSerial: row.certSerial,
    signedAt: row.signedAt,
    comment: row.comment,
  };
}

/**
 * SIGNED → CONSUMED, exactly once (compare-and-set). Call it inside the completing transaction;
 * `false` means another completion got there first and this one must answer with its outcome.
 */
export async function consumeSigningRequest(tx: DbClient, id: string): Promise<boolean> {
  const written = await tx.signingRequest.updateMany({ where: { id, status: "SIGNED" }, data: { status: "CONSUMED" } });
  return written.count === 1;
}
