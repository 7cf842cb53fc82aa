import { beforeAll, describe, expect, it } from "@jest/globals";
import crypto from "node:crypto";
import { signCms, verifyCmsWith } from "@/lib/server/signing/cms";
import { createTestCa, generateRsaKeyPair, issuePersonalCertificate, type TestCa } from "@/lib/server/stand-ins/signing/test-ca";
import { makeIin } from "@/lib/iin/iin";

// CMS signatures of the NCALayer / eGov mobile stand-ins, with CAs made in memory.
const IIN = makeIin("1988-01-01", "MALE", 123)!;
const OTHER_IIN = makeIin("1990-05-17", "FEMALE", 42)!;
const PAYLOAD = '{"child":"Бекова Айым","document":"qabyldau.first-grade.application","number":7}';

type Key = { privateKeyPem: string; certificatePem: string };

async function keyFor(ca: TestCa, iin: string, now?: Date): Promise<Key> {
  const { privateKeyPem, publicKeyPem } = await generateRsaKeyPair();
  const certificatePem = issuePersonalCertificate(
    ca,
    { iin, person: { surname: "Сәрсенбаев", name: "Ержан", patronymic: "Төлеуұлы" }, publicKeyPem },
    now,
  );
  return { privateKeyPem, certificatePem };
}

describe("CMS signatures", () => {
  let ca: TestCa;
  let otherCa: TestCa;
  let key: Key;

  beforeAll(async () => {
    ca = createTestCa("Test CA one");
    otherCa = createTestCa("Test CA two");
    key = await keyFor(ca, IIN);
  });

  it("verifies a detached signature and names the signer from the certificate", () => {
    const cms = signCms({ ...key, content: PAYLOAD });
    const result = verifyCmsWith(cms, PAYLOAD, { trusted: [ca.certPem] });
    expect(result).toMatchObject({ ok: true, signerIin: IIN, signerName: "СӘРСЕНБАЕВ ЕРЖАН" });
    if (!result.ok) throw new Error("unreachable");
    expect(result.certSerial).toMatch(/^[0-9a-f]{32}$/);
    expect(Math.abs(result.signedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(new crypto.X509Certificate(key.certificatePem).subject).toContain("serialNumber=IIN" + IIN);
  });

  it("verifies the same bytes given as a string or as bytes", () => {
    const cms = signCms({ ...key, content: Buffer.from(PAYLOAD, "utf8") });
    expect(verifyCmsWith(cms, new TextEncoder().encode(PAYLOAD), { trusted: [ca.certPem] }).ok).toBe(true);
  });

  it("rejects a tampered payload", () => {
    const cms = signCms({ ...key, content: PAYLOAD });
    const tampered = PAYLOAD.replace('"number":7', '"number":8');
    expect(verifyCmsWith(cms, tampered, { trusted: [ca.certPem] })).toMatchObject({ ok: false, reason: "DIGEST_MISMATCH" });
    // One more space changes the bytes too: the canonical form is what is signed.
    expect(verifyCmsWith(cms, PAYLOAD + " ", { trusted: [ca.certPem] }).ok).toBe(false);
  });

  it("rejects a tampered signature", () => {
    const der = Buffer.from(signCms({ ...key, content: PAYLOAD }), "base64");
    der[der.length - 10] = (der[der.length - 10] ?? 0) ^ 0xff;
    expect(verifyCmsWith(der.toString("base64"), PAYLOAD, { trusted: [ca.certPem] })).toMatchObject({ ok: false, reason: "BAD_SIGNATURE" });
  });

  it("rejects a certificate from another CA", async () => {
    const stranger = await keyFor(otherCa, IIN);
    const cms = signCms({ ...stranger, content: PAYLOAD });
    expect(verifyCmsWith(cms, PAYLOAD, { trusted: [ca.certPem] })).toMatchObject({ ok: false, reason: "UNTRUSTED_CERTIFICATE" });
    expect(verifyCmsWith(cms, PAYLOAD, { trusted: [otherCa.certPem] }).ok).toBe(true);
  });

  it("refuses a valid signature by someone other than the expected signer", async () => {
    const other = await keyFor(ca, OTHER_IIN);
    const cms = signCms({ ...other, content: PAYLOAD });
    expect(verifyCmsWith(cms, PAYLOAD, { trusted: [ca.certPem], expectedSignerIin: IIN })).toMatchObject({
      ok: false,
      reason: "WRONG_SIGNER",
      signerIin: OTHER_IIN,
    });
    expect(verifyCmsWith(cms, PAYLOAD, { trusted: [ca.certPem], expectedSignerIin: OTHER_IIN }).ok).toBe(true);
  });

  it("rejects a signature made outside the certificate's validity or in the future", async () => {
    const old = await keyFor(ca, IIN, new Date("2020-01-01T00:00:00Z"));
    const late = signCms({ ...old, content: PAYLOAD });
    expect(verifyCmsWith(late, PAYLOAD, { trusted: [ca.certPem] })).toMatchObject({ ok: false, reason: "CERTIFICATE_NOT_VALID" });
    const future = signCms({ ...key, content: PAYLOAD, signingTime: new Date(Date.now() + 60 * 60 * 1000) });
    expect(verifyCmsWith(future, PAYLOAD, { trusted: [ca.certPem] })).toMatchObject({ ok: false, reason: "BAD_SIGNING_TIME" });
  });

  it("accepts an encapsulated signature only over the same content", () => {
    const cms = signCms({ ...key, content: PAYLOAD, encapsulate: true });
    expect(verifyCmsWith(cms, PAYLOAD, { trusted: [ca.certPem] }).ok).toBe(true);
    expect(verifyCmsWith(cms, "{}", { trusted: [ca.certPem] })).toMatchObject({ ok: false, reason: "CONTENT_MISMATCH" });
  });

  it("calls anything else malformed, without throwing", () => {
    for (const junk of ["", "not base64!", Buffer.from("hello").toString("base64"), "MIIB"]) {
      expect(verifyCmsWith(junk, PAYLOAD, { trusted: [ca.certPem] })).toMatchObject({ ok: false, reason: "MALFORMED" });
    }
  });
});

describe("CMS signatures outside our own verifier", () => {
  it("verify with OpenSSL against the CA (when OpenSSL is installed)", async () => {
    const { execFileSync } = await import("node:child_process");
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    try {
      execFileSync("openssl", ["version"], { stdio: "ignore" });
    } catch {
      return; // no OpenSSL on this machine: nothing to compare with
    }
    const ca = createTestCa("Interop CA");
    const key = await keyFor(ca, IIN);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qabyldau-cms-"));
    try {
      fs.writeFileSync(path.join(dir, "sig.der"), Buffer.from(signCms({ ...key, content: PAYLOAD }), "base64"));
      fs.writeFileSync(path.join(dir, "data"), PAYLOAD);
      fs.writeFileSync(path.join(dir, "ca.pem"), ca.certPem);
      const verify = (content: string) =>
        execFileSync(
          "openssl",
          [
            "cms",
            "-verify",
            "-binary",
            "-inform",
            "DER",
            "-in",
            "sig.der",
            "-content",
            content,
            "-CAfile",
            "ca.pem",
            "-purpose",
            "any",
            "-out",
            "/dev/null",
          ],
          { cwd: dir, stdio: "pipe" },
        );
      expect(() => verify("data")).not.toThrow();
      fs.writeFileSync(path.join(dir, "tampered"), PAYLOAD.replace("7", "8"));
      expect(() => verify("tampered")).toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
