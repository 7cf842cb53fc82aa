import "server-only";
import { env } from "@/lib/server/env";

/** What a page hands to <SignDialog>: where NCALayer listens and the base of the QR link. */
export function signingClientConfig(): { ncalayerPort: number; baseUrl: string } {
  const config = env();
  return { ncalayerPort: config.NCALAYER_PORT, baseUrl: config.APP_BASE_URL };
}
