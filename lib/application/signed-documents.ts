// The signature covers what the school sees: the files an application carries at submission
// must be exactly the files listed in the signed payload (`documents[]`, by kind and SHA-256).
// Pure: the caller reads the current documents inside its transaction.

export type DocumentFingerprint = { kind: string; sha256: string };

function key(d: DocumentFingerprint): string {
  return `${d.kind}:${d.sha256.toLowerCase()}`;
}

/**
 * True when `signed` (the payload's `documents`, as parsed from JSON) lists exactly the
 * `current` documents — the same kinds and contents, as many of each. A payload without a list
 * matches nothing: what was signed cannot be shown to be what is submitted.
 */
export function signedDocumentsMatch(signed: unknown, current: readonly DocumentFingerprint[]): boolean {
  if (!Array.isArray(signed)) return false;
  const listed: string[] = [];
  for (const item of signed) {
    const d = item as Partial<DocumentFingerprint> | null;
    if (typeof d?.kind !== "string" || typeof d.sha256 !== "string") return false;
    listed.push(key({ kind: d.kind, sha256: d.sha256 }));
  }
  const now = current.map(key);
  if (listed.length !== now.length) return false;
  listed.sort();
  now.sort();
  return listed.every((k, i) => k === now[i]);
}
