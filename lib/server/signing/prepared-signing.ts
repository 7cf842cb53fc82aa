import "server-only";
import { standInsEnabled } from "@/lib/server/env";
import type { PreparedSigning } from "@/lib/signing/prepared";
import { ncaLayerTarget } from "./ncalayer-target";

/** What every "prepare" action hands the signing dialog: the request, where NCALayer is, and whether QR is offered. */
export function preparedSigning(request: { requestId: string; payloadBase64: string; signerIin: string }): PreparedSigning {
  return {
    requestId: request.requestId,
    payloadBase64: request.payloadBase64,
    signerIin: request.signerIin,
    ncalayer: ncaLayerTarget(),
    // Only the eGov mobile stand-in is built: QR signing is offered with the stand-ins only.
    isQrOffered: standInsEnabled(),
  };
}
