// Issue 8 (6): security headers from nosecone, with a per-request CSP nonce and HSTS over https only.
import { describe, expect, it } from "@jest/globals";
import { headerSettingsFrom, securityHeaders } from "@/lib/security/headers";

function directives(csp: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (csp ?? "").split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe("security headers", () => {
  const plain = headerSettingsFrom({ APP_BASE_URL: "http://127.0.0.1:3000" });
  const https = headerSettingsFrom({
    APP_BASE_URL: "https://qabyldau.edu.kz",
    EGOV_ISSUER: "https://idp.egov.kz/oidc",
    NCALAYER_PORT: "13580",
  });

  it("sends a Content-Security-Policy with a fresh script nonce and no inline script otherwise", () => {
    const first = directives(securityHeaders(plain).get("content-security-policy"));
    const second = directives(securityHeaders(plain).get("content-security-policy"));
    const nonceOf = (d: Map<string, string[]>) => d.get("script-src")?.find((s) => s.startsWith("'nonce-"));
    expect(nonceOf(first)).toMatch(/^'nonce-[A-Za-z0-9+/=_-]{16,}'$/);
    expect(nonceOf(second)).not.toBe(nonceOf(first));
    expect(first.get("script-src")).not.toContain("'unsafe-inline'");
    expect(first.get("default-src")).toEqual(["'self'"]);
    expect(first.get("object-src")).toEqual(["'none'"]);
    expect(first.get("frame-ancestors")).toEqual(["'none'"]);
    expect(first.get("base-uri")).toEqual(["'none'"]);
  });

  it("lets the page reach NCALayer on the person's computer and nothing else outside", () => {
    const csp = directives(securityHeaders(https).get("content-security-policy"));
    // NCALayer speaks wss:// only; a plain ws:// socket is not allowed.
    expect(csp.get("connect-src")).toEqual(["'self'", "wss://127.0.0.1:13580"]);
    const elsewhere = headerSettingsFrom({ APP_BASE_URL: "https://qabyldau.edu.kz", NCALAYER_URL: "wss://127.0.0.1:13579/" });
    expect(directives(securityHeaders(elsewhere).get("content-security-policy")).get("connect-src")).toEqual([
      "'self'",
      "wss://127.0.0.1:13579",
    ]);
    expect(csp.get("form-action")).toEqual(["'self'", "https://idp.egov.kz"]);
    expect(directives(securityHeaders(plain).get("content-security-policy")).get("form-action")).toEqual(["'self'"]);
  });

  it("sends the other headers", () => {
    const headers = securityHeaders(plain);
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("referrer-policy")).toBe("same-origin");
    expect(headers.get("cross-origin-opener-policy")).toBe("same-origin");
  });

  it("sends HSTS and upgrades insecure requests only when served over https", () => {
    const secure = securityHeaders(https);
    expect(secure.get("strict-transport-security")).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
    expect(directives(secure.get("content-security-policy")).has("upgrade-insecure-requests")).toBe(true);
    const insecure = securityHeaders(plain);
    expect(insecure.get("strict-transport-security")).toBeNull();
    expect(directives(insecure.get("content-security-policy")).has("upgrade-insecure-requests")).toBe(false);
  });
});
