import "server-only";
import crypto from "node:crypto";
import { isValidIin } from "@/lib/iin/iin";
import { SIGNING_KEY_USAGE_OID } from "@/lib/signing/ncalayer-protocol";
import { buildChain, certificatesFromPem, linkOf, type ChainLink } from "@/lib/server/signing/cert-chain";
import { CERT_OID, readCertificate } from "@/lib/server/signing/certificate-info";
import {
  Class,
  DerError,
  Type,
  algorithm,
  children,
  context,
  derOf,
  integer,
  isContext,
  octetString,
  octets,
  oid,
  oidOf,
  parseDer,
  seq,
  setOf,
  timeOf,
  utcTime,
  type Asn1,
} from "@/lib/server/signing/der";
import { CMS_OID, DIGESTS, SignedDataRefusal, verifySignedData } from "@/lib/server/signing/signed-data";
import { TimestampRefusal, verifyTimestampToken } from "@/lib/server/signing/timestamp-token";

// CMS (PKCS#7) SignedData as NCALayer makes it: CAdES-BES, i.e. signed attributes content type,
// message digest, signing time and signingCertificateV2 (the ESSCertIDv2 hash of the signer's
// certificate), the signer's certificate (and intermediates) inside, the content detached.
// Verification checks the signature, builds the chain to a root of the trust store and judges
// every certificate at a trusted time: the RFC 3161 timestamp in the unsigned attributes when
// there is one, otherwise the time we received the signature — never the signing time the
// signer claims. Revocation is checked afterwards, asynchronously (see verify-cms.ts).

/** A CMS larger than this is not a signature of ours (the certificates and signature are ~4 KB). */
const MAX_CMS_BYTES = 1024 * 1024;
/** How far a signer's (or TSA's) clock may run ahead of ours. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** NCA RK profile OIDs (extended key usage): a private person, a legal entity's employee. */
export const NCA_INDIVIDUAL_EKU = "1.2.398.3.3.4.1.1";
export const NCA_ORGANISATION_EKU = "1.2.398.3.3.4.1.2";

export type CmsFailure =
  | "MALFORMED"
  | "UNSUPPORTED_ALGORITHM"
  | "GOST_NOT_SUPPORTED"
  | "CONTENT_MISMATCH"
  | "DIGEST_MISMATCH"
  | "BAD_SIGNATURE"
  | "NO_SIGNING_CERTIFICATE"
  | "BAD_TIMESTAMP"
  | "UNTRUSTED_CERTIFICATE"
  | "CERTIFICATE_NOT_VALID"
  | "CERTIFICATE_REVOKED"
  | "REVOCATION_UNAVAILABLE"
  | "WRONG_KEY_USAGE"
  | "WRONG_PROFILE"
  | "BAD_SIGNING_TIME"
  | "NO_IIN"
  | "WRONG_SIGNER";

/** Who must have signed: a person with their own certificate, or an organisation's employee. */
export type SignerProfile = { kind: "individual" } | { kind: "organisation"; bin: string };

export type CmsVerification =
  | {
      ok: true;
      signerIin: string;
      signerName: string;
      certSerial: string;
      /** The trusted time: the timestamp's, or when we received the signature. */
      signedAt: Date;
      timeSource: "timestamp" | "receipt";
      /** What the signer's clock said (informative only). */
      claimedSigningTime: Date;
      /** signer, intermediates…, root — DER. */
      chain: Buffer[];
    }
  | { ok: false; reason: CmsFailure; detail?: string; signerIin?: string; signerName?: string };

export type VerifyOptions = {
  /** PEM certificates (bundles allowed) of the trust store: roots and intermediates. */
  trusted: readonly string[];
  /** When given, a valid signature by anyone else is refused with WRONG_SIGNER. */
  expectedSignerIin?: string;
  expectedProfile?: SignerProfile;
  /** When the signature was received: the trusted time unless a timestamp says otherwise. */
  now?: Date;
};

