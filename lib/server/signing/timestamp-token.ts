import "server-only";
import crypto from "node:crypto";
import { children, octets, oidOf, parseDer, timeOf } from "@/lib/server/signing/der";
import { readCertificate } from "@/lib/server/signing/certificate-info";
import { CMS_OID, DIGESTS, SignedDataRefusal, verifySignedData } from "@/lib/server/signing/signed-data";

// An RFC 3161 timestamp token (a SignedData over TSTInfo) from the signer's unsigned
// attributes: it proves the signature existed at genTime, which then is the trusted time its
// certificate is judged at. The TSA's chain is checked by the caller, at genTime.

const TIME_STAMPING_EKU = "1.3.6.1.5.5.7.3.8";

export type VerifiedTimestamp = { genTime: Date; tsaCertificate: Buffer; certificates: Buffer[] };

export class TimestampRefusal extends Error {}

/** Checks the token (TSA signature, what it covers) and returns when it says the signature existed. */
export function verifyTimestampToken(tokenDer: Buffer, signatureValue: Buffer): VerifiedTimestamp {
  let token;
  try {
    token = verifySignedData(tokenDer, null);
  } catch (error) {
    throw new TimestampRefusal(`timestamp token: ${error instanceof SignedDataRefusal ? error.reason : "unreadable"}`);
  }
  if (token.eContentType !== CMS_OID.tstInfo || !token.eContent) throw new TimestampRefusal("timestamp token: not a TSTInfo");
  // TSTInfo ::= SEQUENCE { version, policy, messageImprint, serialNumber, genTime, … }
  const [, , messageImprint, , genTimeNode] = children(parseDer(token.eContent));
  const [hashAlgorithm, hashed] = children(messageImprint);
  const digestName = DIGESTS[oidOf(children(hashAlgorithm)[0])];
  if (!digestName || digestName === "sha1") throw new TimestampRefusal("timestamp token: unsupported imprint digest");
  if (!octets(hashed).equals(crypto.createHash(digestName).update(signatureValue).digest())) {
    throw new TimestampRefusal("timestamp token: made for another signature");
  }
  if (!readCertificate(token.certificate).extKeyUsage.includes(TIME_STAMPING_EKU)) {
    throw new TimestampRefusal("timestamp token: not signed by a time-stamping authority");
  }
  return { genTime: timeOf(genTimeNode), tsaCertificate: token.certificate, certificates: token.certificates };
}
