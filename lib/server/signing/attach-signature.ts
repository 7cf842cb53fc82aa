import "server-only";
import { audit } from "@/lib/server/audit";
import type { DbClient } from "@/lib/server/integrations/local-db";
import { maskPersonName } from "@/lib/signing/mask";
import type { CmsFailure } from "./cms";
import { payloadRequestId } from "./requests";
import { findSigner } from "./signer-identity";
import { verifyCms } from "./verify-cms";

// PENDING → SIGNED: a signature is kept only if it verifies over the request's exact payload and
// was made by the person the request names. Both ways of signing end here: the EDS route
// (NCALayer in the browser) and the eGov mobile stand-in (QR).

/** A signing time before the request existed means the signature was not made for it. */
const EARLY_SIGNING_MS = 5 * 60 * 1000;

export type SigningChannel = "EDS" | "QR";

export type AttachError = "NOT_FOUND" | "EXPIRED" | "ALREADY_SIGNED" | "ALREADY_USED" | "BAD_SIGNATURE" | "WRONG_SIGNER";

export type AttachResult =
  | { ok: true; signerIin: string; signerName: string; certSerial: string; signedAt: Date }
  | { ok: false; error: AttachError; reason?: CmsFailure; expectedSigner?: string };

/**
 * Stores a verified signature on a pending request. With `requestedById` only that user's
 * request is found (the EDS route); the phone (QR) has no session and passes none.
 */
export async function attachSignature(
  client: DbClient,
  input: { id: string; cms: string; channel: SigningChannel; requestedById?: string },
  now = new Date(),
): Promise<AttachResult> {
  const row = await client.signingRequest.findFirst({
    where: { id: input.id, ...(input.requestedById ? { requestedById: input.requestedById } : {}) },
  });
  if (!row) return { ok: false, error: "NOT_FOUND" };
  if (row.status === "CONSUMED") return { ok: false, error: "ALREADY_USED" };
  if (row.status === "SIGNED") return sameSignature(row, input.cms);
  if (now > row.expiresAt) return { ok: false, error: "EXPIRED" };
  // Every payload names its request: one that does not (made before request ids were signed,
  // or written by hand) cannot be told apart from another request's, so nothing is signed on it.
  if (payloadRequestId(row.payload) !== row.id) return { ok: false, error: "BAD_SIGNATURE", reason: "CONTENT_MISMATCH" };

  const verified = verifyCms(input.cms, row.payload, { expectedSignerIin: row.signerIin, now });
  if (!verified.ok || verified.signedAt.getTime() < row.createdAt.getTime() - EARLY_SIGNING_MS) {
    const reason: CmsFailure = verified.ok ? "BAD_SIGNING_TIME" : verified.reason;
    await client.signingRequest.updateMany({ where: { id: row.id, status: "PENDING" }, data: { error: reason } });
    if (reason === "WRONG_SIGNER") {
      const expected = await findSigner(row.signerIin, client);
      return { ok: false, error: "WRONG_SIGNER", reason, expectedSigner: maskPersonName(expected?.fullName ?? "") };
    }
    return { ok: false, error: "BAD_SIGNATURE", reason };
  }

  const written = await client.signingRequest.updateMany({
    where: { id: row.id, status: "PENDING" },
    data: {
      status: "SIGNED",
      cms: input.cms,
      signerName: verified.signerName,
      certSerial: verified.certSerial,
      signedAt: verified.signedAt,
      error: null,
    },
  });
  if (written.count !== 1) {
    // Signed (or used) by a parallel attempt a moment ago.
    const current = await client.signingRequest.findUniqueOrThrow({ where: { id: row.id } });
    return current.status === "SIGNED" ? sameSignature(current, input.cms) : { ok: false, error: "ALREADY_USED" };
  }
  const requester = await client.user.findUnique({
    where: { id: row.requestedById },
    select: { id: true, role: true, organisationId: true },
  });
  await audit(client, {
    actor: requester,
    action: "signing.signed",
    entity: "signing_request",
    entityId: row.id,
    details: {
      applicationId: row.applicationId,
      purpose: row.purpose,
      channel: input.channel,
      signerIin: verified.signerIin,
      certSerial: verified.certSerial,
      payloadSha256: row.payloadSha256,
    },
  });
  return {
    ok: true,
    signerIin: verified.signerIin,
    signerName: verified.signerName,
    certSerial: verified.certSerial,
    signedAt: verified.signedAt,
  };
}

/** Sending the same signature twice is not an error; a different one after signing is. */
function sameSignature(
  row: { cms: string | null; signerIin: string; signerName: string | null; certSerial: string | null; signedAt: Date | null },
  cms: string,
): AttachResult {
  if (row.cms === cms && row.signerName && row.certSerial && row.signedAt) {
    return { ok: true, signerIin: row.signerIin, signerName: row.signerName, certSerial: row.certSerial, signedAt: row.signedAt };
  }
  return { ok: false, error: "ALREADY_SIGNED" };
}
