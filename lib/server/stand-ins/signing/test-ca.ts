import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import forge from "node-forge";

// The local stand-in for the National Certification Authority (NCA RK): one test CA that issues
// a certificate for each person's test key. Its key and certificate are made once and kept in
// .data/test-ca/ (a fixed path: Turbopack traces paths built from configuration), so signatures
// made yesterday still verify today. Nothing here is trusted outside this product's own checks.

const CA_DIR = ".data/test-ca";
const CA_KEY_FILE = ".data/test-ca/ca-key.pem";
const CA_CERT_FILE = ".data/test-ca/ca-cert.pem";

const CA_NAME = "Qabyldau local test CA (not NCA RK)";
const CA_YEARS = 10;
/** NCA RK issues personal certificates for one year. */
const PERSONAL_CERT_DAYS = 365;
/** Certificates start a day early so a slightly slow clock elsewhere still accepts them. */
const BACKDATE_MS = 24 * 60 * 60 * 1000;

/** Extended key usages of an NCA RK personal signing certificate: e-mail protection, individual. */
export const PERSONAL_EXT_KEY_USAGES = ["1.3.6.1.5.5.7.3.4", "1.2.398.3.3.4.1.1"] as const;

export type TestCa = { keyPem: string; certPem: string };

export type KeyPairPem = { privateKeyPem: string; publicKeyPem: string };

/** A fresh RSA-2048 key pair; node:crypto is ~100× faster at this than node-forge. */
export function generateRsaKeyPair(): Promise<KeyPairPem> {
  return new Promise((resolve, reject) => {
    crypto.generateKeyPair(
      "rsa",
      {
        modulusLength: 2048,
        publicKeyEncoding: { type: "spki", format: "pem" },
        privateKeyEncoding: { type: "pkcs8", format: "pem" },
      },
      (error, publicKeyPem, privateKeyPem) => (error ? reject(error) : resolve({ privateKeyPem, publicKeyPem })),
    );
  });
}

/** A new self-signed test CA (in memory). */
export function createTestCa(name = CA_NAME, now = new Date()): TestCa {
  const { privateKey, publicKey } = crypto.generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  cert.serialNumber = randomSerialHex();
  cert.validity.notBefore = new Date(now.getTime() - BACKDATE_MS);
  cert.validity.notAfter = new Date(now.getTime() + CA_YEARS * 365 * 24 * 60 * 60 * 1000);
  const subject: forge.pki.CertificateField[] = [
    { name: "commonName", value: name, valueTagClass: utf8() },
    { shortName: "C", value: "KZ" },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ]);
  signWithNodeCrypto(cert, privateKey);
  return { keyPem: privateKey, certPem: forge.pki.certificateToPem(cert) };
}

/**
 * Where revocation is asked (Authority Information Access OCSP, CRL Distribution Point), an
 * organisation's BIN (NCA puts "BIN<bin>" in OU and the legal-entity usage in the EKU), a
 * validity other than a year.
 */
export type CertificateOptions = { ocspUrl?: string; crlUrl?: string; organisationBin?: string; validDays?: number };

/** NCA RK's extended key usage of a legal entity's employee certificate. */
const ORGANISATION_EXT_KEY_USAGE = "1.2.398.3.3.4.1.2";

export type PersonName = { surname: string; name: string; patronymic?: string | null };

/**
 * A personal signing certificate as the NCA issues them: CN=SURNAME NAME, SURNAME=…,
 * SERIALNUMBER=IIN<iin>, C=KZ, G=PATRONYMIC (NCA puts the patronymic in givenName).
 */
export function issuePersonalCertificate(
  ca: TestCa,
  subject: { iin: string; person: PersonName; publicKeyPem: string },
  now = new Date(),
  options: CertificateOptions = {},
): string {
  const caCert = forge.pki.certificateFromPem(ca.certPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(subject.publicKeyPem);
  cert.serialNumber = randomSerialHex();
  cert.validity.notBefore = new Date(now.getTime() - BACKDATE_MS);
  cert.validity.notAfter = new Date(now.getTime() + (options.validDays ?? PERSONAL_CERT_DAYS) * 24 * 60 * 60 * 1000);
  const upper = (s: string) => s.trim().toLocaleUpperCase("kk-KZ");
  const surname = upper(subject.person.surname);
  const name = upper(subject.person.name);
  const attributes: forge.pki.CertificateField[] = [
    { name: "commonName", value: [surname, name].filter(Boolean).join(" "), valueTagClass: utf8() },
    { name: "surname", value: surname, valueTagClass: utf8() },
    { name: "serialNumber", value: `IIN${subject.iin}` },
    { shortName: "C", value: "KZ" },
  ];
  if (subject.person.patronymic) {
    attributes.push({ name: "givenName", value: upper(subject.person.patronymic), valueTagClass: utf8() });
  }
  if (options.organisationBin) attributes.push({ shortName: "OU", value: `BIN${options.organisationBin}` });
  cert.setSubject(attributes);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true, critical: true },
    // forge takes known usages by name (emailProtection = 1.3.6.1.5.5.7.3.4), others as dotted OIDs.
    {
      name: "extKeyUsage",
      emailProtection: true,
      [options.organisationBin ? ORGANISATION_EXT_KEY_USAGE : PERSONAL_EXT_KEY_USAGES[1]]: true,
    },
    { name: "subjectKeyIdentifier" },
    { name: "authorityKeyIdentifier", keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
    ...revocationExtensions(options),
  ]);
  signWithNodeCrypto(cert, ca.keyPem);
  return forge.pki.certificateToPem(cert);
}

