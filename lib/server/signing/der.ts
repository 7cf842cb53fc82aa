import "server-only";
import forge from "node-forge";

// Reading and writing DER with node-forge's ASN.1 layer: the CMS, timestamp and certificate
// code walk structures themselves and leave the cryptography to node:crypto.

export type Asn1 = forge.asn1.Asn1;
export const { Class, Type } = forge.asn1;

/** Why a structure is refused; the verifiers turn it into their own result. */
export class DerError extends Error {}

type FromDer = (bytes: string, options: { strict: boolean; parseAllBytes: boolean; decodeBitStrings: boolean }) => Asn1;

/**
 * Strict DER, no trailing bytes, BIT STRINGs left as bytes: what is re-encoded (the signed
 * attributes, a certificate) then comes out byte for byte as it went in.
 */
export function parseDer(der: Buffer | Uint8Array): Asn1 {
  return (forge.asn1.fromDer as unknown as FromDer)(Buffer.from(der).toString("binary"), {
    strict: true,
    parseAllBytes: true,
    decodeBitStrings: false,
  });
}

export function children(node: Asn1 | undefined): Asn1[] {
  if (!node || !Array.isArray(node.value)) throw new DerError("unexpected structure");
  return node.value;
}

export function oidOf(node: Asn1 | undefined): string {
  if (!node || node.type !== Type.OID || typeof node.value !== "string") throw new DerError("OID expected");
  return forge.asn1.derToOid(node.value);
}

/** Primitive contents; a constructed (BER) string is concatenated. */
export function octets(node: Asn1 | undefined): Buffer {
  if (!node) throw new DerError("value expected");
  if (typeof node.value === "string") return Buffer.from(node.value, "binary");
  return Buffer.concat(node.value.map((part) => octets(part)));
}

export function derOf(node: Asn1 | undefined): Buffer {
  if (!node) throw new DerError("value expected");
  return Buffer.from(forge.asn1.toDer(node).getBytes(), "binary");
}

export function isContext(node: Asn1 | undefined, tag: number): boolean {
  return node?.tagClass === Class.CONTEXT_SPECIFIC && node.type === tag;
}

export function timeOf(node: Asn1 | undefined): Date {
  if (!node || typeof node.value !== "string") throw new DerError("time expected");
  if (node.type === Type.UTCTIME) return forge.asn1.utcTimeToDate(node.value);
  if (node.type === Type.GENERALIZEDTIME) return forge.asn1.generalizedTimeToDate(node.value);
  throw new DerError("time expected");
}

// Builders.
export function seq(items: Asn1[]): Asn1 {
  return forge.asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, items);
}

/** A SET OF in DER order (sorted by encoding), as DER — and the signature over it — requires. */
export function setOf(items: Asn1[]): Asn1 {
  const sorted = [...items].sort((a, b) => Buffer.compare(derOf(a), derOf(b)));
  return forge.asn1.create(Class.UNIVERSAL, Type.SET, true, sorted);
}

export function oid(dotted: string): Asn1 {
  return forge.asn1.create(Class.UNIVERSAL, Type.OID, false, forge.asn1.oidToDer(dotted).getBytes());
}

export function octetString(bytes: Buffer): Asn1 {
  return forge.asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, bytes.toString("binary"));
}

export function integer(value: number): Asn1 {
  return forge.asn1.create(Class.UNIVERSAL, Type.INTEGER, false, forge.asn1.integerToDer(value).getBytes());
}

export function nullValue(): Asn1 {
  return forge.asn1.create(Class.UNIVERSAL, Type.NULL, false, "");
}

export function utcTime(date: Date): Asn1 {
  const year = date.getUTCFullYear();
  return year >= 1950 && year < 2050
    ? forge.asn1.create(Class.UNIVERSAL, Type.UTCTIME, false, forge.asn1.dateToUtcTime(date))
    : forge.asn1.create(Class.UNIVERSAL, Type.GENERALIZEDTIME, false, forge.asn1.dateToGeneralizedTime(date));
}

/** [tag] around `items`: IMPLICIT (the items are the contents) or EXPLICIT (one item inside). */
export function context(tag: number, items: Asn1[]): Asn1 {
  return forge.asn1.create(Class.CONTEXT_SPECIFIC, tag, true, items);
}

export function algorithm(dotted: string, withNullParameters = false): Asn1 {
  return seq(withNullParameters ? [oid(dotted), nullValue()] : [oid(dotted)]);
}
