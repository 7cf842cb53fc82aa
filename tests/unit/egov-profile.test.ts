import { describe, expect, it, jest } from "@jest/globals";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { egovIinOf, egovProfile } from "@/lib/auth/egov-profile";
import { clearEgovDiscovery, egovDiscovery } from "@/lib/server/auth/egov-discovery";

const IIN = "900101300017";

describe("the IIN from eGov's answer", () => {
  it("takes it from the ID token without asking userinfo", async () => {
    const userinfo = jest.fn(async () => ({}));
    const profile = await egovProfile({ sub: "abc", iin: IIN, name: "A" }, userinfo);
    expect(egovIinOf(profile)).toBe(IIN);
    expect(userinfo).not.toHaveBeenCalled();
  });

  it("takes it from userinfo when the ID token has none", async () => {
    const profile = await egovProfile({ sub: "abc" }, async () => ({ sub: "abc", iin: IIN, name: "Б" }));
    expect(egovIinOf(profile)).toBe(IIN);
    expect(profile.name).toBe("Б");
  });

  it("refuses userinfo about another subject", async () => {
    await expect(egovProfile({ sub: "abc" }, async () => ({ sub: "xyz", iin: IIN }))).rejects.toThrow("another subject");
  });

  it("falls back to a subject that is an IIN, and to nothing else", () => {
    expect(egovIinOf({ sub: IIN })).toBe(IIN);
    expect(egovIinOf({ sub: "abc" })).toBeNull();
    expect(egovIinOf({ sub: "abc", iin: "12345" })).toBeNull();
    expect(egovIinOf(undefined)).toBeNull();
  });
});

describe("eGov discovery", () => {
  async function withIssuer(document: (origin: string) => object, test: (origin: string, hits: () => number) => Promise<void>) {
    let count = 0;
    const server = http.createServer((req, res) => {
      count += 1;
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(document(origin)));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    clearEgovDiscovery();
    try {
      await test(origin, () => count);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  const metadata = (issuer: string) => ({
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    userinfo_endpoint: `${issuer}/userinfo`,
    jwks_uri: `${issuer}/jwks`,
  });

  it("is fetched once and then served from the cache for an hour", async () => {
    await withIssuer(
      (origin) => metadata(`${origin}/egov`),
      async (origin, hits) => {
        const first = await egovDiscovery(`${origin}/egov`);
        expect(first.token_endpoint).toBe(`${origin}/egov/token`);
        await egovDiscovery(`${origin}/egov`);
        expect(hits()).toBe(1);
        await egovDiscovery(`${origin}/egov`, Date.now() + 61 * 60 * 1000);
        expect(hits()).toBe(2);
      },
    );
  });

  it("refuses a document that names another issuer", async () => {
    await withIssuer(
      () => metadata("https://elsewhere.example"),
      async (origin) => {
        await expect(egovDiscovery(`${origin}/egov`)).rejects.toThrow("expected");
      },
    );
  });
});
