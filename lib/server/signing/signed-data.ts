import "server-only";
import crypto from "node:crypto";
import { Class, Type, children, derOf, isContext, octets, oidOf, parseDer, type Asn1 } from "@/lib/server/signing/der";
import { normaliseSerial, readCertificate } from "@/lib/server/signing/certificate-info";

// CMS SignedData (RFC 5652) with one signer, read for both the document signatures and the
// RFC 3161 timestamp tokens inside them. The signer is checked here (its certificate is in the
// CMS, the message digest matches, the RSA signature over the signed attributes verifies); the
// chain, time and revocation are the callers' business.

export const CMS_OID = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  tstInfo: "1.2.840.113549.1.9.16.1.4",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  signingCertificate: "1.2.840.113549.1.9.16.2.12",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
  timeStampToken: "1.2.840.113549.1.9.16.2.14",
  rsaEncryption: "1.2.840.113549.1.1.1",
  sha256: "2.16.840.1.101.3.4.2.1",
} as const;

export const DIGESTS: Record<string, string> = {
  "1.3.14.3.2.26": "sha1",
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
};

const RSA_WITH: Record<string, string> = {
  "1.2.840.113549.1.1.11": "sha256",
  "1.2.840.113549.1.1.12": "sha384",
  "1.2.840.113549.1.1.13": "sha512",
};

/**
 * GOST algorithms NCA RK uses: Kazakhstan's GOST 34.310 / 34.10-2015 (1.2.398.3.10.1.…) and the
 * Russian GOST R 34.10/34.11-2012 family (1.2.643.7.1.…) its 2015 certificates are built on.
 */
export function isGostOid(dotted: string): boolean {
  return dotted.startsWith("1.2.398.3.10.") || dotted.startsWith("1.2.643.");
}

export type SignedDataFailure =
  | "MALFORMED"
  | "UNSUPPORTED_ALGORITHM"
  | "GOST_NOT_SUPPORTED"
  | "CONTENT_MISMATCH"
  | "DIGEST_MISMATCH"
  | "BAD_SIGNATURE"
  | "UNTRUSTED_CERTIFICATE";

export class SignedDataRefusal extends Error {
  constructor(
    readonly reason: SignedDataFailure,
    detail?: string,
  ) {
    super(detail ?? reason);
  }
}

export type VerifiedSigner = {
  /** The signer's certificate, DER. */
  certificate: Buffer;
  /** Every certificate the CMS carries, DER. */
  certificates: Buffer[];
  eContentType: string;
  /** The encapsulated content, if any (a timestamp token's TSTInfo). */
  eContent: Buffer | null;
  digestName: string;
  signedAttributes: Map<string, Asn1>;
  unsignedAttributes: Map<string, Asn1>;
  /** The signature value: what an RFC 3161 timestamp covers. */
  signature: Buffer;
};