/** Payload as the exact bytes, or a string taken as its UTF-8 bytes. */
export type SignedBytes = string | Uint8Array;

export function payloadBytes(payload: SignedBytes): Buffer {
  return typeof payload === "string" ? Buffer.from(payload, "utf8") : Buffer.from(payload);
}

function pemToDer(pem: string): Buffer {
  const [der] = certificatesFromPem(pem);
  if (!der) throw new Error("not a PEM certificate");
  return der;
}

/**
 * A CAdES-BES CMS over `content` with the given RSA key; detached unless `encapsulate`.
 * `chainPem` are further certificates to carry (the intermediate CA). Base64.
 */
export function signCms(input: {
  privateKeyPem: string;
  certificatePem: string;
  content: SignedBytes;
  signingTime?: Date;
  encapsulate?: boolean;
  chainPem?: readonly string[];
}): string {
  const content = payloadBytes(input.content);
  const certificateDer = pemToDer(input.certificatePem);
  const certificate = readCertificate(certificateDer);
  const certificateNode = parseDer(certificateDer);
  const tbs = children(children(certificateNode)[0]);
  const serialNode = tbs[isContext(tbs[0], 0) ? 1 : 0]!;
  const issuerNode = parseDer(certificate.issuerDer);

  const attribute = (type: string, value: Asn1) => seq([oid(type), setOf([value])]);
  // ESSCertIDv2 with the default hash (SHA-256, so left out) and the issuer/serial.
  const essCertId = seq([
    octetString(crypto.createHash("sha256").update(certificateDer).digest()),
    seq([seq([context(4, [issuerNode])]), serialNode]),
  ]);
  const signedAttributes = [
    attribute(CMS_OID.contentType, oid(CMS_OID.data)),
    attribute(CMS_OID.signingTime, utcTime(input.signingTime ?? new Date())),
    attribute(CMS_OID.messageDigest, octetString(crypto.createHash("sha256").update(content).digest())),
    attribute(CMS_OID.signingCertificateV2, seq([seq([essCertId])])),
  ];
  const signedSet = setOf(signedAttributes);
  const signature = crypto.sign("sha256", derOf(signedSet), input.privateKeyPem);

  const signerInfo = seq([
    integer(1),
    seq([issuerNode, serialNode]),
    algorithm(CMS_OID.sha256),
    context(0, children(signedSet)),
    algorithm(CMS_OID.rsaEncryption, true),
    octetString(signature),
  ]);
  const certificates = [certificateDer, ...(input.chainPem ?? []).map(pemToDer)].map((der) => parseDer(der));
  const signedData = seq([
    integer(1),
    setOf([algorithm(CMS_OID.sha256)]),
    seq(input.encapsulate ? [oid(CMS_OID.data), context(0, [octetString(content)])] : [oid(CMS_OID.data)]),
    context(0, certificates),
    setOf([signerInfo]),
  ]);
  return derOf(seq([oid(CMS_OID.signedData), context(0, [signedData])])).toString("base64");
}

/** The signer's signature value: what an RFC 3161 timestamp token is requested over. */
export function signatureValueOf(cmsBase64: string): Buffer {
  // version, sid, digest algorithm, signature algorithm, signature (around the [0] / [1] attributes)
  const universal = children(signerInfoOf(parseDer(Buffer.from(cmsBase64, "base64")))).filter((node) => node.tagClass === Class.UNIVERSAL);
  return octets(universal[4]);
}

/** The CMS with `tokenDer` (a TimeStampToken) added as the signer's signature-time-stamp attribute. */
export function addTimestampToken(cmsBase64: string, tokenDer: Buffer): string {
  const contentInfo = parseDer(Buffer.from(cmsBase64, "base64"));
  const signerInfo = signerInfoOf(contentInfo);
  const fields = children(signerInfo).filter((node) => !isContext(node, 1));
  fields.push(context(1, [seq([oid(CMS_OID.timeStampToken), setOf([parseDer(tokenDer)])])]));
  signerInfo.value = fields;
  return derOf(contentInfo).toString("base64");
}

