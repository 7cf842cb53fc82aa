import { afterAll, beforeAll, describe, expect, it, jest } from "@jest/globals";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import forge from "node-forge";
import { addTimestampToken, signCms, signatureValueOf, verifyCmsWith } from "@/lib/server/signing/cms";
import { verifyCms, type SigningPolicy } from "@/lib/server/signing/verify-cms";
import { makeIin } from "@/lib/iin/iin";
import { createPki, freePort, issueCertificate, type Person, type Pki } from "@/tests/fixtures/pki";

// Signatures checked as against NCA RK: a chain to a trusted root, revocation asked of a real
// OCSP responder (openssl ocsp) or a CRL (openssl ca -gencrl), the trusted time taken from an
// RFC 3161 timestamp (openssl ts) or the receipt time, CAdES-BES required.
const IIN = makeIin("1988-01-01", "MALE", 123)!;
const BIN = "123456789012";
const PAYLOAD = '{"application":"7","document":"qabyldau.first-grade.application","requestId":"r1"}';
const DAY = 24 * 60 * 60 * 1000;

jest.setTimeout(60_000);

describe("signatures against a trust store, with revocation", () => {
  let pki: Pki;
  let person: Person;
  let rootOnly: SigningPolicy;

  const sign = (who: Person, extra: { signingTime?: Date; withChain?: boolean } = {}) =>
    signCms({
      ...who,
      content: PAYLOAD,
      signingTime: extra.signingTime,
      chainPem: extra.withChain === false ? [] : [pki.intermediate.certPem],
    });

  beforeAll(async () => {
    pki = await createPki();
    person = await pki.person(IIN);
    await pki.startOcsp();
    rootOnly = { trusted: [pki.root.certPem], revocation: "check", revocationConfig: {}, directorOrgCert: false };
  });

  afterAll(async () => {
    await pki?.close();
  });

  it("accepts a chain to a trusted root when the CMS carries the intermediate, the OCSP responder saying good", async () => {
    const result = await verifyCms(sign(person), PAYLOAD, { expectedSignerIin: IIN, expectedProfile: { kind: "individual" } }, rootOnly);
    expect(result).toMatchObject({ ok: true, signerIin: IIN, timeSource: "receipt" });
    if (!result.ok) throw new Error("unreachable");
    expect(result.chain).toHaveLength(3);
  });

  it("finds the intermediate in the trust store when the CMS lacks it, but never stops at an intermediate", async () => {
    const bare = sign(person, { withChain: false });
    expect(await verifyCms(bare, PAYLOAD, {}, rootOnly)).toMatchObject({ ok: false, reason: "UNTRUSTED_CERTIFICATE" });
    const bundle = { ...rootOnly, trusted: [pki.root.certPem + pki.intermediate.certPem] };
    expect(await verifyCms(bare, PAYLOAD, {}, bundle)).toMatchObject({ ok: true });
    const intermediateOnly = { ...rootOnly, trusted: [pki.intermediate.certPem] };
    expect(await verifyCms(sign(person), PAYLOAD, {}, intermediateOnly)).toMatchObject({ ok: false, reason: "UNTRUSTED_CERTIFICATE" });
  });

  it("refuses an unknown root", async () => {
    const stranger = issueCertificate({ commonName: "Another root", ca: true });
    const policy = { ...rootOnly, trusted: [stranger.certPem] };
    expect(await verifyCms(sign(person), PAYLOAD, {}, policy)).toMatchObject({ ok: false, reason: "UNTRUSTED_CERTIFICATE" });
  });

  it("refuses a certificate the OCSP responder reports revoked", async () => {
    const revoked = await pki.person(IIN);
    const cms = sign(revoked);
    expect(await verifyCms(cms, PAYLOAD, {}, rootOnly)).toMatchObject({ ok: true });
    await pki.revoke(revoked);
    expect(await verifyCms(cms, PAYLOAD, {}, rootOnly)).toMatchObject({ ok: false, reason: "CERTIFICATE_REVOKED" });
  });

  it("says it cannot check revocation when the responder is down and there is no CRL, and falls back to a CRL", async () => {
    const down = `http://127.0.0.1:${await freePort()}`;
    const noResponder = { ...rootOnly, revocationConfig: { ocspUrl: down } };
    const result = await verifyCms(sign(person), PAYLOAD, {}, noResponder);
    expect(result).toMatchObject({ ok: false, reason: "REVOCATION_UNAVAILABLE" });

    const listed = await pki.person(IIN);
    await pki.revoke(listed);
    const crl = pki.makeCrl();
    const withCrl = { ...rootOnly, revocationConfig: { ocspUrl: down, crlSource: crl } };
    expect(await verifyCms(sign(person), PAYLOAD, {}, withCrl)).toMatchObject({ ok: true });
    expect(await verifyCms(sign(listed), PAYLOAD, {}, withCrl)).toMatchObject({ ok: false, reason: "CERTIFICATE_REVOKED" });
    // A CRL signed by someone else is no answer.
    const otherCrl = path.join(pki.dir, "other-crl.pem");
    fs.writeFileSync(otherCrl, fs.readFileSync(crl, "utf8").replace(/[A-Za-z0-9+/]{10}(?==*\n-----END)/, "AAAAAAAAAA"));
    expect(
      await verifyCms(sign(person), PAYLOAD, {}, { ...rootOnly, revocationConfig: { ocspUrl: down, crlSource: otherCrl } }),
    ).toMatchObject({
      ok: false,
      reason: "REVOCATION_UNAVAILABLE",
    });
  });

  it("judges an expired certificate at the receipt time, whatever signing time it claims", async () => {
    const longAgo = new Date(Date.now() - 800 * DAY);
    const expired = await pki.person(IIN, { now: longAgo, validDays: 365 });
    const backdated = sign(expired, { signingTime: new Date(longAgo.getTime() + 30 * DAY) });
    expect(await verifyCms(backdated, PAYLOAD, {}, rootOnly)).toMatchObject({ ok: false, reason: "CERTIFICATE_NOT_VALID" });
  });

  it("takes the trusted time from an RFC 3161 timestamp, and refuses one made for another signature", async () => {
    const cms = sign(person);
    const stamped = addTimestampToken(cms, pki.timestamp(signatureValueOf(cms)));
    const result = await verifyCms(stamped, PAYLOAD, {}, rootOnly);
    expect(result).toMatchObject({ ok: true, timeSource: "timestamp" });
    if (!result.ok) throw new Error("unreachable");
    expect(Math.abs(result.signedAt.getTime() - Date.now())).toBeLessThan(60_000);

    const other = sign(person, { signingTime: new Date(Date.now() - 10 * 60_000) });
    const misstamped = addTimestampToken(cms, pki.timestamp(signatureValueOf(other)));
    expect(await verifyCms(misstamped, PAYLOAD, {}, rootOnly)).toMatchObject({ ok: false, reason: "BAD_TIMESTAMP" });
    // A TSA the trust store does not know is no time source either.
    const alone = { ...rootOnly, trusted: [pki.intermediate.certPem] };
    expect(verifyCmsWith(stamped, PAYLOAD, { trusted: alone.trusted })).toMatchObject({ ok: false, reason: "BAD_TIMESTAMP" });
  });

  it("requires signingCertificateV2 naming the signer's certificate (CAdES-BES)", async () => {
    // What node-forge's PKCS#7 makes: content type, digest, signing time — and nothing else.
    const certificate = forge.pki.certificateFromPem(person.certificatePem);
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(PAYLOAD, "utf8");
    p7.addCertificate(certificate);
    p7.addCertificate(forge.pki.certificateFromPem(pki.intermediate.certPem));
    p7.addSigner({
      key: forge.pki.privateKeyFromPem(person.privateKeyPem),
      certificate,
      digestAlgorithm: forge.pki.oids.sha256!,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
        { type: forge.pki.oids.messageDigest! },
        { type: forge.pki.oids.signingTime!, value: new Date() as unknown as string },
      ],
    });
    p7.sign({ detached: true });
    const plain = Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), "binary").toString("base64");
    expect(await verifyCms(plain, PAYLOAD, {}, rootOnly)).toMatchObject({ ok: false, reason: "NO_SIGNING_CERTIFICATE" });
  });

  it("checks the NCA RK profile: a personal certificate for a parent, the school's BIN for a director", async () => {
    const employee = await pki.person(IIN, { organisationBin: BIN });
    const cms = sign(employee);
    expect(await verifyCms(cms, PAYLOAD, { expectedProfile: { kind: "individual" } }, rootOnly)).toMatchObject({
      ok: false,
      reason: "WRONG_PROFILE",
    });
    expect(await verifyCms(cms, PAYLOAD, { expectedProfile: { kind: "organisation", bin: BIN } }, rootOnly)).toMatchObject({ ok: true });
    expect(await verifyCms(cms, PAYLOAD, { expectedProfile: { kind: "organisation", bin: "999999999999" } }, rootOnly)).toMatchObject({
      ok: false,
      reason: "WRONG_PROFILE",
    });
    expect(await verifyCms(sign(person), PAYLOAD, { expectedProfile: { kind: "organisation", bin: BIN } }, rootOnly)).toMatchObject({
      ok: false,
      reason: "WRONG_PROFILE",
    });
  });

  it("requires a signing key of a person: digitalSignature or nonRepudiation, NCA's signing and individual usages", () => {
    const trusted = [pki.root.certPem];
    const chainPem = [pki.intermediate.certPem];
    const make = (extra: { keyUsage?: Record<string, boolean>; extKeyUsage?: Record<string, boolean> }) => {
      const issued = issueCertificate({ issuer: pki.intermediate, commonName: "SIGNER", iin: IIN, ...extra });
      return signCms({ privateKeyPem: issued.keyPem, certificatePem: issued.certPem, content: PAYLOAD, chainPem });
    };
    const signing = { emailProtection: true, "1.2.398.3.3.4.1.1": true };
    const individual = { expectedProfile: { kind: "individual" } as const };
    expect(verifyCmsWith(make({ extKeyUsage: signing }), PAYLOAD, { trusted, ...individual })).toMatchObject({ ok: true });
    expect(verifyCmsWith(make({ extKeyUsage: signing, keyUsage: { keyEncipherment: true } }), PAYLOAD, { trusted })).toMatchObject({
      ok: false,
      reason: "WRONG_KEY_USAGE",
    });
    // NCA RK's authentication key (client authentication) cannot sign.
    expect(verifyCmsWith(make({ extKeyUsage: { clientAuth: true, "1.2.398.3.3.4.1.1": true } }), PAYLOAD, { trusted })).toMatchObject({
      ok: false,
      reason: "WRONG_KEY_USAGE",
    });
    expect(verifyCmsWith(make({ extKeyUsage: { emailProtection: true } }), PAYLOAD, { trusted, ...individual })).toMatchObject({
      ok: false,
      reason: "WRONG_PROFILE",
    });
  });

  it("recognises GOST and refuses it plainly", () => {
    const der = Buffer.from(sign(person), "base64");
    // Swap the signer's rsaEncryption OID for GOST 34.10-2015 (1.2.398.3.10.1.1.2.3.1), same length trick aside: re-encode.
    const node = forge.asn1.fromDer(der.toString("binary"));
    const signerInfo = (
      (((node.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0]!.value as forge.asn1.Asn1[]).at(-1)!.value as forge.asn1.Asn1[]
    )[0]!;
    const fields = signerInfo.value as forge.asn1.Asn1[];
    const signatureAlgorithm = fields[4]!.value as forge.asn1.Asn1[];
    signatureAlgorithm[0] = forge.asn1.create(
      forge.asn1.Class.UNIVERSAL,
      forge.asn1.Type.OID,
      false,
      forge.asn1.oidToDer("1.2.398.3.10.1.1.2.3.1").getBytes(),
    );
    const gost = Buffer.from(forge.asn1.toDer(node).getBytes(), "binary").toString("base64");
    expect(verifyCmsWith(gost, PAYLOAD, { trusted: [pki.root.certPem] })).toMatchObject({ ok: false, reason: "GOST_NOT_SUPPORTED" });
  });

  it("is verified by OpenSSL itself, chain and all", () => {
    fs.writeFileSync(path.join(pki.dir, "sig.der"), Buffer.from(sign(person), "base64"));
    fs.writeFileSync(path.join(pki.dir, "data"), PAYLOAD);
    fs.writeFileSync(path.join(pki.dir, "tampered"), PAYLOAD.replace("r1", "r2"));
    const verify = (content: string) =>
      execFileSync(
        "openssl",
        ["cms", "-verify", "-binary", "-inform", "DER", "-in", "sig.der", "-content", content, "-CAfile", "root.pem", "-out", "/dev/null"],
        {
          cwd: pki.dir,
          stdio: "pipe",
        },
      );
    expect(() => verify("data")).not.toThrow();
    expect(() => verify("tampered")).toThrow();
    // …and OpenSSL reads our signingCertificateV2.
    const printed = execFileSync("openssl", ["cms", "-cmsout", "-print", "-inform", "DER", "-in", "sig.der"], { cwd: pki.dir }).toString();
    expect(printed).toContain("id-smime-aa-signingCertificateV2");
  });
});
