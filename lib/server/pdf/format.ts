import "server-only";

// Text shapes of the documents other than dates (dates: lib/i18n/dates).

/** A SHA-256 hex digest in four groups, so it wraps on a narrow column. */
export function groupedHash(hex: string): string {
  return hex.match(/.{1,16}/g)?.join(" ") ?? hex;
}
