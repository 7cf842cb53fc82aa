import "server-only";
import { randomInt } from "node:crypto";

// Letters and digits that cannot be mistaken for one another when read aloud or copied by hand.
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER = "abcdefghijkmnpqrstuvwxyz";
const DIGITS = "23456789";
const ALL = UPPER + LOWER + DIGITS;

/**
 * A temporary password for a new or reset staff account, shown to the administrator once and
 * stored only as a scrypt hash. 12 characters from 56 ≈ 70 bits; always mixes the three kinds.
 */
export function temporaryPassword(length = 12): string {
  const pick = (alphabet: string) => alphabet.charAt(randomInt(alphabet.length));
  const chars = [pick(UPPER), pick(LOWER), pick(DIGITS)];
  while (chars.length < length) chars.push(pick(ALL));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join("");
}