const holder = globalThis as unknown as { __qabyldauTestCa?: TestCa };

/**
 * The product's test CA: read from .data/test-ca/, or made there on first use. Two processes
 * starting at once both make one, and the first to rename its directory into place wins.
 */
export function testCa(): TestCa {
  if (holder.__qabyldauTestCa) return holder.__qabyldauTestCa;
  let ca = readCa();
  if (!ca) {
    const fresh = createTestCa();
    fs.mkdirSync(".data", { recursive: true });
    const staging = `${CA_DIR}.${process.pid}.${crypto.randomBytes(4).toString("hex")}`;
    fs.mkdirSync(staging, { mode: 0o700 });
    fs.writeFileSync(`${staging}/ca-key.pem`, fresh.keyPem, { mode: 0o600 });
    fs.writeFileSync(`${staging}/ca-cert.pem`, fresh.certPem);
    try {
      fs.renameSync(staging, CA_DIR);
    } catch {
      // Someone else's CA is in place (or an empty directory we cannot replace): use what is there.
      fs.rmSync(staging, { recursive: true, force: true });
    }
    ca = readCa();
    if (!ca) throw new Error(`The test CA in ${CA_DIR} is incomplete: remove the directory to make a new one`);
  }
  holder.__qabyldauTestCa = ca;
  return ca;
}

function readCa(): TestCa | null {
  try {
    return { keyPem: fs.readFileSync(CA_KEY_FILE, "utf8"), certPem: fs.readFileSync(CA_CERT_FILE, "utf8") };
  } catch {
    return null;
  }
}

/** Whether `certPem` was issued by `ca` and is valid for at least `marginMs` more. */
export function isIssuedBy(certPem: string, ca: TestCa, now = new Date(), marginMs = 0): boolean {
  try {
    const cert = new crypto.X509Certificate(certPem);
    const issuer = new crypto.X509Certificate(ca.certPem);
    return (
      cert.checkIssued(issuer) &&
      cert.verify(issuer.publicKey) &&
      new Date(cert.validFrom).getTime() <= now.getTime() &&
      new Date(cert.validTo).getTime() > now.getTime() + marginMs
    );
  } catch {
    return false;
  }
}

/** AIA (OCSP) and CRL Distribution Point extensions, as NCA RK certificates carry them. */
function revocationExtensions(options: CertificateOptions): object[] {
  const out: object[] = [];
  const { asn1 } = forge;
  if (options.ocspUrl) {
    const access = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer("1.3.6.1.5.5.7.48.1").getBytes()),
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 6 as unknown as forge.asn1.Type, false, options.ocspUrl),
    ]);
    out.push({ id: "1.3.6.1.5.5.7.1.1", value: asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [access]) });
  }
  if (options.crlUrl) out.push({ name: "cRLDistributionPoints", altNames: [{ type: 6, value: options.crlUrl }] });
  return out;
}

/** 16 random bytes, first byte 0x10–0x7f: positive and always 32 hex digits long. */
function randomSerialHex(): string {
  const bytes = crypto.randomBytes(16);
  bytes[0] = 0x10 + ((bytes[0] ?? 0) % 0x70);
  return bytes.toString("hex");
}

/** UTF8String (Kazakh letters); forge's typing mislabels the tag type as a tag class. */
function utf8(): forge.asn1.Class {
  return forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;
}

/**
 * What forge's cert.sign does, with the RSA operation done by node:crypto: forge's JavaScript
 * RSA took ~170 ms a certificate here, the native one ~2 ms (opening-day load fixtures issue
 * hundreds).
 */
function signWithNodeCrypto(cert: forge.pki.Certificate, privateKeyPem: string): void {
  const oid = forge.pki.oids.sha256WithRSAEncryption!;
  cert.signatureOid = oid;
  cert.siginfo.algorithmOid = oid;
  // getTBSCertificate exists in forge but not in its type definitions.
  const pki = forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 };
  const tbs = forge.asn1.toDer(pki.getTBSCertificate(cert)).getBytes();
  cert.signature = crypto.sign("sha256", Buffer.from(tbs, "binary"), privateKeyPem).toString("binary");
}
