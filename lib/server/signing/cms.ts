import "server-only";
import crypto from "node:crypto";
import forge from "node-forge";
import { isValidIin } from "@/lib/iin/iin";
import { SIGNING_KEY_USAGE_OID } from "@/lib/signing/ncalayer-protocol";

// CMS (PKCS#7) SignedData as NCALayer makes it: a CAdES-BES signature with signed attributes
// (content type, message digest, signing time), the signer's certificate inside, the content
// detached. node-forge builds it; forge cannot verify one, so verification walks the ASN.1
// itself and leaves the cryptography (RSA, X.509 chain) to node:crypto.

const OID = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  rsaEncryption: "1.2.840.113549.1.1.1",
  commonName: "2.5.4.3",
  serialNumber: "2.5.4.5",
} as const;

const DIGESTS: Record<string, string> = {
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
};

const RSA_WITH: Record<string, string> = {
  "1.2.840.113549.1.1.11": "sha256",
  "1.2.840.113549.1.1.12": "sha384",
  "1.2.840.113549.1.1.13": "sha512",
};

/** A CMS larger than this is not a signature of ours (the certificate and signature are ~2 KB). */
const MAX_CMS_BYTES = 1024 * 1024;
/** How far a signer's clock may run ahead of ours. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export type CmsFailure =
  | "MALFORMED"
  | "UNSUPPORTED_ALGORITHM"
  | "CONTENT_MISMATCH"
  | "DIGEST_MISMATCH"
  | "BAD_SIGNATURE"
  | "UNTRUSTED_CERTIFICATE"
  | "CERTIFICATE_NOT_VALID"
  | "WRONG_KEY_USAGE"
  | "BAD_SIGNING_TIME"
  | "NO_IIN"
  | "WRONG_SIGNER";

export type CmsVerification =
  | { ok: true; signerIin: string; signerName: string; certSerial: string; signedAt: Date }
  | { ok: false; reason: CmsFailure; detail?: string; signerIin?: string; signerName?: string };

export type VerifyOptions = {
  /** PEM certificates of the authorities whose certificates are accepted. */
  trusted: readonly string[];
  /** When given, a valid signature by anyone else is refused with WRONG_SIGNER. */
  expectedSignerIin?: string;
  now?: Date;
};

/** Payload as the exact bytes, or a string taken as its UTF-8 bytes. */
export type SignedBytes = string | Uint8Array;

export function payloadBytes(payload: SignedBytes): Buffer {
  return typeof payload === "string" ? Buffer.from(payload, "utf8") : Buffer.from(payload);
}

/** A CAdES-BES CMS over `content` with the given key; detached unless `encapsulate`. Base64. */
export function signCms(input: {
  privateKeyPem: string;
  certificatePem: string;
  content: SignedBytes;
  signingTime?: Date;
  encapsulate?: boolean;
}): string {
  const certificate = forge.pki.certificateFromPem(input.certificatePem);
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(payloadBytes(input.content).toString("binary"));
  p7.addCertificate(certificate);
  p7.addSigner({
    key: forge.pki.privateKeyFromPem(input.privateKeyPem),
    certificate,
    digestAlgorithm: forge.pki.oids.sha256!,
    authenticatedAttributes: [
      { type: OID.contentType, value: OID.data },
      { type: OID.messageDigest },
      // forge's typing says string; it takes (and needs) a Date for signingTime.
      { type: OID.signingTime, value: (input.signingTime ?? new Date()) as unknown as string },
    ],
  });
  p7.sign({ detached: !input.encapsulate });
  return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), "binary").toString("base64");
}

class Refusal extends Error {
  constructor(
    readonly reason: CmsFailure,
    detail?: string,
  ) {
    super(detail ?? reason);
  }
}

/**
 * Verifies a CMS SignedData over `payload`: the one signer's RSA signature over the signed
 * attributes, the message digest of the payload, a certificate issued by one of `trusted` and
 * valid at the signing time, a signing key (e-mail protection usage), and an IIN in the subject's
 * SERIALNUMBER. Never throws: anything unreadable is MALFORMED.
 */
export function verifyCmsWith(cmsBase64: string, payload: SignedBytes, options: VerifyOptions): CmsVerification {
  try {
    return verifyOrThrow(cmsBase64, payloadBytes(payload), options);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.reason, detail: error.message };
    return { ok: false, reason: "MALFORMED", detail: error instanceof Error ? error.message : String(error) };
  }
}

