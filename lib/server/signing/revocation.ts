import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import * as pkijs from "pkijs";
import { readCertificate } from "@/lib/server/signing/certificate-info";

// Is the signer's certificate revoked? Asked of the OCSP responder first (the configured one,
// else the one in the certificate's Authority Information Access), then of the CRL (the
// configured URL or file, else the certificate's CRL Distribution Point). Every answer is
// checked: the OCSP response signed by the issuing CA or its delegated responder, fresh, with
// our nonce when the responder echoes it; the CRL signed by the issuer and not past its next
// update. When nobody gives a checked answer the result is "unavailable": the caller refuses.
// pkijs does the OCSP and CRL structures and their signature checks.

export type RevocationConfig = {
  /** Overrides the certificate's AIA OCSP address (NCA RK: http://ocsp.pki.gov.kz). */
  ocspUrl?: string;
  /** http(s) URL or a file path of a CRL (DER or PEM); overrides the certificate's CDP. */
  crlSource?: string;
  timeoutMs?: number;
};

export type RevocationStatus =
  | { status: "good"; source: "ocsp" | "crl" }
  | { status: "revoked"; source: "ocsp" | "crl"; revokedAt: Date }
  | { status: "unavailable"; detail: string };

const DEFAULT_TIMEOUT_MS = 5000;
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const NONCE_OID = "1.3.6.1.5.5.7.48.1.2";
const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

let engineSet = false;
function ensureEngine(): void {
  if (engineSet) return;
  pkijs.setEngine("node", new pkijs.CryptoEngine({ name: "node", crypto: crypto.webcrypto as unknown as Crypto }));
  engineSet = true;
}

function pkiCertificate(der: Buffer): pkijs.Certificate {
  return pkijs.Certificate.fromBER(new Uint8Array(der));
}

/**
 * The revocation status of `certificate` (DER) issued by `issuer` (DER), now. A certificate
 * revoked only after `trustedTime` (a timestamp proved the signature older) still counts as good.
 */
