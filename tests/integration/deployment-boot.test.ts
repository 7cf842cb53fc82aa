// `NODE_ENV=production` with no settings: the server's boot (instrumentation, exactly as
// `next start` runs it) refuses to start, exits non-zero and names every missing setting.
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

function boot(extra: Record<string, string>) {
  const result = spawnSync(
    "node_modules/.bin/tsx",
    ["--conditions", "react-server", "-e", "import('./instrumentation.ts').then((m) => m.register())"],
    {
      // A clean environment: nothing of the test runner's settings (DEMO_STANDINS among them).
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", NEXT_RUNTIME: "nodejs", ...extra },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  return { status: result.status, stderr: result.stderr };
}

describe("server boot without the stand-ins", () => {
  it("NODE_ENV=production with no settings refuses to start and lists what is missing", () => {
    const { status, stderr } = boot({});
    expect(status).toBe(78);
    for (const name of ["EGOV_ISSUER", "EGOV_CLIENT_ID", "EGOV_CLIENT_SECRET", "NEXTAUTH_SECRET", "SIGNING_TRUST_STORE", "APP_BASE_URL"]) {
      expect(stderr).toContain(`- ${name}:`);
    }
  });

  it("a trust store that is not a PEM bundle is refused by name", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qabyldau-trust-"));
    const file = path.join(dir, "empty.pem");
    fs.writeFileSync(file, "not a certificate\n");
    try {
      const { status, stderr } = boot({
        EGOV_ISSUER: "https://idp.egov.kz",
        EGOV_CLIENT_ID: "qabyldau-prod",
        EGOV_CLIENT_SECRET: "a-client-secret-issued-by-egov-4f9a",
        NEXTAUTH_SECRET: "Vb3q0fYx1mZt9Lw8Kp2Rs7Uc4Ne6Hj5Ga0Dk1Qo3",
        SIGNING_TRUST_STORE: file,
        APP_BASE_URL: "https://qabyldau.edu.kz",
      });
      expect(status).toBe(78);
      expect(stderr).toContain(`- SIGNING_TRUST_STORE: ${file} holds no PEM certificate`);
      expect(stderr).not.toContain("- EGOV_ISSUER");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