function verifyOrThrow(cmsBase64: string, content: Buffer, options: VerifyOptions): CmsVerification {
  const now = options.now ?? new Date();
  const compact = cmsBase64.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) throw new Refusal("MALFORMED", "not base64");
  const der = Buffer.from(compact, "base64");
  if (der.length === 0 || der.length > MAX_CMS_BYTES) throw new Refusal("MALFORMED", "size");

  const contentInfo = parseDer(der);
  const [typeNode, wrapped] = children(contentInfo);
  if (oidOf(typeNode) !== OID.signedData) throw new Refusal("MALFORMED", "not SignedData");
  const signedData = children(wrapped)[0];
  const items = children(signedData);
  const encapContentInfo = items[2];
  const [eContentType, eContentWrapper] = children(encapContentInfo);
  if (oidOf(eContentType) !== OID.data) throw new Refusal("UNSUPPORTED_ALGORITHM", "content type is not data");
  if (eContentWrapper) {
    const embedded = octets(children(eContentWrapper)[0]);
    if (!embedded.equals(content)) throw new Refusal("CONTENT_MISMATCH");
  }

  let certificates: forge.asn1.Asn1[] = [];
  let signerInfos: forge.asn1.Asn1[] = [];
  for (const item of items.slice(3)) {
    if (item.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && item.type === 0) certificates = children(item);
    else if (item.tagClass === forge.asn1.Class.UNIVERSAL && item.type === forge.asn1.Type.SET) signerInfos = children(item);
  }
  if (signerInfos.length !== 1) throw new Refusal("MALFORMED", `expected one signer, found ${signerInfos.length}`);
  const signerInfo = children(signerInfos[0]);

  const sid = signerInfo[1];
  if (!sid || sid.tagClass !== forge.asn1.Class.UNIVERSAL) throw new Refusal("UNSUPPORTED_ALGORITHM", "signer identified by key id");
  const [sidIssuer, sidSerial] = children(sid);
  const wantedIssuer = derOf(sidIssuer);
  const wantedSerial = normaliseSerial(octets(sidSerial).toString("hex"));
  const certificateDer = certificates
    .map((c) => ({ der: Buffer.from(forge.asn1.toDer(c).getBytes(), "binary"), node: c }))
    .find(({ node }) => {
      const { issuer, serial } = issuerAndSerialOf(node);
      return issuer.equals(wantedIssuer) && serial === wantedSerial;
    })?.der;
  if (!certificateDer) throw new Refusal("UNTRUSTED_CERTIFICATE", "the signer's certificate is not in the CMS");

  const digestName = DIGESTS[oidOf(children(signerInfo[2])[0])];
  if (!digestName) throw new Refusal("UNSUPPORTED_ALGORITHM", "digest");
  let next = 3;
  const signedAttrs = signerInfo[next]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? signerInfo[next++] : undefined;
  const signatureAlgorithm = oidOf(children(signerInfo[next++])[0]);
  const signature = octets(signerInfo[next]);
  if (signatureAlgorithm !== OID.rsaEncryption && RSA_WITH[signatureAlgorithm] !== digestName) {
    throw new Refusal("UNSUPPORTED_ALGORITHM", "signature");
  }
  if (!signedAttrs) throw new Refusal("MALFORMED", "no signed attributes (CAdES needs a signing time)");

  const attributes = new Map<string, forge.asn1.Asn1>();
  for (const attribute of children(signedAttrs)) {
    const [type, values] = children(attribute);
    const value = children(values)[0];
    if (value) attributes.set(oidOf(type), value);
  }
  const contentTypeAttr = attributes.get(OID.contentType);
  const digestAttr = attributes.get(OID.messageDigest);
  const timeAttr = attributes.get(OID.signingTime);
  if (!contentTypeAttr || oidOf(contentTypeAttr) !== OID.data) throw new Refusal("MALFORMED", "content type attribute");
  if (!digestAttr || !timeAttr) throw new Refusal("MALFORMED", "message digest or signing time missing");
  const expectedDigest = crypto.createHash(digestName).update(content).digest();
  if (!octets(digestAttr).equals(expectedDigest)) throw new Refusal("DIGEST_MISMATCH");

  // The signature covers the attributes DER-encoded as a SET, not under their [0] tag.
  const signedBytes = derOf(forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, children(signedAttrs)));
  const certificate = new crypto.X509Certificate(certificateDer);
  if (!crypto.verify(digestName, signedBytes, certificate.publicKey, signature)) throw new Refusal("BAD_SIGNATURE");

  const signedAt = timeOf(timeAttr);
  if (signedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new Refusal("BAD_SIGNING_TIME", "in the future");

  const issuer = options.trusted
    .map((pem) => new crypto.X509Certificate(pem))
    .find((ca) => certificate.checkIssued(ca) && certificate.verify(ca.publicKey));
  if (!issuer) throw new Refusal("UNTRUSTED_CERTIFICATE");
  for (const cert of [certificate, issuer]) {
    if (signedAt < new Date(cert.validFrom) || signedAt > new Date(cert.validTo)) {
      throw new Refusal("CERTIFICATE_NOT_VALID", `not valid on ${signedAt.toISOString()}`);
    }
  }
  if (!(certificate.keyUsage ?? []).includes(SIGNING_KEY_USAGE_OID)) throw new Refusal("WRONG_KEY_USAGE");

  const subject = subjectOf(certificateDer);
  const iin = /^IIN(\d{12})$/.exec(subject.get(OID.serialNumber) ?? "")?.[1];
  if (!iin || !isValidIin(iin)) throw new Refusal("NO_IIN");
  const signerName = subject.get(OID.commonName)?.trim() || `IIN${iin}`;
  if (options.expectedSignerIin !== undefined && options.expectedSignerIin !== iin) {
    return { ok: false, reason: "WRONG_SIGNER", signerIin: iin, signerName };
  }
  return { ok: true, signerIin: iin, signerName, certSerial: certificate.serialNumber.toLowerCase(), signedAt };
}

