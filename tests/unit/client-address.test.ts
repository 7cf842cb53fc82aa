// Issue 8 (6): the throttling address comes from our own proxies, never from what the client sends.
import { describe, expect, it } from "@jest/globals";
import { clientAddressOf, throttleKeys } from "@/lib/server/auth/throttle";

describe("clientAddressOf", () => {
  it("ignores X-Forwarded-For when no proxy is trusted (the default)", () => {
    expect(clientAddressOf("203.0.113.7", 0)).toBeUndefined();
    expect(clientAddressOf("1.1.1.1, 203.0.113.7", 0)).toBeUndefined();
    delete process.env.TRUSTED_PROXY_COUNT;
    expect(clientAddressOf("203.0.113.7")).toBeUndefined();
  });

  it("takes the entry our one proxy appended, not the spoofed ones before it", () => {
    expect(clientAddressOf("203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddressOf("10.9.9.9, 8.8.8.8, 203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("with two proxies takes the second from the right", () => {
    expect(clientAddressOf("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientAddressOf("2001:db8::1, 10.0.0.2", 2)).toBe("2001:db8::1");
  });

  it("a header shorter than the proxy chain or with garbage in the slot gives no address", () => {
    expect(clientAddressOf("203.0.113.7", 2)).toBeUndefined();
    expect(clientAddressOf(null, 1)).toBeUndefined();
    expect(clientAddressOf("", 1)).toBeUndefined();
    expect(clientAddressOf("1.2.3.4, not-an-address", 1)).toBeUndefined();
  });

  it("a client rotating spoofed headers stays on one key behind a proxy", () => {
    const keys = ["1.1.1.1", "2.2.2.2", "3.3.3.3"].map((spoof) => throttleKeys("a.login", clientAddressOf(`${spoof}, 203.0.113.7`, 1)));
    for (const k of keys) expect(k).toEqual(["login:a.login", "addr:203.0.113.7"]);
  });
});
