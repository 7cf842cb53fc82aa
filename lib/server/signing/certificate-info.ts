import "server-only";
import { Type, children, derOf, isContext, octets, oidOf, parseDer, type Asn1 } from "@/lib/server/signing/der";

// What the verifier reads from an X.509 certificate besides what node:crypto's X509Certificate
// offers: subject attributes by OID, the key usage bits, extended key usages, the OCSP and CRL
// addresses, the key's algorithm. Read from the DER, so it works for any key type (GOST too).

export const CERT_OID = {
  commonName: "2.5.4.3",
  serialNumber: "2.5.4.5",
  organizationalUnit: "2.5.4.11",
  keyUsage: "2.5.29.15",
  extKeyUsage: "2.5.29.37",
  crlDistributionPoints: "2.5.29.31",
  authorityInfoAccess: "1.3.6.1.5.5.7.1.1",
  ocspAccess: "1.3.6.1.5.5.7.48.1",
} as const;

export type KeyUsageBits = {
  digitalSignature: boolean;
  nonRepudiation: boolean;
  keyCertSign: boolean;
  cRLSign: boolean;
};

export type CertificateInfo = {
  der: Buffer;
  serialHex: string;
  issuerDer: Buffer;
  subjectDer: Buffer;
  subject: Map<string, string[]>;
  /** Outer signature algorithm (how the issuer signed it). */
  signatureAlgorithm: string;
  /** subjectPublicKeyInfo algorithm. */
  publicKeyAlgorithm: string;
  /** null when the certificate has no key usage extension. */
  keyUsage: KeyUsageBits | null;
  extKeyUsage: string[];
  ocspUrls: string[];
  crlUrls: string[];
};

export function normaliseSerial(hex: string): string {
  return hex.toLowerCase().replace(/^0+(?=.)/, "");
}

/** TBSCertificate without the optional [0] version: serial, signature, issuer, validity, subject, spki, … */
function tbsFields(certificate: Asn1): Asn1[] {
  const tbs = children(children(certificate)[0]);
  return isContext(tbs[0], 0) ? tbs.slice(1) : tbs;
}

export function readCertificate(der: Buffer): CertificateInfo {
  const certificate = parseDer(der);
  const fields = tbsFields(certificate);
  const [serial, , issuer, , subject, spki] = fields;
  const info: CertificateInfo = {
    der,
    serialHex: normaliseSerial(octets(serial).toString("hex")),
    issuerDer: derOf(issuer),
    subjectDer: derOf(subject),
    subject: nameOf(subject),
    signatureAlgorithm: oidOf(children(children(certificate)[1])[0]),
    publicKeyAlgorithm: oidOf(children(children(spki)[0])[0]),
    keyUsage: null,
    extKeyUsage: [],
    ocspUrls: [],
    crlUrls: [],
  };
  const extensions = fields.find((field) => isContext(field, 3));
  for (const extension of extensions ? children(children(extensions)[0]) : []) {
    const parts = children(extension);
    const id = oidOf(parts[0]);
    const value = parseDer(octets(parts[parts.length - 1]));
    if (id === CERT_OID.keyUsage) info.keyUsage = keyUsageOf(octets(value));
    else if (id === CERT_OID.extKeyUsage) info.extKeyUsage = children(value).map((usage) => oidOf(usage));
    else if (id === CERT_OID.authorityInfoAccess) {
      for (const access of children(value)) {
        const [method, location] = children(access);
        if (oidOf(method) === CERT_OID.ocspAccess && isContext(location, 6)) info.ocspUrls.push(octets(location).toString("latin1"));
      }
    } else if (id === CERT_OID.crlDistributionPoints) {
      for (const point of children(value)) {
        const name = children(point).find((part) => isContext(part, 0));
        const fullName = name ? children(name).find((part) => isContext(part, 0)) : undefined;
        for (const general of fullName ? children(fullName) : []) {
          if (isContext(general, 6)) info.crlUrls.push(octets(general).toString("latin1"));
        }
      }
    }
  }
  return info;
}

/** BIT STRING contents: the count of unused bits, then the bits, first bit = digitalSignature. */
function keyUsageOf(bits: Buffer): KeyUsageBits {
  const first = bits[1] ?? 0;
  return {
    digitalSignature: (first & 0x80) !== 0,
    nonRepudiation: (first & 0x40) !== 0,
    keyCertSign: (first & 0x04) !== 0,
    cRLSign: (first & 0x02) !== 0,
  };
}

/** Name attributes by OID (several OUs are possible), strings decoded. */
function nameOf(name: Asn1 | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rdn of children(name)) {
    for (const pair of children(rdn)) {
      const [type, value] = children(pair);
      if (!value || typeof value.value !== "string") continue;
      const id = oidOf(type);
      out.set(id, [...(out.get(id) ?? []), decodeString(value)]);
    }
  }
  return out;
}

function decodeString(node: Asn1): string {
  const raw = Buffer.from(node.value as string, "binary");
  if (node.type === Type.BMPSTRING) return raw.swap16().toString("utf16le");
  return raw.toString(node.type === Type.UTF8 ? "utf8" : "latin1");
}
