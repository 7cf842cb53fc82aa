import "server-only";
import fs from "node:fs";
import { canonicalJson } from "@/lib/signing/canonical-json";
import { env, standInsEnabled } from "@/lib/server/env";
import { verifyCmsWith, type CmsFailure, type CmsVerification, type SignedBytes, type SignerProfile } from "@/lib/server/signing/cms";
import { checkRevocation, type RevocationConfig, type RevocationStatus } from "@/lib/server/signing/revocation";
import { testCa } from "@/lib/server/stand-ins/signing/test-ca";

export type { CmsFailure, CmsVerification, SignerProfile };

/** What this installation trusts and how it checks revocation (from the configuration). */
export type SigningPolicy = {
  /** PEM bundles: the trust store. */
  trusted: string[];
  revocation: "check" | "off";
  revocationConfig: RevocationConfig;
  /** Directors must sign with their school's organisation certificate. */
  directorOrgCert: boolean;
};

const trustStoreCache = new Map<string, { mtimeMs: number; pem: string }>();

function readTrustStore(file: string): string {
  const { mtimeMs } = fs.statSync(/* turbopackIgnore: true */ file);
  const cached = trustStoreCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.pem;
  const pem = fs.readFileSync(/* turbopackIgnore: true */ file, "utf8");
  if (!pem.includes("-----BEGIN CERTIFICATE-----")) throw new Error(`SIGNING_TRUST_STORE ${file} holds no PEM certificate`);
  trustStoreCache.set(file, { mtimeMs, pem });
  return pem;
}

export function signingPolicy(): SigningPolicy {
  const config = env();
  return {
    // The configured trust store; without one, the stand-ins' test CA only while the demo
    // stand-ins are on, and otherwise nothing (every signature refused).
    trusted: config.SIGNING_TRUST_STORE ? [readTrustStore(config.SIGNING_TRUST_STORE)] : standInsEnabled() ? [testCa().certPem] : [],
    revocation: config.SIGNING_REVOCATION,
    revocationConfig: { ocspUrl: config.SIGNING_OCSP_URL, crlSource: config.SIGNING_CRL_URL },
    directorOrgCert: config.SIGNING_DIRECTOR_ORG_CERT === "true",
  };
}

export type VerifyCmsOptions = {
  expectedSignerIin?: string;
  expectedProfile?: SignerProfile;
  /** When the signature was received (the trusted time without a timestamp). */
  now?: Date;
  /**
   * "skip" only when re-checking a signature already accepted (its revocation was checked on
   * receipt, at the time stored with it).
   */
  revocation?: "check" | "skip";
};

/**
 * Verifies a detached (or encapsulated) CMS signature over `payload` — the exact bytes, the
 * canonical JSON string as stored, or the object it was made from — against the trust store
 * (see verifyCmsWith), then asks OCSP / the CRL whether the signer's certificate is revoked.
 * Never throws: a trust store that cannot be read refuses every signature.
 */
export async function verifyCms(
  cmsBase64: string,
  payload: SignedBytes | Record<string, unknown>,
  options: VerifyCmsOptions = {},
  policy?: SigningPolicy,
): Promise<CmsVerification> {
  let effective: SigningPolicy;
  try {
    effective = policy ?? signingPolicy();
  } catch (error) {
    console.error(`[signing] ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false, reason: "UNTRUSTED_CERTIFICATE", detail: "the trust store cannot be read" };
  }
  const bytes = typeof payload === "string" || payload instanceof Uint8Array ? payload : canonicalJson(payload);
  const { revocation, ...rest } = options;
  const verified = verifyCmsWith(cmsBase64, bytes, { trusted: effective.trusted, ...rest });
  if (!verified.ok || revocation === "skip" || effective.revocation === "off") return verified;

  const [signer, issuer] = verified.chain;
  let status: RevocationStatus;
  try {
    status = await checkRevocation(signer!, issuer!, effective.revocationConfig, verified.signedAt);
  } catch (error) {
    status = { status: "unavailable", detail: error instanceof Error ? error.message : String(error) };
  }
  if (status.status === "good") return verified;
  if (status.status === "revoked") {
    return {
      ok: false,
      reason: "CERTIFICATE_REVOKED",
      detail: `revoked on ${status.revokedAt.toISOString()} (${status.source})`,
      signerIin: verified.signerIin,
      signerName: verified.signerName,
    };
  }
  console.warn(`[signing] cannot check revocation: ${status.detail}`);
  return {
    ok: false,
    reason: "REVOCATION_UNAVAILABLE",
    detail: status.detail,
    signerIin: verified.signerIin,
    signerName: verified.signerName,
  };
}
