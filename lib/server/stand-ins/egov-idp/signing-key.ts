import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import type { JWK } from "jose";

// The eGov stand-in signs its ID tokens with RS256, as eGov does, with one RSA key made on first
// use and kept in .data/egov-idp/ (a fixed path: Turbopack traces paths built from
// configuration), so tokens and cached JWKS stay valid across restarts, like the test CA.

const KEY_DIR = ".data/egov-idp";
const KEY_FILE = ".data/egov-idp/signing-key.jwk.json";

const holder = globalThis as unknown as { __egovIdpSigningKey?: JWK };

/** The private signing key as a JWK (kid, alg RS256, use sig). */
export function egovSigningKey(): JWK {
  if (holder.__egovIdpSigningKey) return holder.__egovIdpSigningKey;
  let key = readKey();
  if (!key) {
    fs.mkdirSync(KEY_DIR, { recursive: true, mode: 0o700 });
    const staging = `${KEY_FILE}.${process.pid}.${crypto.randomBytes(4).toString("hex")}`;
    fs.writeFileSync(staging, JSON.stringify(newKey()), { mode: 0o600 });
    try {
      // link() fails when the file exists: two processes starting at once agree on one key.
      fs.linkSync(staging, KEY_FILE);
    } catch {
      // Someone else's key is in place: use it.
    } finally {
      fs.rmSync(staging, { force: true });
    }
    key = readKey();
    if (!key) throw new Error(`The eGov stand-in key in ${KEY_FILE} is unreadable: remove it to make a new one`);
  }
  holder.__egovIdpSigningKey = key;
  return key;
}

function newKey(): JWK {
  const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = privateKey.export({ format: "jwk" }) as JWK;
  const thumbprint = crypto
    .createHash("sha256")
    .update(JSON.stringify({ e: jwk.e, kty: "RSA", n: jwk.n }))
    .digest("base64url");
  return { ...jwk, kid: thumbprint, alg: "RS256", use: "sig" };
}

function readKey(): JWK | null {
  try {
    const key = JSON.parse(fs.readFileSync(KEY_FILE, "utf8")) as JWK;
    return key.kty === "RSA" && typeof key.d === "string" ? key : null;
  } catch {
    return null;
  }
}
