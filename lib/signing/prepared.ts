// What a "prepare" server action hands the signing dialog: one shape for the parent's
// submission and withdrawal and the director's decision. Pure.

import type { NcaLayerTarget } from "@/lib/signing/ncalayer-protocol";

export type PreparedSigning = {
  /** The signing request made on the server. */
  requestId: string;
  /** Base64 of the exact bytes to sign. */
  payloadBase64: string;
  /** Whose key must sign: NCALayer is asked for this IIN's key only. */
  signerIin: string;
  /** Where the page reaches NCALayer (NCALAYER_URL) and the stand-in's key chooser, if it runs. */
  ncalayer: NcaLayerTarget;
  /**
   * Whether signing by QR on the phone is offered: only the eGov mobile stand-in is built, so
   * only with the demo stand-ins; otherwise the dialog offers EDS alone.
   */
  isQrOffered: boolean;
};
