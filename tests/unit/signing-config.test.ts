import { describe, expect, it } from "@jest/globals";

// Skipping the revocation check is a demo setting: refused together with a real trust store.
describe("signing configuration", () => {
  it("refuses SIGNING_REVOCATION=off once a trust store is configured", async () => {
    const saved = { ...process.env };
    try {
      process.env.SIGNING_TRUST_STORE = "/etc/qabyldau/nca-rk.pem";
      process.env.SIGNING_REVOCATION = "off";
      const { env } = await import("@/lib/server/env");
      expect(() => env()).toThrow(/SIGNING_REVOCATION=off is allowed only with the demo stand-ins/);
    } finally {
      process.env = saved;
    }
  });
});
