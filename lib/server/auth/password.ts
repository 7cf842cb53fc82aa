import "server-only";
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

// Staff passwords: scrypt from node:crypto (no native module), stored as
// `scrypt$N$r$p$saltB64$hashB64` so the cost can be raised later without breaking old hashes.
const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 64;
const SALT_BYTES = 16;
/** Refuse absurd parameters from a tampered row instead of burning CPU or memory on them. */
const MAX_N = 1 << 20;

type Cost = { n: number; r: number; p: number };

function derive(plain: string, salt: Buffer, { n, r, p }: Cost, keyLength: number): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; allow that with room to spare (the default cap is 32 MiB).
  const maxmem = 256 * n * r + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(plain.normalize("NFKC"), salt, keyLength, { N: n, r, p, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(plain: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(plain, salt, { n: N, r: R, p: P }, KEY_LENGTH);
  return `scrypt$${N}$${R}$${P}$${salt.toString("base64")}$${hash.toString("base64")}`;
}

/** False for a wrong password and for a stored value that is not a well-formed scrypt hash. */
export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const isPowerOfTwo = Number.isInteger(n) && n > 1 && (n & (n - 1)) === 0;
  if (!isPowerOfTwo || n > MAX_N || !Number.isInteger(r) || r < 1 || r > 32 || !Number.isInteger(p) || p < 1 || p > 16) {
    return false;
  }
  const salt = Buffer.from(parts[4] ?? "", "base64");
  const expected = Buffer.from(parts[5] ?? "", "base64");
  if (salt.length === 0 || expected.length < 16 || expected.length > 256) return false;
  const actual = await derive(plain, salt, { n, r, p }, expected.length);
  return timingSafeEqual(actual, expected);
}
