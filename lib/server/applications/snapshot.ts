import "server-only";
import crypto from "node:crypto";
import { readDraftAnswers } from "@/lib/application/wizard-schemas";
import { canonicalJson } from "@/lib/signing/canonical-json";

/**
 * Fingerprint of a draft's answers: a signature is only good for the answers it was made on.
 * The stored JSON and the wizard's reading of it (readDraftAnswers) give the same value.
 */
export function answersFingerprint(answers: unknown): string {
  return crypto
    .createHash("sha256")
    .update(canonicalJson(readDraftAnswers(answers)), "utf8")
    .digest("hex");
}
