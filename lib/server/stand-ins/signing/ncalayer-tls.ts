import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import forge from "node-forge";

// The TLS certificate of the NCALayer stand-in. The real NCALayer serves wss://127.0.0.1:13579
// with a certificate its installer makes the computer trust; the stand-in makes its own once and
// keeps it in .data/ncalayer-tls/ (a fixed path: Turbopack traces paths built from
// configuration). Browsers trust it only when told to: the tests' Chromium runs with
// --ignore-certificate-errors, a person opens https://127.0.0.1:13579/ once and accepts it.

const TLS_DIR = ".data/ncalayer-tls";
const KEY_FILE = ".data/ncalayer-tls/key.pem";
const CERT_FILE = ".data/ncalayer-tls/cert.pem";
const VALID_DAYS = 825;

export type TlsIdentity = { keyPem: string; certPem: string };

/** A new self-signed certificate for 127.0.0.1 and localhost (in memory). */
export function createLoopbackCertificate(now = new Date()): TlsIdentity {
  const { privateKey, publicKey } = crypto.generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  const serial = crypto.randomBytes(16);
  serial[0] = 0x10 + ((serial[0] ?? 0) % 0x70);
  cert.serialNumber = serial.toString("hex");
  cert.validity.notBefore = new Date(now.getTime() - 60 * 60 * 1000);
  cert.validity.notAfter = new Date(now.getTime() + VALID_DAYS * 24 * 60 * 60 * 1000);
  const subject = [
    { name: "commonName", value: "127.0.0.1" },
    { name: "organizationName", value: "Qabyldau NCALayer stand-in (local only)" },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
    { name: "extKeyUsage", serverAuth: true },
    {
      name: "subjectAltName",
      altNames: [
        { type: 7, ip: "127.0.0.1" },
        { type: 2, value: "localhost" },
      ],
    },
  ]);
  // forge's JavaScript RSA takes seconds on a busy machine; node:crypto signs the same TBS bytes.
  const oid = forge.pki.oids.sha256WithRSAEncryption!;
  cert.signatureOid = oid;
  cert.siginfo.algorithmOid = oid;
  const pki = forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 };
  const tbs = forge.asn1.toDer(pki.getTBSCertificate(cert)).getBytes();
  cert.signature = crypto.sign("sha256", Buffer.from(tbs, "binary"), privateKey).toString("binary");
  return { keyPem: privateKey, certPem: forge.pki.certificateToPem(cert) };
}

const holder = globalThis as unknown as { __qabyldauNcaLayerTls?: TlsIdentity };

/**
 * The stand-in's certificate: read from .data/ncalayer-tls/, or made there on first use (two
 * processes starting at once: the first to rename its directory into place wins).
 */
export function ncaLayerTlsIdentity(): TlsIdentity {
  if (holder.__qabyldauNcaLayerTls) return holder.__qabyldauNcaLayerTls;
  let identity = readIdentity();
  if (!identity) {
    const fresh = createLoopbackCertificate();
    fs.mkdirSync(".data", { recursive: true });
    const staging = `${TLS_DIR}.${process.pid}.${crypto.randomBytes(4).toString("hex")}`;
    fs.mkdirSync(staging, { mode: 0o700 });
    fs.writeFileSync(`${staging}/key.pem`, fresh.keyPem, { mode: 0o600 });
    fs.writeFileSync(`${staging}/cert.pem`, fresh.certPem);
    try {
      fs.renameSync(staging, TLS_DIR);
    } catch {
      fs.rmSync(staging, { recursive: true, force: true });
    }
    identity = readIdentity();
    if (!identity)
      throw new Error(`The NCALayer stand-in's certificate in ${TLS_DIR} is incomplete: remove the directory to make a new one`);
  }
  holder.__qabyldauNcaLayerTls = identity;
  return identity;
}

function readIdentity(): TlsIdentity | null {
  try {
    const identity = { keyPem: fs.readFileSync(KEY_FILE, "utf8"), certPem: fs.readFileSync(CERT_FILE, "utf8") };
    // An expired one is replaced by the caller's next start after removal; say so plainly.
    if (new Date(new crypto.X509Certificate(identity.certPem).validTo).getTime() < Date.now()) {
      throw new Error(`The NCALayer stand-in's certificate in ${TLS_DIR} has expired: remove the directory to make a new one`);
    }
    return identity;
  } catch (error) {
    if (error instanceof Error && error.message.includes("has expired")) throw error;
    return null;
  }
}
