import "server-only";
import crypto from "node:crypto";
import { canonicalJson } from "@/lib/signing/canonical-json";

/** Fingerprint of a draft's answers: a signature is only good for the answers it was made on. */
export function answersFingerprint(answers: unknown): string {
  return crypto.createHash("sha256").update(canonicalJson(answers), "utf8").digest("hex");
}