/** Parses DER ContentInfo(SignedData), checks the one signer; `content` for a detached CMS. */
export function verifySignedData(der: Buffer, content: Buffer | null): VerifiedSigner {
  const [typeNode, wrapped] = children(parseDer(der));
  if (oidOf(typeNode) !== CMS_OID.signedData) throw new SignedDataRefusal("MALFORMED", "not SignedData");
  const items = children(children(wrapped)[0]);
  const [eContentType, eContentWrapper] = children(items[2]);
  const eContent = eContentWrapper ? octets(children(eContentWrapper)[0]) : null;
  if (content && eContent && !eContent.equals(content)) throw new SignedDataRefusal("CONTENT_MISMATCH");
  const signedContent = content ?? eContent;
  if (!signedContent) throw new SignedDataRefusal("MALFORMED", "no content");

  let certificates: Buffer[] = [];
  let signerInfos: Asn1[] = [];
  for (const item of items.slice(3)) {
    if (isContext(item, 0)) certificates = children(item).map((c) => derOf(c));
    else if (item.tagClass === Class.UNIVERSAL && item.type === Type.SET) signerInfos = children(item);
  }
  if (signerInfos.length !== 1) throw new SignedDataRefusal("MALFORMED", `expected one signer, found ${signerInfos.length}`);
  const signerInfo = children(signerInfos[0]);

  const sid = signerInfo[1];
  if (!sid || sid.tagClass !== Class.UNIVERSAL) throw new SignedDataRefusal("UNSUPPORTED_ALGORITHM", "signer identified by key id");
  const [sidIssuer, sidSerial] = children(sid);
  const wantedIssuer = derOf(sidIssuer);
  const wantedSerial = normaliseSerial(octets(sidSerial).toString("hex"));
  const certificate = certificates.find((c) => {
    const info = readCertificate(c);
    return info.issuerDer.equals(wantedIssuer) && info.serialHex === wantedSerial;
  });
  if (!certificate) throw new SignedDataRefusal("UNTRUSTED_CERTIFICATE", "the signer's certificate is not in the CMS");

  const digestOid = oidOf(children(signerInfo[2])[0]);
  let next = 3;
  const signedAttrs = isContext(signerInfo[next], 0) ? signerInfo[next++] : undefined;
  const signatureAlgorithm = oidOf(children(signerInfo[next++])[0]);
  const signature = octets(signerInfo[next++]);
  const unsignedAttrs = isContext(signerInfo[next], 1) ? signerInfo[next] : undefined;
  const keyAlgorithm = readCertificate(certificate).publicKeyAlgorithm;
  if ([digestOid, signatureAlgorithm, keyAlgorithm].some(isGostOid)) throw new SignedDataRefusal("GOST_NOT_SUPPORTED");
  const digestName = DIGESTS[digestOid];
  if (!digestName || digestName === "sha1") throw new SignedDataRefusal("UNSUPPORTED_ALGORITHM", "digest");
  if (signatureAlgorithm !== CMS_OID.rsaEncryption && RSA_WITH[signatureAlgorithm] !== digestName) {
    throw new SignedDataRefusal("UNSUPPORTED_ALGORITHM", "signature");
  }
  if (!signedAttrs) throw new SignedDataRefusal("MALFORMED", "no signed attributes");

  const signedAttributes = attributesOf(signedAttrs);
  const contentTypeAttr = signedAttributes.get(CMS_OID.contentType);
  const digestAttr = signedAttributes.get(CMS_OID.messageDigest);
  if (!contentTypeAttr || oidOf(contentTypeAttr) !== oidOf(eContentType))
    throw new SignedDataRefusal("MALFORMED", "content type attribute");
  if (!digestAttr) throw new SignedDataRefusal("MALFORMED", "message digest missing");
  if (!octets(digestAttr).equals(crypto.createHash(digestName).update(signedContent).digest())) {
    throw new SignedDataRefusal("DIGEST_MISMATCH");
  }
  // The signature covers the attributes DER-encoded as a SET, not under their [0] tag.
  const signedBytes = Buffer.concat([Buffer.from([0x31]), derOf(signedAttrs).subarray(1)]);
  const publicKey = new crypto.X509Certificate(certificate).publicKey;
  if (!crypto.verify(digestName, signedBytes, publicKey, signature)) throw new SignedDataRefusal("BAD_SIGNATURE");

  return {
    certificate,
    certificates,
    eContentType: oidOf(eContentType),
    eContent,
    digestName,
    signedAttributes,
    unsignedAttributes: unsignedAttrs ? attributesOf(unsignedAttrs) : new Map(),
    signature,
  };
}

/** Attribute type → its first value. */
function attributesOf(node: Asn1): Map<string, Asn1> {
  const out = new Map<string, Asn1>();
  for (const attribute of children(node)) {
    const [type, values] = children(attribute);
    const value = children(values)[0];
    if (value) out.set(oidOf(type), value);
  }
  return out;
}
