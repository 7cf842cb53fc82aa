// How an IIN is shown to someone who should not read it whole: on issued documents, the
// verification page, and in the signing dialog that names whose key is expected — one mask, so
// the signer sees on screen what the document will print.

/** "920415400123" → "*********123"; anything that is not 12 characters → twelve stars. */
export function maskIin(iin: string): string {
  return iin.length === 12 ? `${"*".repeat(9)}${iin.slice(-3)}` : "*".repeat(12);
}
