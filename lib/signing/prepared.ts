// What a "prepare" server action hands the signing dialog: one shape for the parent's
// submission and withdrawal and the director's decision. Pure.

export type PreparedSigning = {
  /** The signing request made on the server. */
  requestId: string;
  /** Base64 of the exact bytes to sign. */
  payloadBase64: string;
  /** Whose key must sign: NCALayer is asked for this IIN's key only. */
  signerIin: string;
  /** Where NCALayer listens on this computer (NCALAYER_PORT). */
  ncalayerPort: number;
};
