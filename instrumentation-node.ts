import fs from "node:fs";
import { closeDatabase, getDatabase } from "@/lib/server/db";
import { deploymentProblems, env } from "@/lib/server/env";

/**
 * Refuses to start a server that would run on the demo stand-ins by accident, or without the
 * real systems configured: prints every missing setting and exits with status 78 (EX_CONFIG).
 */
export function assertDeployable(raw: Record<string, string | undefined> = process.env): void {
  if (raw.DEMO_STANDINS === "true") {
    console.warn("Qabyldau runs on the demo stand-ins (DEMO_STANDINS=true): anyone who knows a demo IIN can sign in. Never in production.");
  }
  const problems = [...deploymentProblems(raw), ...trustStoreProblems(raw)];
  if (problems.length === 0) return;
  console.error(
    [
      'Qabyldau cannot start: the demo stand-ins are off (DEMO_STANDINS is not "true") and these settings are missing or wrong:',
      ...problems.map((p) => `  - ${p}`),
      'See README, "Going live". For a demonstration on the built-in stand-ins run `npm run demo` (DEMO_STANDINS=true).',
    ].join("\n"),
  );
  process.exit(78);
}

/** The configured trust store must be a readable PEM bundle with at least one certificate. */
function trustStoreProblems(raw: Record<string, string | undefined>): string[] {
  const path = raw.SIGNING_TRUST_STORE;
  if (raw.DEMO_STANDINS === "true" || !path) return [];
  try {
    if (fs.readFileSync(path, "utf8").includes("-----BEGIN CERTIFICATE-----")) return [];
    return [`SIGNING_TRUST_STORE: ${path} holds no PEM certificate`];
  } catch {
    return [`SIGNING_TRUST_STORE: ${path} cannot be read`];
  }
}

/**
 * Open (and on first start create, migrate and fill) the database before the first visitor,
 * and close it cleanly on SIGTERM / SIGINT so the embedded database never needs crash recovery.
 * With DEMO_STANDINS=true the local NCALayer stand-in listens beside the app (unless
 * NCALAYER_STANDIN=false): wss://127.0.0.1:<NCALAYER_PORT>, its key chooser at
 * https://127.0.0.1:<NCALAYER_PORT>/.
 */
export async function startNodeServer(): Promise<void> {
  assertDeployable();
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
  if (config.DEMO_STANDINS === "true" && config.NCALAYER_STANDIN === "true") {
    const standIn = await import("@/lib/server/stand-ins/signing/ncalayer-standin");
    stopStandIn = standIn.stopNcaLayerStandIn;
    await standIn.startNcaLayerStandInOnce({
      port: config.NCALAYER_PORT,
      allowedOrigins: standIn.appOrigins(config.APP_BASE_URL),
    });
  }
}
