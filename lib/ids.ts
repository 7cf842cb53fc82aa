// Record ids in URLs and forms: cuids and the seed's slugs (which carry logins, so dots too,
// e.g. `u-school9.methodologist`). Anything else — a NUL byte (which
// PostgreSQL refuses in text, turning a lookup into a server error), a slash, a page of text —
// is "not found" before the database sees it.

export const RECORD_ID = /^[A-Za-z0-9_.-]{1,64}$/;

export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && RECORD_ID.test(value);
}