export async function checkRevocation(
  certificate: Buffer,
  issuer: Buffer,
  config: RevocationConfig,
  trustedTime: Date,
  now = new Date(),
): Promise<RevocationStatus> {
  ensureEngine();
  const info = readCertificate(certificate);
  const problems: string[] = [];
  const ocspUrl = config.ocspUrl ?? info.ocspUrls.find((url) => /^https?:\/\//.test(url));
  if (ocspUrl) {
    try {
      return judged(await askOcsp(ocspUrl, certificate, issuer, config.timeoutMs ?? DEFAULT_TIMEOUT_MS, now), trustedTime);
    } catch (error) {
      problems.push(`OCSP ${ocspUrl}: ${messageOf(error)}`);
    }
  } else {
    problems.push("no OCSP responder");
  }
  const crlSource = config.crlSource ?? info.crlUrls.find((url) => /^https?:\/\//.test(url));
  if (crlSource) {
    try {
      return judged(await readCrl(crlSource, certificate, issuer, config.timeoutMs ?? DEFAULT_TIMEOUT_MS, now), trustedTime);
    } catch (error) {
      problems.push(`CRL ${crlSource}: ${messageOf(error)}`);
    }
  } else {
    problems.push("no CRL");
  }
  return { status: "unavailable", detail: problems.join("; ") };
}

function judged(answer: RevocationStatus, trustedTime: Date): RevocationStatus {
  if (answer.status === "revoked" && answer.revokedAt > trustedTime) return { status: "good", source: answer.source };
  return answer;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function fetchBytes(url: string, init: RequestInit, timeoutMs: number): Promise<Buffer> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs), redirect: "error" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  if (body.length > MAX_RESPONSE_BYTES) throw new Error("response too large");
  return body;
}

async function askOcsp(url: string, certificate: Buffer, issuer: Buffer, timeoutMs: number, now: Date): Promise<RevocationStatus> {
  const cert = pkiCertificate(certificate);
  const issuerCert = pkiCertificate(issuer);
  const request = new pkijs.OCSPRequest();
  await request.createForCertificate(cert, { hashAlgorithm: "SHA-1", issuerCertificate: issuerCert });
  const nonce = crypto.randomBytes(16);
  // extnValue is the DER of an OCTET STRING holding the nonce.
  const nonceDer = Buffer.concat([Buffer.from([0x04, nonce.length]), nonce]);
  request.tbsRequest.requestExtensions = [new pkijs.Extension({ extnID: NONCE_OID, extnValue: toArrayBuffer(nonceDer) })];
  const body = await fetchBytes(
    url,
    {
      method: "POST",
      headers: { "Content-Type": "application/ocsp-request", Accept: "application/ocsp-response" },
      body: new Uint8Array(request.toSchema(true).toBER()),
    },
    timeoutMs,
  );

  const response = pkijs.OCSPResponse.fromBER(new Uint8Array(body));
  const responseStatus = response.responseStatus.valueBlock.valueDec;
  if (responseStatus !== 0 || !response.responseBytes) throw new Error(`responder status ${responseStatus}`);
  const basic = pkijs.BasicOCSPResponse.fromBER(new Uint8Array(response.responseBytes.response.valueBlock.valueHexView));
  if (!(await basic.verify({ trustedCerts: [issuerCert], issuerCerts: [issuerCert] })))
    throw new Error("response signature does not verify");

  const echoed = basic.tbsResponseData.responseExtensions?.find((extension) => extension.extnID === NONCE_OID);
  if (
    echoed &&
    !Buffer.from(echoed.extnValue.valueBlock.valueHexView).equals(nonceDer) &&
    !Buffer.from(echoed.extnValue.valueBlock.valueHexView).equals(nonce)
  ) {
    throw new Error("nonce mismatch (a replayed response?)");
  }
  const { isForCertificate, status } = await basic.getCertificateStatus(cert, issuerCert);
  if (!isForCertificate) throw new Error("the response is about another certificate");
  const single = await singleResponseFor(basic, cert, issuerCert);
  const thisUpdate = single?.thisUpdate;
  if (!thisUpdate || thisUpdate.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new Error("response from the future");
  if (single.nextUpdate && single.nextUpdate.getTime() < now.getTime() - CLOCK_SKEW_MS) throw new Error("stale response");
  if (!echoed && now.getTime() - thisUpdate.getTime() > 24 * 60 * 60 * 1000)
    throw new Error("response older than a day and without our nonce");
  if (status === 0) return { status: "good", source: "ocsp" };
  if (status === 1) return { status: "revoked", source: "ocsp", revokedAt: single.revokedAt ?? new Date(0) };
  throw new Error("the responder does not know this certificate");
}

/** thisUpdate / nextUpdate / revocationTime of the SingleResponse about `cert`. */
async function singleResponseFor(basic: pkijs.BasicOCSPResponse, cert: pkijs.Certificate, issuer: pkijs.Certificate) {
  for (const single of basic.tbsResponseData.responses) {
    const probe = new pkijs.BasicOCSPResponse({ tbsResponseData: new pkijs.ResponseData({ responses: [single] }) });
    if (!(await probe.getCertificateStatus(cert, issuer)).isForCertificate) continue;
    // certStatus revoked: [1] IMPLICIT RevokedInfo { revocationTime GeneralizedTime, … }
    const status = single.certStatus as { idBlock?: { tagNumber?: number }; valueBlock?: { value?: Array<{ toDate?: () => Date }> } };
    const revokedAt = status.idBlock?.tagNumber === 1 ? status.valueBlock?.value?.[0]?.toDate?.() : undefined;
    return { thisUpdate: single.thisUpdate, nextUpdate: single.nextUpdate, revokedAt };
  }
  return null;
}

async function readCrl(source: string, certificate: Buffer, issuer: Buffer, timeoutMs: number, now: Date): Promise<RevocationStatus> {
  const raw = /^https?:\/\//.test(source)
    ? await fetchBytes(source, { method: "GET" }, timeoutMs)
    : await fs.readFile(source.replace(/^file:\/\//, ""));
  const pem = /-----BEGIN X509 CRL-----([\s\S]*?)-----END X509 CRL-----/.exec(raw.toString("latin1"));
  const der = pem ? Buffer.from((pem[1] ?? "").replace(/\s+/g, ""), "base64") : raw;
  const crl = pkijs.CertificateRevocationList.fromBER(new Uint8Array(der));
  const issuerCert = pkiCertificate(issuer);
  if (!(await crl.verify({ issuerCertificate: issuerCert }))) throw new Error("CRL signature does not verify (or another issuer's CRL)");
  if (crl.thisUpdate.value.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new Error("CRL from the future");
  if (!crl.nextUpdate || crl.nextUpdate.value.getTime() < now.getTime() - CLOCK_SKEW_MS) throw new Error("stale CRL");
  const cert = pkiCertificate(certificate);
  if (!crl.isCertificateRevoked(cert)) return { status: "good", source: "crl" };
  const entry = crl.revokedCertificates?.find((revoked) => revoked.userCertificate.isEqual(cert.serialNumber));
  return { status: "revoked", source: "crl", revokedAt: entry?.revocationDate.value ?? new Date(0) };
}

function toArrayBuffer(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
