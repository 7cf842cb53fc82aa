import { describe, expect, it } from "@jest/globals";
import { canonicalBytes, canonicalJson } from "@/lib/signing/canonical-json";
import { maskPersonName } from "@/lib/signing/mask";
import { maskIin } from "@/lib/iin/mask";
import { basicsSignRequest, readNcaLayerReply } from "@/lib/signing/ncalayer-protocol";

describe("canonicalJson", () => {
  it("sorts keys at every depth and leaves no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: "x" } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it("gives the same text whatever order the keys were written in", () => {
    expect(canonicalJson({ school: { nameKk: "№63", id: "s63" }, number: 7 })).toBe(
      canonicalJson({ number: 7, school: { id: "s63", nameKk: "№63" } }),
    );
  });

  it("sorts by UTF-16 code units, as RFC 8785 does", () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, "10": 4, "9": 5 })).toBe('{"10":4,"9":5,"Z":3,"z":2,"é":1}');
  });

  it("keeps Kazakh text as UTF-8, unescaped", () => {
    const bytes = canonicalBytes({ name: "Әлия Ғабитқызы" });
    expect(new TextDecoder().decode(bytes)).toBe('{"name":"Әлия Ғабитқызы"}');
    expect(bytes.length).toBeGreaterThan('{"name":"Әлия Ғабитқызы"}'.length);
  });

  it("writes numbers, escapes and dates as JSON.stringify does", () => {
    expect(canonicalJson({ n: 1e21, f: 0.1, neg: -0, s: 'q"\n\u2028', d: new Date("2026-07-06T09:00:00Z") })).toBe(
      `{"d":"2026-07-06T09:00:00.000Z","f":0.1,"n":1e+21,"neg":0,"s":${JSON.stringify('q"\n\u2028')}}`,
    );
  });

  it("leaves out undefined properties but refuses what JSON cannot hold", () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow("$.a");
    expect(() => canonicalJson({ a: [1, undefined] })).toThrow("$.a[1]");
    expect(() => canonicalJson({ a: 1n })).toThrow("bigint");
    expect(() => canonicalJson({ f: () => 1 })).toThrow("function");
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => canonicalJson(loop)).toThrow("itself");
  });

  it("allows the same object twice when it is not a cycle", () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });
});

describe("masks", () => {
  it("hides the surname and keeps the first name", () => {
    expect(maskPersonName("Сәрсенбаев Ержан Төлеуұлы")).toBe("С*** Ержан Т.");
    expect(maskPersonName("әлиева Дана")).toBe("Ә*** Дана");
    expect(maskPersonName("  ")).toBe("***");
  });

  it("shows only the last digits of an IIN, as the issued documents do", () => {
    expect(maskIin("880101300123")).toBe("*********123");
    expect(maskIin("123")).toBe("************");
  });
});

describe("NCALayer protocol", () => {
  it("asks for a detached CMS by the signer's key only", () => {
    const request = basicsSignRequest({ dataBase64: "e30=", signerIin: "880101300123", locale: "kk" });
    expect(request).toMatchObject({
      module: "kz.gov.pki.knca.basics",
      method: "sign",
      args: {
        format: "cms",
        data: "e30=",
        signingParams: { decode: true, encapsulate: false, digested: false },
        signerParams: { iin: "880101300123", extKeyUsageOids: ["1.3.6.1.5.5.7.3.4"] },
        locale: "kk",
      },
    });
    expect(request.args.allowedStorages).toContain("PKCS12");
  });

  it("reads the greeting, a result, a cancellation and an error", () => {
    expect(readNcaLayerReply('{"result":{"version":"1.4"}}')).toEqual({ kind: "version", version: "1.4" });
    expect(readNcaLayerReply('{"status":true,"body":{"result":["MIIB"]}}')).toEqual({ kind: "signed", results: ["MIIB"] });
    expect(readNcaLayerReply('{"status":true,"body":{}}')).toEqual({ kind: "cancelled" });
    expect(readNcaLayerReply('{"status":false,"code":"NO_KEY","message":"none"}')).toEqual({
      kind: "error",
      code: "NO_KEY",
      message: "none",
    });
    expect(readNcaLayerReply("not json")).toEqual({ kind: "unreadable" });
    expect(readNcaLayerReply('{"code":"200"}')).toEqual({ kind: "unreadable" });
  });
});