function signerInfoOf(contentInfo: Asn1): Asn1 {
  const signedData = children(children(contentInfo)[1])[0];
  const signerInfos = children(signedData)
    .filter((node) => node.tagClass === Class.UNIVERSAL && node.type === Type.SET)
    .pop();
  const signerInfo = children(signerInfos)[0];
  if (!signerInfo) throw new DerError("no signer");
  return signerInfo;
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
 * attributes, the message digest, signingCertificateV2 naming the signer's certificate, a chain
 * to a root of `trusted` valid at the trusted time, a signing key (digitalSignature or
 * nonRepudiation, e-mail protection), the NCA RK profile and an IIN in the subject's
 * SERIALNUMBER. Never throws: anything unreadable is MALFORMED. No revocation check here.
 */
export function verifyCmsWith(cmsBase64: string, payload: SignedBytes, options: VerifyOptions): CmsVerification {
  try {
    return verifyOrThrow(cmsBase64, payloadBytes(payload), options);
  } catch (error) {
    if (error instanceof Refusal || error instanceof SignedDataRefusal) return { ok: false, reason: error.reason, detail: error.message };
    return { ok: false, reason: "MALFORMED", detail: error instanceof Error ? error.message : String(error) };
  }
}

function verifyOrThrow(cmsBase64: string, content: Buffer, options: VerifyOptions): CmsVerification {
  const now = options.now ?? new Date();
  const compact = cmsBase64.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) throw new Refusal("MALFORMED", "not base64");
  const der = Buffer.from(compact, "base64");
  if (der.length === 0 || der.length > MAX_CMS_BYTES) throw new Refusal("MALFORMED", "size");

  const signer = verifySignedData(der, content);
  if (signer.eContentType !== CMS_OID.data) throw new Refusal("UNSUPPORTED_ALGORITHM", "content type is not data");
  checkSigningCertificateV2(signer.signedAttributes.get(CMS_OID.signingCertificateV2), signer.certificate);
  const timeAttr = signer.signedAttributes.get(CMS_OID.signingTime);
  if (!timeAttr) throw new Refusal("MALFORMED", "signing time missing");
  const claimedSigningTime = timeOf(timeAttr);
  if (claimedSigningTime.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new Refusal("BAD_SIGNING_TIME", "in the future");

  const trusted = options.trusted.flatMap(certificatesFromPem).map(linkOf);
  const carried = signer.certificates.filter((c) => !c.equals(signer.certificate)).map(linkOf);

  let trustedTime = now;
  let timeSource: "timestamp" | "receipt" = "receipt";
  const tokenNode = signer.unsignedAttributes.get(CMS_OID.timeStampToken);
  if (tokenNode) {
    let stamp;
    try {
      stamp = verifyTimestampToken(derOf(tokenNode), signer.signature);
    } catch (error) {
      if (error instanceof TimestampRefusal) throw new Refusal("BAD_TIMESTAMP", error.message);
      throw error;
    }
    if (stamp.genTime.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new Refusal("BAD_TIMESTAMP", "in the future");
    const tsaChain = buildChain(linkOf(stamp.tsaCertificate), stamp.certificates.map(linkOf), trusted, stamp.genTime);
    if (!tsaChain.ok) throw new Refusal("BAD_TIMESTAMP", `time-stamping authority: ${tsaChain.detail}`);
    trustedTime = stamp.genTime;
    timeSource = "timestamp";
  }

  const leaf = linkOf(signer.certificate);
  const chain = buildChain(leaf, carried, trusted, trustedTime);
  if (!chain.ok) throw new Refusal(chain.reason, chain.detail);
  checkKeyUsage(leaf);

  const subject = leaf.info.subject;
  const iin = /^IIN(\d{12})$/.exec(subject.get(CERT_OID.serialNumber)?.[0] ?? "")?.[1];
  if (!iin || !isValidIin(iin)) throw new Refusal("NO_IIN");
  const signerName = subject.get(CERT_OID.commonName)?.[0]?.trim() || `IIN${iin}`;
  if (options.expectedSignerIin !== undefined && options.expectedSignerIin !== iin) {
    return { ok: false, reason: "WRONG_SIGNER", signerIin: iin, signerName };
  }
  if (options.expectedProfile) checkProfile(leaf, options.expectedProfile);
  return {
    ok: true,
    signerIin: iin,
    signerName,
    certSerial: leaf.x509.serialNumber.toLowerCase(),
    signedAt: trustedTime,
    timeSource,
    claimedSigningTime,
    chain: chain.chain.map((link) => link.x509.raw),
  };
}

/** CAdES-BES: signingCertificateV2 must name the very certificate that verified the signature. */
function checkSigningCertificateV2(value: Asn1 | undefined, certificateDer: Buffer): void {
  if (!value) throw new Refusal("NO_SIGNING_CERTIFICATE", "signingCertificateV2 missing (not CAdES-BES)");
  const [first] = children(children(value)[0]);
  const parts = children(first);
  const hasAlgorithm = parts[0]?.type === Type.SEQUENCE;
  const digestName = hasAlgorithm ? DIGESTS[oidOf(children(parts[0])[0])] : "sha256";
  const certHash = octets(parts[hasAlgorithm ? 1 : 0]);
  if (!digestName || digestName === "sha1") throw new Refusal("NO_SIGNING_CERTIFICATE", "signingCertificateV2 hash");
  if (!certHash.equals(crypto.createHash(digestName).update(certificateDer).digest())) {
    throw new Refusal("NO_SIGNING_CERTIFICATE", "signingCertificateV2 names another certificate");
  }
  const issuerSerial = parts[hasAlgorithm ? 2 : 1];
  if (issuerSerial) {
    const serial = octets(children(issuerSerial)[1])
      .toString("hex")
      .replace(/^0+(?=.)/, "")
      .toLowerCase();
    if (serial !== readCertificate(certificateDer).serialHex) throw new Refusal("NO_SIGNING_CERTIFICATE", "signingCertificateV2 serial");
  }
}

/** A signing certificate: digitalSignature or nonRepudiation, and NCA's signing usage. */
function checkKeyUsage(leaf: ChainLink): void {
  const usage = leaf.info.keyUsage;
  if (!usage || !(usage.digitalSignature || usage.nonRepudiation)) throw new Refusal("WRONG_KEY_USAGE", "not a signing key");
  if (!leaf.info.extKeyUsage.includes(SIGNING_KEY_USAGE_OID))
    throw new Refusal("WRONG_KEY_USAGE", "not NCA's signing key (an authentication key?)");
}

/** NCA RK profiles: an organisation's certificate has its BIN in OU and the legal-entity usage. */
function checkProfile(leaf: ChainLink, expected: SignerProfile): void {
  const bins = (leaf.info.subject.get(CERT_OID.organizationalUnit) ?? []).map((ou) => /^BIN(\d{12})$/.exec(ou)?.[1]).filter(Boolean);
  const isOrganisation =
    bins.length > 0 ||
    leaf.info.extKeyUsage.some((usage) => usage === NCA_ORGANISATION_EKU || usage.startsWith(`${NCA_ORGANISATION_EKU}.`));
  if (expected.kind === "individual") {
    if (isOrganisation || !leaf.info.extKeyUsage.includes(NCA_INDIVIDUAL_EKU)) {
      throw new Refusal("WRONG_PROFILE", "not a private person's certificate");
    }
    return;
  }
  if (!isOrganisation || !bins.includes(expected.bin))
    throw new Refusal("WRONG_PROFILE", `a certificate of the organisation BIN ${expected.bin} is needed`);
}