type FromDer = (bytes: string, options: { strict: boolean; parseAllBytes: boolean; decodeBitStrings: boolean }) => forge.asn1.Asn1;

/**
 * Strict DER, no trailing bytes, BIT STRINGs left as bytes: what is re-encoded (the signed
 * attributes, the certificate) then comes out byte for byte as it went in.
 */
function parseDer(der: Buffer): forge.asn1.Asn1 {
  return (forge.asn1.fromDer as unknown as FromDer)(der.toString("binary"), {
    strict: true,
    parseAllBytes: true,
    decodeBitStrings: false,
  });
}

function children(node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1[] {
  if (!node || !Array.isArray(node.value)) throw new Refusal("MALFORMED", "unexpected structure");
  return node.value;
}

function oidOf(node: forge.asn1.Asn1 | undefined): string {
  if (!node || node.type !== forge.asn1.Type.OID || typeof node.value !== "string") throw new Refusal("MALFORMED", "OID expected");
  return forge.asn1.derToOid(node.value);
}

/** Primitive contents; a constructed (BER) string is concatenated. */
function octets(node: forge.asn1.Asn1 | undefined): Buffer {
  if (!node) throw new Refusal("MALFORMED", "value expected");
  if (typeof node.value === "string") return Buffer.from(node.value, "binary");
  return Buffer.concat(node.value.map((part) => octets(part)));
}

function derOf(node: forge.asn1.Asn1 | undefined): Buffer {
  if (!node) throw new Refusal("MALFORMED", "value expected");
  return Buffer.from(forge.asn1.toDer(node).getBytes(), "binary");
}

function normaliseSerial(hex: string): string {
  return hex.toLowerCase().replace(/^0+(?=.)/, "");
}

/** TBSCertificate: [0] version?, serial, signature algorithm, issuer, validity, subject, … */
function tbsFields(certificate: forge.asn1.Asn1): forge.asn1.Asn1[] {
  const tbs = children(children(certificate)[0]);
  return tbs[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? tbs.slice(1) : tbs;
}

function issuerAndSerialOf(certificate: forge.asn1.Asn1): { issuer: Buffer; serial: string } {
  const fields = tbsFields(certificate);
  return { serial: normaliseSerial(octets(fields[0]).toString("hex")), issuer: derOf(fields[2]) };
}

/** Subject attributes by OID, strings decoded (UTF8String, PrintableString, BMPString). */
function subjectOf(certificateDer: Buffer): Map<string, string> {
  const certificate = parseDer(certificateDer);
  const out = new Map<string, string>();
  for (const rdn of children(tbsFields(certificate)[4])) {
    for (const pair of children(rdn)) {
      const [type, value] = children(pair);
      if (!value || typeof value.value !== "string") continue;
      out.set(oidOf(type), decodeString(value));
    }
  }
  return out;
}

function decodeString(node: forge.asn1.Asn1): string {
  const raw = Buffer.from(node.value as string, "binary");
  if (node.type === forge.asn1.Type.BMPSTRING) return raw.swap16().toString("utf16le");
  return raw.toString(node.type === forge.asn1.Type.UTF8 ? "utf8" : "latin1");
}

function timeOf(node: forge.asn1.Asn1): Date {
  if (typeof node.value !== "string") throw new Refusal("MALFORMED", "signing time");
  if (node.type === forge.asn1.Type.UTCTIME) return forge.asn1.utcTimeToDate(node.value);
  if (node.type === forge.asn1.Type.GENERALIZEDTIME) return forge.asn1.generalizedTimeToDate(node.value);
  throw new Refusal("MALFORMED", "signing time");
}
