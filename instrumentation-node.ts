import { closeDatabase, getDatabase } from "@/lib/server/db";
import { env } from "@/lib/server/env";

/**
 * Open (and on first start create, migrate and fill) the database before the first visitor,
 * and close it cleanly on SIGTERM / SIGINT so the embedded database never needs crash recovery.
 * With NCALAYER_STANDIN=true (the default) the local NCALayer stand-in listens beside the app
 * (wss://127.0.0.1:<NCALAYER_PORT>, its key chooser at https://127.0.0.1:<NCALAYER_PORT>/).
 */
export async function startNodeServer(): Promise<void> {
  let closing = false;
  let stopStandIn: (() => Promise<void>) | undefined;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    try {
      await stopStandIn?.().catch(() => undefined);
      await closeDatabase();
    } finally {
      process.exit(signal === "SIGINT" ? 130 : 0);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  await getDatabase();
  const config = env();
  if (config.NCALAYER_STANDIN === "true") {
    const standIn = await import("@/lib/server/signing/ncalayer-standin");
    stopStandIn = standIn.stopNcaLayerStandIn;
    await standIn.startNcaLayerStandInOnce({
      port: config.NCALAYER_PORT,
      allowedOrigins: standIn.appOrigins(config.APP_BASE_URL),
    });
  }
}
