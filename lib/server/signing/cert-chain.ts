import "server-only";
import crypto from "node:crypto";
import { readCertificate, type CertificateInfo } from "@/lib/server/signing/certificate-info";

// Builds the path from a signer's certificate to a root of the trust store: intermediates may
// come from the trust store or from the certificates the CMS carries, but the path must end at
// a self-signed certificate that the trust store holds. Every certificate on it must be valid
// at the trusted time, every issuer a CA allowed to sign certificates.

/** NCA RK paths are root → intermediate → person; a little room, but no loops. */
const MAX_DEPTH = 5;

export type ChainLink = { x509: crypto.X509Certificate; info: CertificateInfo };

export type ChainResult =
  { ok: true; chain: ChainLink[] } | { ok: false; reason: "UNTRUSTED_CERTIFICATE" | "CERTIFICATE_NOT_VALID"; detail: string };

export function linkOf(der: Buffer): ChainLink {
  return { x509: new crypto.X509Certificate(der), info: readCertificate(der) };
}

/** Trust store PEM bundle → certificates (anything that is not a certificate is ignored). */
export function certificatesFromPem(bundle: string): Buffer[] {
  const out: Buffer[] = [];
  for (const match of bundle.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)) {
    out.push(Buffer.from((match[1] ?? "").replace(/\s+/g, ""), "base64"));
  }
  return out;
}

function isSelfSigned(link: ChainLink): boolean {
  return link.x509.checkIssued(link.x509) && link.x509.verify(link.x509.publicKey);
}

function canIssue(link: ChainLink): boolean {
  return link.x509.ca && (link.info.keyUsage === null || link.info.keyUsage.keyCertSign);
}

function issues(issuer: ChainLink, subject: ChainLink): boolean {
  try {
    return subject.x509.checkIssued(issuer.x509) && subject.x509.verify(issuer.x509.publicKey);
  } catch {
    return false; // a key node:crypto cannot use cannot have signed it
  }
}

export function isValidAt(link: ChainLink, at: Date): boolean {
  return new Date(link.x509.validFrom) <= at && at <= new Date(link.x509.validTo);
}

/**
 * The path signer → … → trusted root, checked at `at`. `trusted` are the trust store's
 * certificates (roots and intermediates), `carried` the CMS's own.
 */
export function buildChain(leaf: ChainLink, carried: readonly ChainLink[], trusted: readonly ChainLink[], at: Date): ChainResult {
  const trustedRoots = trusted.filter(isSelfSigned);
  const intermediates = [...trusted, ...carried].filter((link) => !isSelfSigned(link));
  const extend = (path: ChainLink[]): ChainLink[] | null => {
    const current = path[path.length - 1]!;
    const root = trustedRoots.find((candidate) => canIssue(candidate) && issues(candidate, current));
    if (root) return [...path, root];
    if (path.length >= MAX_DEPTH) return null;
    for (const candidate of intermediates) {
      if (path.some((link) => link.x509.raw.equals(candidate.x509.raw))) continue;
      if (!canIssue(candidate) || !issues(candidate, current)) continue;
      const found = extend([...path, candidate]);
      if (found) return found;
    }
    return null;
  };

  const best = extend([leaf]);
  if (!best) return { ok: false, reason: "UNTRUSTED_CERTIFICATE", detail: "no path to a root of the trust store" };
  const expired = best.find((link) => !isValidAt(link, at));
  if (expired) {
    return {
      ok: false,
      reason: "CERTIFICATE_NOT_VALID",
      detail: `${expired.x509.subject.split("\n").join(", ")} not valid on ${at.toISOString()}`,
    };
  }
  return { ok: true, chain: best };
}
