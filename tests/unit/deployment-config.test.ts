import { describe, expect, it } from "@jest/globals";
import { deploymentProblems } from "@/lib/server/env";

const READY = {
  NODE_ENV: "production",
  EGOV_ISSUER: "https://idp.egov.kz",
  EGOV_CLIENT_ID: "qabyldau-prod",
  EGOV_CLIENT_SECRET: "a-client-secret-issued-by-egov-4f9a",
  NEXTAUTH_SECRET: "Vb3q0fYx1mZt9Lw8Kp2Rs7Uc4Ne6Hj5Ga0Dk1Qo3",
  SIGNING_TRUST_STORE: "/etc/qabyldau/nca-rk.pem",
  APP_BASE_URL: "https://qabyldau.edu.kz",
} as const;

const names = (problems: string[]) => problems.map((p) => p.split(":")[0]);

describe("deployment configuration", () => {
  it("NODE_ENV=production with no settings lists every missing setting", () => {
    expect(names(deploymentProblems({ NODE_ENV: "production" }))).toEqual([
      "EGOV_ISSUER",
      "EGOV_CLIENT_ID",
      "EGOV_CLIENT_SECRET",
      "NEXTAUTH_SECRET",
      "SIGNING_TRUST_STORE",
      "APP_BASE_URL",
    ]);
  });

  it("a fully configured deployment has no problem", () => {
    expect(deploymentProblems(READY)).toEqual([]);
  });

  it("the stand-ins on need nothing else (a demonstration)", () => {
    expect(deploymentProblems({ NODE_ENV: "production", DEMO_STANDINS: "true" })).toEqual([]);
  });

  it("refuses the demo defaults and weak values", () => {
    expect(names(deploymentProblems({ ...READY, EGOV_CLIENT_SECRET: "local-egov-secret" }))).toEqual(["EGOV_CLIENT_SECRET"]);
    expect(names(deploymentProblems({ ...READY, NEXTAUTH_SECRET: "e2e-only-secret-1234567890123456789" }))).toEqual(["NEXTAUTH_SECRET"]);
    expect(names(deploymentProblems({ ...READY, NEXTAUTH_SECRET: "short-but-16-chars" }))).toEqual(["NEXTAUTH_SECRET"]);
    expect(names(deploymentProblems({ ...READY, APP_BASE_URL: "http://127.0.0.1:3000" }))).toEqual(["APP_BASE_URL"]);
    expect(names(deploymentProblems({ ...READY, APP_BASE_URL: "http://qabyldau.edu.kz" }))).toEqual(["APP_BASE_URL"]);
  });

  it("refuses the demo data and the NCALayer stand-in without the stand-ins", () => {
    expect(names(deploymentProblems({ ...READY, SEED_DEMO: "true" }))).toEqual(["SEED_DEMO"]);
    expect(names(deploymentProblems({ ...READY, NCALAYER_STANDIN: "true" }))).toEqual(["NCALAYER_STANDIN"]);
    expect(deploymentProblems({ ...READY, SEED_DEMO: "false", NCALAYER_STANDIN: "false" })).toEqual([]);
  });

  it("reports a malformed setting by name", () => {
    expect(names(deploymentProblems({ ...READY, EGOV_ISSUER: "not a url" }))).toEqual(["EGOV_ISSUER"]);
  });
});
