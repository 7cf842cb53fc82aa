import "server-only";
import { canonicalJson } from "@/lib/signing/canonical-json";
import { verifyCmsWith, type CmsFailure, type CmsVerification, type SignedBytes } from "./cms";
import { trustedRoots } from "./trust-roots";

export type { CmsFailure, CmsVerification };

/**
 * Verifies a detached (or encapsulated) CMS signature over `payload` — the exact bytes, the
 * canonical JSON string as stored, or the object it was made from — against the certification
 * authority this installation trusts (locally: the test CA of the NCALayer / eGov mobile
 * stand-ins). Synchronous and never throws; see verifyCmsWith for what is checked.
 */
export function verifyCms(
  cmsBase64: string,
  payload: SignedBytes | Record<string, unknown>,
  options: { expectedSignerIin?: string; now?: Date } = {},
): CmsVerification {
  const bytes = typeof payload === "string" || payload instanceof Uint8Array ? payload : canonicalJson(payload);
  return verifyCmsWith(cmsBase64, bytes, { trusted: trustedRoots(), ...options });
}
