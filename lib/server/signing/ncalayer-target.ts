import "server-only";
import { env } from "@/lib/server/env";
import type { NcaLayerTarget } from "@/lib/signing/ncalayer-protocol";

/**
 * Where the signing pages reach NCALayer (NCALAYER_URL, or the stand-in's
 * wss://127.0.0.1:<NCALAYER_PORT>), and the stand-in's key chooser page when it runs.
 */
export function ncaLayerTarget(): NcaLayerTarget {
  const config = env();
  const url = config.NCALAYER_URL ?? `wss://127.0.0.1:${config.NCALAYER_PORT}`;
  const standInChooserUrl =
    config.DEMO_STANDINS === "true" && config.NCALAYER_STANDIN === "true" ? `https://127.0.0.1:${config.NCALAYER_PORT}/` : null;
  return { url, standInChooserUrl };
}
