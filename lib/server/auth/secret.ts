import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import { env } from "@/lib/server/env";

const SECRET_FILE = ".data/auth-secret";

/**
 * The key that signs session cookies. Configured with NEXTAUTH_SECRET in production; without
 * it, one random secret is made on first start and kept in .data/ (never logged, never sent).
 */
export function authSecret(): string {
  const configured = env().NEXTAUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (configured) return configured;
  try {
    return fs.readFileSync(SECRET_FILE, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.mkdirSync(".data", { recursive: true });
    try {
      fs.writeFileSync(SECRET_FILE, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      // Another worker wrote it first: use theirs.
      return fs.readFileSync(SECRET_FILE, "utf8").trim();
    }
  }
}
