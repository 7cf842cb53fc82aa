import "server-only";
import fs from "node:fs";
import { env, standInsEnabled } from "@/lib/server/env";
import { testCa } from "./test-ca";

// Which certification authorities signatures are verified against: with the demo stand-ins on,
// the local test CA that issues the stand-ins' keys; otherwise only the configured trust store
// (SIGNING_TRUST_STORE, a PEM bundle of NCA RK certificates). The test CA is never trusted in
// a deployment without the stand-ins.

let cached: { path: string; certificates: string[] } | undefined;

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** PEM certificates of the trusted authorities; empty (every signature refused) when none is configured. */
export function trustedRoots(): string[] {
  if (standInsEnabled()) return [testCa().certPem];
  const path = env().SIGNING_TRUST_STORE;
  if (!path) return [];
  if (cached?.path !== path) {
    cached = { path, certificates: fs.readFileSync(path, "utf8").match(PEM_CERTIFICATE) ?? [] };
  }
  return cached.certificates;
}
