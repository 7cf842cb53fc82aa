// The exact bytes a signature covers. A signed document is an object serialised canonically:
// object keys sorted (by UTF-16 code units, as RFC 8785 "JCS" does), no whitespace, strings and
// numbers written as JSON.stringify writes them, UTF-8. The same object therefore always gives
// the same bytes, on the server that builds the request and on any later verifier.

/** A value canonicalJson accepts; Dates (anything with toJSON) are written as their JSON form. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue | undefined };

/**
 * Canonical JSON text of `value`. Object properties that are `undefined` are left out (as
 * JSON.stringify does); anything JSON cannot represent faithfully — NaN, Infinity, bigint,
 * functions, symbols, `undefined` inside an array, cycles — throws, because a document that
 * silently changes when serialised must never be signed.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set<object>(), "$");
}

/** UTF-8 bytes of the canonical JSON text. */
export function canonicalBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(value));
}

function write(value: unknown, ancestors: Set<object>, path: string): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "string":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${path} is not a finite number`);
      return JSON.stringify(value);
    case "object":
      break;
    default:
      throw new TypeError(`canonicalJson: ${path} is a ${typeof value}, which JSON cannot hold`);
  }
  const object = value as object;
  const toJSON = (object as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === "function") return write(toJSON.call(object), ancestors, path);
  if (ancestors.has(object)) throw new TypeError(`canonicalJson: ${path} refers back to itself`);
  ancestors.add(object);
  try {
    if (Array.isArray(object)) {
      return `[${object
        .map((item, i) => {
          if (item === undefined) throw new TypeError(`canonicalJson: ${path}[${i}] is undefined`);
          return write(item, ancestors, `${path}[${i}]`);
        })
        .join(",")}]`;
    }
    const record = object as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort(compareCodeUnits);
    return `{${keys.map((key) => `${JSON.stringify(key)}:${write(record[key], ancestors, `${path}.${key}`)}`).join(",")}}`;
  } finally {
    ancestors.delete(object);
  }
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
