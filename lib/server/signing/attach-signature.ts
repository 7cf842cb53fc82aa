import "server-only";
import { audit } from "@/lib/server/audit";
import type { DbClient } from "@/lib/server/integrations/local-db";
import { maskPersonName } from "@/lib/signing/mask";
import type { CmsFailure } from "@/lib/server/signing/cms";
import { payloadRequestId } from "@/lib/server/signing/requests";
import { findSigner } from "@/lib/server/signing/signer-identity";
import { signingPolicy, verifyCms, type SignerProfile } from "@/lib/server/signing/verify-cms";

// PENDING → SIGNED: a signature is kept only if it verifies over the request's exact payload and
// was made by the person the request names. Both ways of signing end here: the EDS route
// (NCALayer in the browser) and the eGov mobile stand-in (QR).

/** A signing time before the request existed means the signature was not made for it. */
const EARLY_SIGNING_MS = 5 * 60 * 1000;

export type SigningChannel = "EDS" | "QR";

export type AttachError =
  | "NOT_FOUND"
  | "EXPIRED"
  | "ALREADY_SIGNED"
  | "ALREADY_USED"
  | "BAD_SIGNATURE"
  | "WRONG_SIGNER"
  | "WRONG_CERTIFICATE"
  | "CERTIFICATE_REVOKED"
  | "REVOCATION_UNAVAILABLE"
  | "GOST_NOT_SUPPORTED";

/** Refusals the signer can act on get their own message; the rest is "did not verify". */
const ERROR_FOR: Partial<Record<CmsFailure, AttachError>> = {
  WRONG_PROFILE: "WRONG_CERTIFICATE",
  WRONG_KEY_USAGE: "WRONG_CERTIFICATE",
  CERTIFICATE_REVOKED: "CERTIFICATE_REVOKED",
  REVOCATION_UNAVAILABLE: "REVOCATION_UNAVAILABLE",
  GOST_NOT_SUPPORTED: "GOST_NOT_SUPPORTED",
};

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

  const policy = signingPolicy();
  const expectedProfile = await profileFor(client, row, policy.directorOrgCert);
  const verified = await verifyCms(input.cms, row.payload, { expectedSignerIin: row.signerIin, expectedProfile, now }, policy);
  // The claimed signing time proves nothing (the trusted time is ours or a timestamp's), but
  // one before the request existed means the signature was not made for it.
  if (!verified.ok || verified.claimedSigningTime.getTime() < row.createdAt.getTime() - EARLY_SIGNING_MS) {
    const reason: CmsFailure = verified.ok ? "BAD_SIGNING_TIME" : verified.reason;
    await client.signingRequest.updateMany({ where: { id: row.id, status: "PENDING" }, data: { error: reason } });
    if (reason === "WRONG_SIGNER") {
      const expected = await findSigner(row.signerIin, client);
      return { ok: false, error: "WRONG_SIGNER", reason, expectedSigner: maskPersonName(expected?.fullName ?? "") };
    }
    return { ok: false, error: ERROR_FOR[reason] ?? "BAD_SIGNATURE", reason };
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

/**
 * Parents sign with a personal certificate; directors sign decisions with their own, or — when
 * SIGNING_DIRECTOR_ORG_CERT is on — with their school's organisation certificate (its BIN).
 */
async function profileFor(
  client: DbClient,
  row: { purpose: string; applicationId: string },
  directorOrgCert: boolean,
): Promise<SignerProfile | undefined> {
  if (row.purpose === "SUBMIT" || row.purpose === "WITHDRAW") return { kind: "individual" };
  if (!directorOrgCert) return undefined;
  const application = await client.application.findUnique({
    where: { id: row.applicationId },
    select: { school: { select: { bin: true } } },
  });
  // No BIN on record: no organisation certificate can match, and the refusal says which BIN is missing.
  return { kind: "organisation", bin: application?.school?.bin ?? "(none on record)" };
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
